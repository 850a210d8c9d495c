/**
 * A document as clean, semantic HTML: a standalone page for a file, or the
 * body only (a fragment) for the clipboard.
 *
 * - headings are `<h1>`–`<h6>`, paragraphs `<p>`, quotes `<blockquote><p>`,
 *   code blocks `<pre><code>`; consecutive list items are one `<ul>`/`<ol>`,
 *   nested by their depth (a deeper list goes inside the item above it); a
 *   second paragraph of an item (its Markdown has no list marker) is a `<p>`
 *   inside the item;
 * - a hard line break ("\n") is `<br>` (kept as is in code);
 * - a link is `<a href>` only when its URL is `http:`, `https:` or `mailto:`;
 *   any other link is left as its text;
 * - the block's `marks` are `<strong>`, `<em>`, `<s>` and `<code>` (not in
 *   code blocks), nested with the links into a well-formed fragment whatever
 *   their overlaps (see `inlineHtml`);
 * - every text and attribute is escaped; no scripts, no event handlers, no
 *   classes; the page has at most a tiny inline stylesheet (`stylesheet`);
 * - blocks whose text is blank are left out.
 */
import { inlineMarksOf } from '../document/block-marks';
import type { Block, InlineMarkKind, PvDocument } from '../document/document';
import { linksOf } from '../document/block-links';

export interface HtmlPageOptions {
  /** The page's `<title>`; default: the document's title, else its first heading. */
  title?: string;
  /** The page's `lang`; default: the document's language, else `en`. */
  lang?: string;
  /** Adds a tiny inline stylesheet for reading (a column, system fonts). Default: none. */
  stylesheet?: boolean;
}

/** The tiny stylesheet of `stylesheet: true`. */
export const HTML_STYLESHEET =
  'body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.0625rem/1.6 system-ui,sans-serif}' +
  'pre{overflow:auto;padding:.75rem;background:#f4f4f4}blockquote{margin-left:0;padding-left:1rem;border-left:3px solid #ccc}';

const SAFE_URL = /^(?:https?:|mailto:)/i;

/** Escapes `&`, `<`, `>`, `"` and `'` for text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The body of the document's HTML, one block element per line, ending with a line break (empty for an empty document). */
export function documentHtmlFragment(doc: Pick<PvDocument, 'blocks'>): string {
  const lines: string[] = [];
  /** The open lists, outermost first; each has an open `<li>` once it has an item. */
  const lists: { tag: 'ul' | 'ol'; depth: number }[] = [];
  /** Closes the open item: on its own line when something (a nested list, a paragraph) went inside it. */
  const closeItem = (): void => {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.startsWith('<li>') && last !== '<li>') lines[lines.length - 1] = `${last}</li>`;
    else lines.push('</li>');
  };
  const closeList = (): void => {
    const list = lists.pop();
    if (!list) return;
    closeItem();
    lines.push(`</${list.tag}>`);
  };
  const closeLists = (): void => {
    while (lists.length > 0) closeList();
  };

  for (const block of doc.blocks) {
    if (block.text.trim() === '') continue;
    if (block.kind !== 'listItem') {
      closeLists();
      lines.push(blockHtml(block));
      continue;
    }
    const depth = Math.max(0, Math.floor(block.depth ?? 0));
    const tag = block.ordered === true ? 'ol' : 'ul';
    while (lists.length > 0 && (lists[lists.length - 1]?.depth ?? 0) > depth) closeList();
    const top = lists[lists.length - 1];
    if (top !== undefined && top.depth === depth && isContinuation(block)) {
      lines.push(`<p>${inlineHtml(block)}</p>`);
      continue;
    }
    if (top !== undefined && top.depth === depth && top.tag !== tag) closeList();
    const open = lists[lists.length - 1];
    if (open !== undefined && open.depth === depth) {
      closeItem();
    } else {
      // A new list (inside the open item when deeper): one per missing level.
      const from = open === undefined ? 0 : open.depth + 1;
      for (let d = from; d < depth; d += 1) {
        lines.push(`<${tag}>`, '<li>');
        lists.push({ tag, depth: d });
      }
      lines.push(`<${tag}>`);
      lists.push({ tag, depth });
    }
    lines.push(`<li>${inlineHtml(block)}`);
  }
  closeLists();
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The document as a standalone HTML page (see the module comment), ending with a line break. */
export function documentHtml(
  doc: Pick<PvDocument, 'blocks'> & Partial<PvDocument>,
  options: HtmlPageOptions = {},
): string {
  const title = options.title ?? (doc.title?.trim() || doc.blocks.find((b) => b.kind === 'heading')?.text || '');
  const lang = options.lang ?? doc.language ?? 'en';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title.replace(/\s+/g, ' ').trim())}</title>`,
  ];
  if (options.stylesheet === true) head.push(`<style>${HTML_STYLESHEET}</style>`);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    `${documentHtmlFragment(doc)}</body>`,
    '</html>',
    '',
  ].join('\n');
}

/** An item's first line: optional quote markers and indentation, then a bullet or a number (as in social-text.ts). */
const ITEM_LINE = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** A second paragraph of the item above: a list item block whose Markdown has no list marker. */
function isContinuation(block: Block): boolean {
  return block.markdown !== undefined && !ITEM_LINE.test(block.markdown);
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, Math.floor(block.level ?? 1)));
      return `<h${level}>${inlineHtml(block)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>\n<p>${inlineHtml(block)}</p>\n</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    default:
      return `<p>${inlineHtml(block)}</p>`;
  }
}

/** An inline element of a block: a safe link or a mark, over [start, end) of its text. */
interface Inline {
  start: number;
  end: number;
  link: boolean;
  /** Which goes outside when two elements start and end together: links, then strong, em, s, code. */
  rank: number;
  open: string;
  close: string;
}

const MARK_TAGS: Readonly<Record<InlineMarkKind, { tag: string; rank: number }>> = {
  strong: { tag: 'strong', rank: 1 },
  emphasis: { tag: 'em', rank: 2 },
  strike: { tag: 's', rank: 3 },
  code: { tag: 'code', rank: 4 },
};

/** The block's safe links and its marks, as elements to nest. */
function inlineElements(block: Block): Inline[] {
  const elements: Inline[] = [];
  // `linksOf` may keep a link that overlaps an earlier one: an `<a>` never goes inside another.
  let linked = 0;
  for (const link of linksOf(block)) {
    const { start, end } = link.range;
    if (start < linked) continue;
    linked = end;
    if (!SAFE_URL.test(link.url)) continue;
    elements.push({ start, end, link: true, rank: 0, open: `<a href="${escapeHtml(link.url)}">`, close: '</a>' });
  }
  for (const mark of inlineMarksOf(block)) {
    const { start, end } = mark.range;
    const { tag, rank } = MARK_TAGS[mark.kind];
    elements.push({ start, end, link: false, rank, open: `<${tag}>`, close: `</${tag}>` });
  }
  return elements;
}

/** Outermost first: the one that ends last, then the one that started first, then by rank. */
const outerFirst = (a: Inline, b: Inline): number => b.end - a.end || a.start - b.start || a.rank - b.rank;

/**
 * A block's text, escaped, with `<br>` for its line breaks, inside its safe
 * links and its marks, always well-formed.
 *
 * The text is cut at every start and end of an element, and the open tags
 * are a stack. Before each piece, the tags from the first one whose element
 * has ended are closed; the elements over the piece that are not open then
 * open, the one that ends last outermost. When a link starts, the marks open
 * that end inside it are closed too and opened again inside the link: a link
 * is never cut in two, a mark that crosses a link is. Properly nested
 * elements are never cut; of two marks that cross, the one opened last is.
 * Links never overlap each other, and marks of one kind neither overlap nor
 * touch (`inlineMarksOf`), so no `</strong><strong>` is written.
 */
function inlineHtml(block: Block): string {
  const text = (from: number, to: number): string => escapeHtml(block.text.slice(from, to)).replace(/\n/g, '<br>\n');
  const elements = inlineElements(block);
  const cuts = new Set<number>([0, block.text.length]);
  for (const element of elements) cuts.add(element.start).add(element.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  const open: Inline[] = [];
  const closeDownTo = (length: number): void => {
    while (open.length > length) html += open.pop()?.close ?? '';
  };
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const over = (e: Inline): boolean => e.start <= from && e.end > from;
    let keep = open.findIndex((e) => !over(e));
    if (keep < 0) keep = open.length;
    const link = elements.find((e) => e.link && e.start === from);
    if (link !== undefined) {
      const inside = open.findIndex((e) => e.end < link.end);
      if (inside >= 0) keep = Math.min(keep, inside);
    }
    closeDownTo(keep);
    const opening = elements.filter((e) => over(e) && !open.includes(e)).sort(outerFirst);
    for (const e of opening) {
      html += e.open;
      open.push(e);
    }
    html += text(from, points[i + 1] ?? from);
  }
  closeDownTo(0);
  return html;
}
