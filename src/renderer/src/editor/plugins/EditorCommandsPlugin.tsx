import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setSelection } from 'lexical';
import { useEffect } from 'react';
import { $blockSelection, $caretPosition } from '../block-points';
import { $documentFromEditor } from '../lexical-blocks';

/** What the app can do in the editor, in engine coordinates (block id, offsets in the block's text). */
export interface EditorCommands {
  /** Selects [start, end) of a block, scrolls it into view and focuses the editor. */
  select(blockId: string, start: number, end: number): void;
  /** Replaces [start, end) of a block with `text` as one undoable edit; false when the text moved meanwhile. */
  replace(blockId: string, start: number, end: number, expected: string, text: string): boolean;
  /** Where the caret is. */
  caret(): { blockId: string; offset: number } | undefined;
  focus(): void;
}

/** Gives the app `EditorCommands` through a ref. */
export function EditorCommandsPlugin({ commandsRef }: { commandsRef: React.RefObject<EditorCommands | null> }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const blockIds = (): Set<string> =>
      new Set(editor.getEditorState().read(() => $documentFromEditor().blocks.map((b) => b.id)));
    commandsRef.current = {
      select(blockId, start, end) {
        editor.update(
          () => {
            const selection = $blockSelection(blockId, start, end);
            if (selection) $setSelection(selection);
          },
          {
            onUpdate: () => {
              editor.getElementByKey(blockId)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
              editor.focus();
            },
          },
        );
      },
      replace(blockId, start, end, expected, text) {
        let done = false;
        editor.update(
          () => {
            const block = $documentFromEditor().blocks.find((b) => b.id === blockId);
            // The text changed since the check: do not replace the wrong words.
            if (!block || block.text.slice(start, end) !== expected) return;
            const selection = $blockSelection(blockId, start, end);
            if (!selection) return;
            $setSelection(selection);
            selection.insertText(text);
            done = true;
          },
          { discrete: true },
        );
        editor.focus();
        return done;
      },
      caret() {
        const ids = blockIds();
        return editor.getEditorState().read(() => $caretPosition(ids));
      },
      focus() {
        editor.focus();
      },
    };
    return () => {
      commandsRef.current = null;
    };
  }, [editor, commandsRef]);
  return null;
}
