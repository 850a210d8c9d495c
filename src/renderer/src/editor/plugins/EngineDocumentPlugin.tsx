import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { PvDocument } from '../../../../core/document/document';
import { $documentFromEditor } from '../lexical-blocks';

/** Hands the editor's content, as the engine's document, to `onDocument` after every change to the text. */
export function EngineDocumentPlugin({ onDocument }: { onDocument: (document: PvDocument) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onDocument(editor.getEditorState().read($documentFromEditor));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      onDocument(editorState.read($documentFromEditor));
    });
  }, [editor, onDocument]);
  return null;
}
