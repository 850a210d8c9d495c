/**
 * The text a writer pastes into LinkedIn, X or Mastodon, built from the
 * document's blocks (plain text: these networks show Markdown as typed), with
 * a map from offsets in that text back to offsets in the blocks.
 *
 * Layout:
 * - blocks are separated by one blank line ("\n\n"), except consecutive list
 *   items, which are consecutive lines ("\n") of one list;
 * - a heading, a paragraph, a quote or a code block is its text as is (hard
 *   line breaks included);
 * - a list item is a line `• text`, or `1. text`, `2. text`… when ordered,
 *   indented by two spaces per `depth`. Ordered items are numbered within
 *   their run of consecutive ordered items of the same depth: deeper items in
 *   between do not break the run; a bullet item at that depth, a shallower
 *   item or a block that is not a list item does. A second paragraph of an item
 *   (a list item block whose Markdown source has no list marker) gets no
 *   marker and no number, only the indentation of the item's text;
 * - a link whose text is not its URL is written `text (url)`; when the text is
 *   the URL (ignoring case, the scheme, a leading `www.` and a trailing `/`)
 *   it is written once. Relative links (`#part`, `/page`) are left out: they
 *   mean nothing outside the blog;
 * - blocks whose text is blank are left out; the title and the front matter
 *   are not part of the text.
 */
import type { Block, PvDocument } from '../document/document';
import { linksOf } from '../document/block-links';

/** A run of the social text copied from a block's text. */
export interface SocialSegment {
  blockId: string;
  /** UTF-16 offset in the social text, inclusive. */
  start: number;
  /** UTF-16 offset in the social text, exclusive. */
  end: number;
  /** The UTF-16 offset in the block's text of the run's first character. */
  blockStart: number;
}

/** The text to paste, and where each part of it comes from. */
export interface SocialText {
  text: string;
  /** The copied runs, in order, non-overlapping; what lies between them was inserted (separators, `• `, ` (url)`). */
  segments: readonly SocialSegment[];
}

/** A position in a block's text. */
export interface BlockOffset {
  blockId: string;
  /** UTF-16 offset in the block's text. */
  offset: number;
}

/**
 * How `toBlockOffset` treats an offset in inserted text: `forward` gives the
 * position of the next copied character (or the end of the last copied run
 * when none follows); `exact` gives undefined.
 */
export type BlockOffsetBias = 'forward' | 'exact';

/** An item's first line: optional quote markers and indentation, then a bullet or a number. */
const ITEM_LINE = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Builds the social text of `doc` (see the module comment). */
export function socialText(doc: Pick<PvDocument, 'blocks'>): SocialText {
  let text = '';
  const segments: SocialSegment[] = [];
  const insert = (inserted: string): void => {
    text += inserted;
  };
  const copy = (block: Block, from: number, to: number): void => {
    if (to <= from) return;
    const last = segments[segments.length - 1];
    if (last?.blockId === block.id && last.end === text.length && last.blockStart + last.end - last.start === from) {
      last.end += to - from;
    } else {
      segments.push({ blockId: block.id, start: text.length, end: text.length + to - from, blockStart: from });
    }
    text += block.text.slice(from, to);
  };

  const lists: ListState = { numbers: [], markers: [] };
  let previous: Block | undefined;
  for (const block of doc.blocks) {
    if (block.text.trim() === '') continue;
    if (previous !== undefined) insert(previous.kind === 'listItem' && block.kind === 'listItem' ? '\n' : '\n\n');
    if (block.kind === 'listItem') {
      insert(listPrefix(block, lists));
    } else {
      lists.numbers.length = 0;
      lists.markers.length = 0;
    }
    let at = 0;
    for (const link of linksOf(block)) {
      copy(block, at, link.range.end);
      at = link.range.end;
      const label = block.text.slice(link.range.start, link.range.end);
      if (SCHEME.test(link.url) && target(label) !== target(link.url)) insert(` (${link.url})`);
    }
    copy(block, at, block.text.length);
    previous = block;
  }
  return { text, segments };
}

/** The numbering of the list items seen so far, by depth. */
interface ListState {
  /** The number of the last ordered item of the current run at each depth (0: none). */
  numbers: number[];
  /** The marker of the last item at each depth (`• `, `2. `), to align its next paragraphs. */
  markers: string[];
}

/** The marker and indentation of a list item, updating the numbering of ordered runs. */
function listPrefix(block: Block, lists: ListState): string {
  const depth = Math.max(0, Math.floor(block.depth ?? 0));
  const indent = '  '.repeat(depth);
  lists.numbers.length = Math.min(lists.numbers.length, depth + 1);
  lists.markers.length = Math.min(lists.markers.length, depth + 1);
  if (block.markdown !== undefined && !ITEM_LINE.test(block.markdown)) {
    // A next paragraph of the item above: aligned with its text, no marker.
    return indent + ' '.repeat((lists.markers[depth] ?? '• ').length);
  }
  let marker = '• ';
  if (block.ordered === true) {
    const n = (lists.numbers[depth] ?? 0) + 1;
    lists.numbers[depth] = n;
    marker = `${n}. `;
  } else {
    lists.numbers[depth] = 0;
  }
  lists.markers[depth] = marker;
  return indent + marker;
}

/** A URL or link text reduced for comparison: no case, scheme, `www.` or trailing `/`. */
function target(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:(?:\/\/)?/, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}

/**
 * The position in the document of `offset` (a UTF-16 offset in
 * `social.text`, such as `overflowStart` or a fold): the block and the offset
 * in its text for a copied character, or a position right after a copied
 * run. For a character that was inserted (a separator, `• `, ` (url)`),
 * `bias` decides (see `BlockOffsetBias`; default `forward`). Undefined for an
 * offset out of the text, or when nothing was copied.
 */
export function toBlockOffset(
  social: SocialText,
  offset: number,
  bias: BlockOffsetBias = 'forward',
): BlockOffset | undefined {
  if (!Number.isInteger(offset) || offset < 0 || offset > social.text.length) return undefined;
  let previous: SocialSegment | undefined;
  for (const segment of social.segments) {
    if (offset < segment.start) {
      if (bias === 'forward') return { blockId: segment.blockId, offset: segment.blockStart };
      return previous !== undefined && previous.end === offset ? endOf(previous) : undefined;
    }
    if (offset < segment.end) {
      return { blockId: segment.blockId, offset: segment.blockStart + offset - segment.start };
    }
    previous = segment;
  }
  if (previous === undefined) return undefined;
  return bias === 'forward' || previous.end === offset ? endOf(previous) : undefined;
}

function endOf(segment: SocialSegment): BlockOffset {
  return { blockId: segment.blockId, offset: segment.blockStart + segment.end - segment.start };
}
