/**
 * Blogs show a post's title above its body. When the article's text starts with that title as a level-1 heading
 * (how Markdown articles often give their title), sending the heading too would show the title twice: it is left
 * out of the body that is published.
 */
import type { PvDocument } from '../document/document';

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The document without its first block when that block is a level-1 heading reading `title`; else `doc` itself. */
export function withoutTitleHeading<T extends Pick<PvDocument, 'blocks'>>(doc: T, title: string): T {
  const index = doc.blocks.findIndex((block) => block.text.trim() !== '');
  const first = doc.blocks[index];
  if (first?.kind !== 'heading' || first.level !== 1 || collapse(first.text) !== collapse(title)) return doc;
  const blocks = doc.blocks.filter((_, i) => i !== index);
  const next = blocks[index];
  // The blank line after the heading now opens the body: it goes, and what the heading followed stays.
  if (next?.before !== undefined) blocks[index] = { ...next, before: next.before.replace(/^(?:[ \t]*\r?\n)+/u, '') };
  return { ...doc, blocks };
}
