import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';

/** Reports the document's plain text after every change that touches it. */
export function TextStatsPlugin({ onText }: { onText: (text: string) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onText(editor.getEditorState().read(() => $getRoot().getTextContent()));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      onText(editorState.read(() => $getRoot().getTextContent()));
    });
  }, [editor, onText]);
  return null;
}
