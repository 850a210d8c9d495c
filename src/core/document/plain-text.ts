import type { Block, PvDocument } from './document';

export interface PlainTextToDocumentOptions {
  /** Block ids are `${idPrefix}${n}`, n = 1, 2, … in reading order. Default `b`. */
  idPrefix?: string;
}

/**
 * Reads plain text (no Markdown) into a document: one paragraph block per run
 * of non-blank lines. Paragraphs are separated by blank lines (lines of spaces and
 * tabs only count as blank); CRLF and CR line endings read as "\n". Inside a
 * paragraph, a line break stays "\n" (a hard line break, as the writer typed
 * it); spaces and tabs around a paragraph are dropped. The title is empty and
 * the language undefined (detected from the text).
 */
export function plainTextToDocument(text: string, options?: PlainTextToDocumentOptions): PvDocument {
  const prefix = options?.idPrefix ?? 'b';
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n(?:[ \t]*\n)+/)) {
    const paragraph = chunk.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    if (paragraph === '') continue;
    blocks.push({ id: `${prefix}${blocks.length + 1}`, kind: 'paragraph', text: paragraph });
  }
  return { title: '', blocks };
}
