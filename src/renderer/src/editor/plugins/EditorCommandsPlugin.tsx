import { $convertToMarkdownString } from '@lexical/markdown';
import { DEFAULT_TRANSFORMERS } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setSelection, SKIP_SCROLL_INTO_VIEW_TAG } from 'lexical';
import { useEffect } from 'react';
import type { PvDocument } from '../../../../core/document/document';
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
  /** Where the caret is, by the index of its block in the document (block ids do not outlive the editor). */
  caretIndex(): { block: number; offset: number } | undefined;
  /**
   * Puts the caret at `offset` in the `block`th block (both clamped to the document), focuses the editor, then
   * scrolls the page scroller to `scroll` when given (else the caret into view).
   */
  placeCaret(at: { block: number; offset: number }, scroll?: number): void;
  focus(): void;
  /** The document as it is now (not as last checked) and its Markdown without front matter, for export. */
  exportSource(): { doc: PvDocument; markdown: string };
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
      caretIndex() {
        const ids = blockIds();
        return editor.getEditorState().read(() => {
          const at = $caretPosition(ids);
          if (!at) return undefined;
          const block = $documentFromEditor().blocks.findIndex((b) => b.id === at.blockId);
          return block < 0 ? undefined : { block, offset: at.offset };
        });
      },
      placeCaret(at, scroll) {
        editor.update(
          () => {
            const blocks = $documentFromEditor().blocks;
            const block = blocks[Math.min(Math.max(0, at.block), blocks.length - 1)];
            if (!block) return;
            const offset = Math.min(Math.max(0, at.offset), block.text.length);
            const selection = $blockSelection(block.id, offset, offset);
            if (selection) $setSelection(selection);
          },
          scroll === undefined ? {} : { tag: SKIP_SCROLL_INTO_VIEW_TAG },
        );
        editor.focus(() => {
          if (scroll === undefined) return;
          const scroller = editor.getRootElement()?.closest('.pv-page-scroller');
          if (!scroller) return;
          scroller.scrollTop = scroll;
          // Once the page has laid the document out (marks, images): where it was, again.
          requestAnimationFrame(() => {
            scroller.scrollTop = scroll;
          });
        });
      },
      focus() {
        editor.focus();
      },
      exportSource() {
        return editor.getEditorState().read(() => ({
          doc: $documentFromEditor(),
          markdown: $convertToMarkdownString(DEFAULT_TRANSFORMERS),
        }));
      },
    };
    return () => {
      commandsRef.current = null;
    };
  }, [editor, commandsRef]);
  return null;
}
