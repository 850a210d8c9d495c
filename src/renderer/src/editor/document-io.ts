import { $generateNodesFromDOM } from '@lexical/html';
import { $createListNode, $isListItemNode } from '@lexical/list';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';
import { plainTextToDocument } from '../../../core/document/plain-text';
import { sanitizePastedHtml } from './sanitize-html';

/** Puts `nodes` in the root in place of the text (inline ones in paragraphs); an empty document keeps one empty paragraph. */
function $replaceRoot(nodes: readonly LexicalNode[]): void {
  const root = $getRoot();
  root.clear();
  let paragraph: ParagraphNode | undefined;
  for (const node of nodes) {
    const block = ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();
    if ($isListItemNode(node)) {
      // An item found outside a list (`<li>` alone): in a bulleted list of its own.
      paragraph = undefined;
      root.append($createListNode('bullet').append(node));
    } else if (block) {
      paragraph = undefined;
      root.append(node);
    } else {
      // Inline content between blocks (bare text in <body>): gathered into a paragraph; blank space alone is dropped.
      if (!paragraph && $isTextNode(node) && node.getTextContent().trim() === '') continue;
      if (!paragraph) {
        paragraph = $createParagraphNode();
        root.append(paragraph);
      }
      paragraph.append(node);
    }
  }
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

/**
 * Replaces the editor's text with plain text (synchronously, as one discrete
 * update): a paragraph per run of non-blank lines, a line break per line
 * inside one, nothing read as Markdown (`# title` stays text).
 */
export function importPlainText(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const paragraphs = plainTextToDocument(text).blocks.map((block) => {
        const paragraph = $createParagraphNode();
        block.text.split('\n').forEach((line, i) => {
          if (i > 0) paragraph.append($createLineBreakNode());
          if (line !== '') paragraph.append($createTextNode(line));
        });
        return paragraph;
      });
      $replaceRoot(paragraphs);
    },
    { discrete: true },
  );
}

/**
 * Replaces the editor's text with an HTML page's, sanitized as pasted HTML is
 * (no scripts, embedded content, event handlers or unsafe links): its
 * headings, paragraphs, lists, quotes, emphasis and links.
 */
export function importHtml(editor: LexicalEditor, html: string): void {
  const dom = sanitizePastedHtml(html);
  editor.update(
    () => {
      $replaceRoot($generateNodesFromDOM(editor, dom));
    },
    { discrete: true },
  );
}

/**
 * The document as a plain text file: the editor's text, its paragraphs (and
 * headings, list items…) separated by a blank line, ending with a newline.
 * An empty document is an empty file.
 */
export function exportPlainText(editor: LexicalEditor): string {
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  const trimmed = text.replace(/\s+$/, '');
  return trimmed === '' ? '' : `${trimmed}\n`;
}

/** Empties the editor: one empty paragraph (synchronously, as one discrete update). */
export function clearDocument(editor: LexicalEditor): void {
  editor.update(
    () => {
      $replaceRoot([]);
    },
    { discrete: true },
  );
}
