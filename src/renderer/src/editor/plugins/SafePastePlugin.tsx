import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { sanitizePastedHtml } from '../sanitize-html';

/** Pasted HTML is sanitized before Lexical imports it; plain text and Lexical's own copies paste as usual. */
export function SafePastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          if (!data) return false;
          const html = data.getData('text/html');
          if (!html || data.types.includes('application/x-lexical-editor')) return false;
          event.preventDefault();
          editor.update(() => {
            const selection = $getSelection();
            if (!selection) return;
            $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, sanitizePastedHtml(html)), selection);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
