/**
 * The text Vale's rules see, and where it lies in the source.
 *
 * Vale (errata-ai/vale v3, internal/lint) renders Markdown to HTML with
 * goldmark (GFM) and walks the HTML tokens; each block-level element becomes
 * a block of text with a scope, and an alert's position is found back in the
 * source. Here remark-parse gives the same blocks with source positions, so
 * every character of a block's text carries its source offset, and an alert at
 * text[i..j) is at `position(source, offsets[i])`.
 *
 * What each construct becomes (Vale's lintHTMLTokens / lintScope / doNLP):
 * - paragraphs: a `text` block, the same text as a `paragraph` block, and one
 *   `sentence` block per sentence (trimmed). Only paragraphs are segmented:
 *   the scopes fixtures show no sentence of a quote or heading reaching
 *   `~blockquote` rules.
 * - ATX and setext headings: `heading.hN`, `heading`, `text`.
 * - list items and block quotes: `list` / `blockquote` + `text`, for the first
 *   block flushed after the container opens only. Vale takes the scope from
 *   the tags seen since the last block-level end tag, so a second paragraph of
 *   a loose item or of a quote is a plain paragraph again, and a list inside a
 *   quote starts as `blockquote`.
 * - GFM table cells: `table.header` / `table.cell`, `table`, `text`; HTML
 *   `<caption>`: `table.caption`.
 * - images: their alt text as an `alt` block (Vale's `text.attr.alt`, which
 *   `text` rules reach too).
 * - fenced and indented code, front matter (`---`/`+++` at the very start,
 *   turned into a code block by Vale), `<pre>`, `<script>`, `<style>`,
 *   `<figure>`, `<noscript>`, `<iframe>`: skipped.
 * - inline: emphasis and strong lose their markers; link text is kept, never
 *   the URL; inline code, and links whose text is their URL (autolinks, bare
 *   `http(s)://` URLs that GFM links), are masked: each ASCII character of the
 *   code's content (not its backticks) becomes `*`, as Vale's `clean` does, so
 *   a match cannot land in them.
 * - HTML comments: comment controls (Markdown only; Vale reads none in plain
 *   text).
 * - plain text: one `text` block, the whole file, no sentences and no summary
 *   (Vale's lintLines).
 *
 * `raw` is the source itself: Vale's raw scope runs on the file's content.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { tableRows, type Span } from '../document/table-row';

export type ValeHeadingScope = 'heading.h1' | 'heading.h2' | 'heading.h3' | 'heading.h4' | 'heading.h5' | 'heading.h6';

/**
 * Vale's scopes for Markdown and text. There is no `link`, `code` or `title`
 * block here: in the Vale these expectations come from, links and code are
 * reached with `raw` (fixtures/scopes/link), and `title` exists only for
 * formats with a title element.
 */
export type ValeScope =
  | 'text'
  | 'heading'
  | ValeHeadingScope
  | 'paragraph'
  | 'sentence'
  | 'list'
  | 'blockquote'
  | 'table'
  | 'table.header'
  | 'table.cell'
  | 'table.caption'
  | 'alt'
  | 'summary'
  | 'raw';

export interface ValeBlock {
  /** Most specific first, e.g. `['heading.h2', 'heading', 'text']`. */
  scopes: ValeScope[];
  text: string;
  /** For each UTF-16 index of `text`, the UTF-16 offset in the source of that character. */
  offsets: number[];
  /**
   * The same object for the same block text from one check to the next (the
   * editor's engine splits only changed blocks): results can be kept by it.
   */
  identity?: object;
}

/** A `<!-- vale … -->` comment. `offset` and `end` delimit the whole comment in the source. */
export type CommentControl =
  | { kind: 'off' | 'on'; offset: number; end: number }
  /** `vale Style.Rule = NO` (enabled false) or `= YES`. */
  | { kind: 'rule'; name: string; enabled: boolean; offset: number; end: number }
  /** `vale Style = NO` / `= YES`: every rule of the style. */
  | { kind: 'style'; name: string; enabled: boolean; offset: number; end: number };

export interface SummaryCounts {
  words: number;
  sentences: number;
  syllables: number;
  characters: number;
  complex_words: number;
  long_words: number;
  polysyllabic_words: number;
  paragraphs: number;
  pre: number;
  list: number;
  blockquote: number;
  heading_h1: number;
  heading_h2: number;
  heading_h3: number;
  heading_h4: number;
  heading_h5: number;
  heading_h6: number;
}

/** The names a metric formula may use (Vale writes `heading.h1` for `heading_h1`). */
export const SUMMARY_VARIABLES: readonly (keyof SummaryCounts)[] = [
  'words',
  'sentences',
  'syllables',
  'characters',
  'complex_words',
  'long_words',
  'polysyllabic_words',
  'paragraphs',
  'pre',
  'list',
  'blockquote',
  'heading_h1',
  'heading_h2',
  'heading_h3',
  'heading_h4',
  'heading_h5',
  'heading_h6',
];

export interface ValeDocument {
  blocks: ValeBlock[];
  /** The source, for `raw` rules. */
  raw: string;
  /** What `raw` rules read, when it is not the source itself (see `splitBlocksForVale`). */
  rawBlock?: ValeBlock;
  summary: SummaryCounts;
  controls: CommentControl[];
}

const parser = unified().use(remarkParse);

// ---------------------------------------------------------------------------
// Positions

/** 1-based line and column (in code points) of a UTF-16 offset; `\r\n`, `\r` and `\n` each end a line. */
export function position(source: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(source);
  const end = Math.min(offset, source.length);
  // The last line starting at or before `end`; between \r and \n is still the line before.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= end) low = mid;
    else high = mid - 1;
  }
  const lineStart = starts[low] ?? 0;
  let column = 1;
  for (let i = lineStart; i < end; i += 1) {
    const c = source.charCodeAt(i);
    // A low surrogate belongs to the code point before it.
    if (c < 0xdc00 || c > 0xdfff || i === lineStart) column += 1;
  }
  return { line: low + 1, column };
}

/** Where each line starts (`\r\n`, `\r` and `\n` end a line), remembered for the last source: alerts come in runs. */
let lastSource: string | undefined;
let lastStarts: number[] = [0];

function lineStarts(source: string): number[] {
  if (source === lastSource) return lastStarts;
  const starts = [0];
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  lastSource = source;
  lastStarts = starts;
  return starts;
}

// ---------------------------------------------------------------------------
// Building text with offsets

class Builder {
  text = '';
  offsets: number[] = [];

  push(text: string, offset: number): void {
    for (let i = 0; i < text.length; i += 1) this.offsets.push(offset + i);
    this.text += text;
  }

  pushChar(char: string, offset: number): void {
    this.text += char;
    this.offsets.push(offset);
  }
}

const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Appends `value` (what remark read from source[start, end)) to `out`, each
 * character at the source offset it came from. The value is the source less
 * markers, indentation, `>` prefixes, escapes and with entities decoded, so
 * walking both strings in step finds every character.
 */
function pushAligned(out: Builder, text: string, source: string, start: number, end: number, mask = false): void {
  // Vale's text has "\n" line breaks whatever the file has.
  const value = text.replace(/\r\n?/g, '\n');
  let j = start;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charAt(i);
    let at = -1;
    while (j < end) {
      const s = source.charAt(j);
      if (s === c) {
        at = j;
        j += 1;
        break;
      }
      if (c === '\n' && s === '\r') {
        at = j;
        j += source.charAt(j + 1) === '\n' ? 2 : 1;
        break;
      }
      if (c === ' ' && (s === '\n' || s === '\r')) {
        // Inline code turns line endings into spaces.
        at = j;
        j += s === '\r' && source.charAt(j + 1) === '\n' ? 2 : 1;
        break;
      }
      if (s === '\\' && source.charAt(j + 1) === c) {
        at = j + 1;
        j += 2;
        break;
      }
      if (s === '&' && c !== '&') {
        const entity = ENTITY.exec(source.slice(j, Math.min(end, j + 40)));
        if (entity !== null) {
          at = j;
          j += entity[0].length;
          // An entity decoding to a surrogate pair gives two characters.
          const code = value.charCodeAt(i);
          if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
            out.pushChar(maskChar(c, mask), at);
            i += 1;
          }
          break;
        }
      }
      j += 1;
    }
    if (at < 0) at = Math.max(start, Math.min(j, end) - 1); // Not found: keep the last place.
    out.pushChar(maskChar(value.charAt(i), mask), at);
  }
}

/** Vale masks ASCII characters but line breaks (walk.go subInplace, core.Substitute). */
function maskChar(c: string, mask: boolean): string {
  if (!mask || c === '\n' || c.charCodeAt(0) > 0x7f) return c;
  return '*';
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? startOf(node);
}

// ---------------------------------------------------------------------------
// Markdown

/** Vale's prep: front matter at the very start becomes a code block (html.go reFrontMatter). */
const FRONT_MATTER = /^(?:---|\+\+\+)\n([\s\S]+?)\n(?:---|\+\+\+)/;

/** GFM autolink literals that goldmark links with the URL as text (and so Vale masks). */
const BARE_URL = /(?<![\p{L}\p{N}_@./:-])https?:\/\/[^\s<>]+/gu;

const SKIP_TAGS = new Set(['script', 'style', 'pre', 'figure', 'noscript', 'iframe']);
const INLINE_TAGS = new Set([
  'b',
  'big',
  'i',
  'small',
  'abbr',
  'acronym',
  'cite',
  'dfn',
  'em',
  'kbd',
  'strong',
  'a',
  'br',
  'img',
  'span',
  'sub',
  'sup',
  'code',
  'tt',
  'del',
]);
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

interface State {
  source: string;
  blocks: ValeBlock[];
  controls: CommentControl[];
  /** Text for the summary block: paragraphs, list items and quotes, each followed by a blank line. */
  summaryText: string;
  counts: Pick<SummaryCounts, 'pre' | 'list' | 'blockquote' | `heading_h${1 | 2 | 3 | 4 | 5 | 6}`>;
  /** The container scope the next flushed block takes (see the module comment). */
  pending: 'list' | 'blockquote' | undefined;
  /** Vale's IgnoredClasses: HTML elements with one of these classes are not checked. */
  ignoredClasses: ReadonlySet<string>;
  /** Vale's IgnoredScopes: inline elements (`strong`, `em`, `tt`...) whose text is masked like code. */
  ignoredScopes: ReadonlySet<string>;
}

export function splitForVale(
  source: string,
  format: 'markdown' | 'text',
  ignoredClasses: readonly string[] = [],
  ignoredScopes: readonly string[] = [],
): ValeDocument {
  if (format === 'text') {
    const offsets = Array.from({ length: source.length }, (_, i) => i);
    const blocks: ValeBlock[] = source.trim() === '' ? [] : [{ scopes: ['text'], text: source, offsets }];
    return { blocks, raw: source, summary: summarize('', emptyCounts()), controls: [] };
  }

  const state: State = {
    source,
    blocks: [],
    controls: [],
    summaryText: '',
    counts: emptyCounts(),
    pending: undefined,
    ignoredClasses: new Set(ignoredClasses),
    ignoredScopes: new Set(ignoredScopes),
  };
  // Front matter: blanked (offsets kept) so remark reads blank lines; counted as the `pre` it becomes.
  let parsed = source;
  const front = FRONT_MATTER.exec(source);
  if (front !== null) {
    parsed = front[0].replace(/[^\r\n]/g, ' ') + source.slice(front[0].length);
    state.counts.pre += 1;
  }
  const tree = parser.parse(parsed);
  walk(tree.children, state);
  return {
    blocks: state.blocks,
    raw: source,
    summary: summarize(state.summaryText, state.counts),
    controls: state.controls,
  };
}

/** A block of the editor's document model, as `splitBlocksForVale` needs it. */
export interface PlainBlock {
  kind: 'heading' | 'paragraph' | 'listItem' | 'quote' | 'code';
  level?: number;
  text: string;
  /** Ranges not to check (inline code, URLs): masked as Vale masks code. */
  ignore?: readonly { start: number; end: number }[];
  /** Links: raw-scope rules see them as Markdown, `[text](url)`. */
  links?: readonly { range: { start: number; end: number }; url: string }[];
}

/**
 * Vale's blocks for a document that is already split into blocks (the
 * editor's model), without going through Markdown: the source is the blocks'
 * texts joined by a blank line, `starts[i]` where block i starts in it. A
 * heading gets the heading scopes, a paragraph its paragraph and sentences, a
 * list item `list`, a quote `blockquote`; code is skipped (and counted as
 * `pre`), as in a Markdown file.
 */
/** One block's Vale blocks, offsets from the block's start, and what it adds to the summary. */
interface BlockSplit {
  blocks: ValeBlock[];
  summaryText: string;
  counts: State['counts'];
  /** What raw rules read of the block: its text with links written as Markdown, offsets from the block's start. */
  raw: { text: string; offsets: number[] };
}

/** Reusable work of `splitBlocksForVale`: blocks whose text did not change are not split again. */
export type BlockSplitCache = Map<string, BlockSplit>;

/** The block as raw rules read it: links get their brackets and targets, which stand at the link's first character. */
function rawOf(block: PlainBlock): { text: string; offsets: number[] } {
  const raw = new Builder();
  const links = [...(block.links ?? [])].sort((a, b) => a.range.start - b.range.start);
  let at = 0;
  for (const link of links) {
    if (link.range.start < at) continue;
    raw.push(block.text.slice(at, link.range.start), at);
    raw.pushChar('[', link.range.start);
    raw.push(block.text.slice(link.range.start, link.range.end), link.range.start);
    for (const c of `](${link.url})`) raw.pushChar(c, link.range.start);
    at = link.range.end;
  }
  raw.push(block.text.slice(at), at);
  return { text: raw.text, offsets: raw.offsets };
}

function splitOne(block: PlainBlock): BlockSplit {
  const state: State = {
    source: block.text,
    blocks: [],
    controls: [],
    summaryText: '',
    counts: emptyCounts(),
    pending: undefined,
    ignoredClasses: new Set(),
    ignoredScopes: new Set(),
  };
  if (block.kind === 'code') {
    state.counts.pre += 1;
    return { blocks: [], summaryText: '', counts: state.counts, raw: rawOf(block) };
  }
  const built = new Builder();
  const ignore = block.ignore ?? [];
  for (let j = 0; j < block.text.length; j += 1) {
    const masked = ignore.some((r) => j >= r.start && j < r.end);
    built.pushChar(maskChar(block.text.charAt(j), masked), j);
  }
  if (block.kind === 'heading') {
    const level = `h${Math.min(6, Math.max(1, block.level ?? 1))}` as `h${1 | 2 | 3 | 4 | 5 | 6}`;
    flush(state, built, [`heading.${level}`, 'heading', 'text'], `heading_${level}`);
  } else {
    if (block.kind === 'listItem') state.pending = 'list';
    else if (block.kind === 'quote') state.pending = 'blockquote';
    flush(state, built, ['text'], undefined);
  }
  return { blocks: state.blocks, summaryText: state.summaryText, counts: state.counts, raw: rawOf(block) };
}

/**
 * A block's Vale block placed at `start` in the joined source. Its offsets are
 * computed when first read: rules read the text, and offsets only where they
 * match, so most blocks never need them.
 */
function shifted(local: ValeBlock, start: number): ValeBlock {
  let offsets: number[] | undefined;
  return {
    scopes: local.scopes,
    text: local.text,
    identity: local,
    get offsets(): number[] {
      offsets ??= start === 0 ? local.offsets : local.offsets.map((o) => o + start);
      return offsets;
    },
  };
}

export function splitBlocksForVale(
  blocks: readonly PlainBlock[],
  cache?: BlockSplitCache,
): ValeDocument & { starts: number[] } {
  const starts: number[] = [];
  let source = '';
  for (const block of blocks) {
    if (starts.length > 0) source += '\n\n';
    starts.push(source.length);
    source += block.text;
  }
  const valeBlocks: ValeBlock[] = [];
  const parts: BlockSplit[] = [];
  const used: BlockSplitCache = new Map();
  blocks.forEach((block, i) => {
    const start = starts[i] ?? 0;
    const key = `${block.kind}\u0000${block.level ?? ''}\u0000${JSON.stringify(block.ignore ?? [])}\u0000${JSON.stringify(block.links ?? [])}\u0000${block.text}`;
    let split = used.get(key) ?? cache?.get(key);
    if (!split) split = splitOne(block);
    used.set(key, split);
    parts.push(split);
    for (const local of split.blocks) valeBlocks.push(shifted(local, start));
  });
  // Keep what this document uses: the cache follows the document, not its history.
  if (cache) {
    cache.clear();
    for (const [key, split] of used) cache.set(key, split);
  }
  let summary: SummaryCounts | undefined;
  let rawBlock: ValeBlock | undefined;
  return {
    blocks: valeBlocks,
    raw: source,
    // The raw scope reads Markdown: links get their brackets and targets, which stand at the link's first
    // character. Built when a raw rule asks.
    get rawBlock(): ValeBlock {
      if (!rawBlock) {
        const text = parts.map((p) => p.raw.text).join('\n\n');
        let offsets: number[] | undefined;
        rawBlock = {
          scopes: ['raw'],
          text,
          // Made only if a raw rule matches.
          get offsets(): number[] {
            if (!offsets) {
              const all: number[] = [];
              parts.forEach((part, i) => {
                const start = starts[i] ?? 0;
                if (i > 0) all.push(start - 2, start - 1);
                for (const o of part.raw.offsets) all.push(o + start);
              });
              all.push(source.length);
              offsets = all;
            }
            return offsets;
          },
        };
      }
      return rawBlock;
    },
    // Only metric and readability rules read the summary: it is counted when one asks.
    get summary(): SummaryCounts {
      if (!summary) {
        const counts = emptyCounts();
        for (const part of parts)
          for (const key of Object.keys(counts) as (keyof State['counts'])[]) counts[key] += part.counts[key];
        summary = summarize(parts.map((p) => p.summaryText).join(''), counts);
      }
      return summary;
    },
    controls: [],
    starts,
  };
}

function emptyCounts(): State['counts'] {
  return {
    pre: 0,
    list: 0,
    blockquote: 0,
    heading_h1: 0,
    heading_h2: 0,
    heading_h3: 0,
    heading_h4: 0,
    heading_h5: 0,
    heading_h6: 0,
  };
}

function walk(nodes: readonly RootContent[], state: State): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const built = phrasing(node.children, state);
        const level = `h${node.depth}` as const;
        flush(state, built, [`heading.${level}`, 'heading', 'text'], `heading_${level}`);
        break;
      }
      case 'paragraph':
        if (!table(node, state)) flush(state, phrasing(node.children, state), ['text'], undefined);
        break;
      case 'list':
        for (const item of node.children) {
          state.pending ??= 'list';
          walk(item.children, state);
          state.pending = undefined;
        }
        state.pending = undefined;
        break;
      case 'blockquote':
        state.pending ??= 'blockquote';
        walk(node.children, state);
        state.pending = undefined;
        break;
      case 'code':
        state.counts.pre += 1;
        state.pending = undefined;
        break;
      case 'html':
        htmlBlock(node.value, startOf(node), state);
        break;
      default:
        // thematicBreak (a void <hr>), definition, yaml: nothing to lint.
        break;
    }
  }
}

/** Emits a block (and, for a paragraph, its paragraph and sentences) with the pending container scope if any. */
function flush(
  state: State,
  built: Builder,
  own: ValeScope[],
  count: keyof State['counts'] | undefined,
  keepPending = false,
): void {
  const pending = state.pending;
  if (!keepPending) state.pending = undefined;
  if (built.text.trim() === '') return;
  // Vale trims the left of headings, list items, quotes and cells, not of paragraphs.
  const scoped = pending !== undefined || own[0] !== 'text';
  const { text, offsets } = scoped ? trimLeft(built) : built;
  if (pending !== undefined) {
    state.blocks.push({ scopes: [pending, 'text'], text, offsets });
    state.counts[pending] += 1;
    state.summaryText += `${text}\n\n`;
    return;
  }
  state.blocks.push({ scopes: own, text, offsets });
  if (count !== undefined) state.counts[count] += 1;
  if (own[0] === 'text') {
    state.summaryText += `${text}\n\n`;
    state.blocks.push({ scopes: ['paragraph'], text, offsets });
    for (const [start, end] of sentenceSpans(text)) {
      state.blocks.push({ scopes: ['sentence'], text: text.slice(start, end), offsets: offsets.slice(start, end) });
    }
  }
}

function trimLeft(built: Builder): { text: string; offsets: number[] } {
  let i = 0;
  while (i < built.text.length && built.text.charAt(i) === ' ') i += 1;
  return { text: built.text.slice(i), offsets: built.offsets.slice(i) };
}

/** The text of inline content, with offsets. */
function phrasing(nodes: readonly PhrasingContent[], state: State, out = new Builder()): Builder {
  const { source } = state;
  /** An inline element with an ignored class, skipped up to its closing tag. */
  let ignoring: { tag: string; depth: number } | undefined;
  for (const node of nodes) {
    if (ignoring !== undefined) {
      if (node.type === 'html') ignoring = afterTag(node.value, ignoring);
      continue;
    }
    if (node.type === 'html') {
      const tag = ignoredElement(node.value, state.ignoredClasses);
      if (tag !== undefined) {
        ignoring = { tag, depth: 1 };
        continue;
      }
    }
    switch (node.type) {
      case 'text':
        textWithBareUrls(out, node.value, source, startOf(node), endOf(node));
        break;
      case 'inlineCode': {
        const start = startOf(node);
        const end = endOf(node);
        let ticks = 0;
        while (source.charAt(start + ticks) === '`') ticks += 1;
        pushAligned(out, node.value, source, start + ticks, end - ticks, true);
        break;
      }
      case 'break':
        out.pushChar('\n', endOf(node) - 1);
        break;
      case 'link': {
        const inner = phrasing(node.children, state);
        // A link whose text is its URL (an autolink) is masked, as Vale masks text equal to its href.
        const masked = inner.text === node.url;
        for (let i = 0; i < inner.text.length; i += 1) {
          out.pushChar(maskChar(inner.text.charAt(i), masked), inner.offsets[i] ?? startOf(node));
        }
        break;
      }
      case 'image':
      case 'imageReference':
        alt(node.alt ?? '', startOf(node), endOf(node), state);
        break;
      case 'html':
        inlineHtml(node.value, startOf(node), state);
        break;
      case 'strong':
      case 'emphasis':
      case 'delete': {
        // Markdown's markers stand for HTML tags, which IgnoredScopes may name.
        const tags = { strong: ['strong', 'b'], emphasis: ['em', 'i'], delete: ['del', 's'] }[node.type];
        const inner = phrasing(node.children, state);
        const masked = tags.some((tag) => state.ignoredScopes.has(tag));
        for (let i = 0; i < inner.text.length; i += 1) {
          out.pushChar(maskChar(inner.text.charAt(i), masked), inner.offsets[i] ?? startOf(node));
        }
        break;
      }
      default:
        // emphasis, strong, delete, linkReference: their text without markers.
        if ('children' in node) phrasing(node.children, state, out);
        break;
    }
  }
  return out;
}

function textWithBareUrls(out: Builder, value: string, source: string, start: number, end: number): void {
  const before = out.text.length;
  pushAligned(out, value, source, start, end);
  const added = out.text.slice(before);
  for (const match of added.matchAll(BARE_URL)) {
    const length = trimUrl(match[0]).length;
    const from = before + match.index;
    out.text = out.text.slice(0, from) + mask(out.text.slice(from, from + length)) + out.text.slice(from + length);
  }
}

function mask(text: string): string {
  let result = '';
  for (const c of text) result += maskChar(c, true);
  return result;
}

/** GFM's trailing-punctuation rule for autolink literals. */
function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const last = result.at(-1);
    if (last === undefined) return result;
    if ('.,:;!?\'"*_~'.includes(last)) {
      result = result.slice(0, -1);
    } else if (last === ')') {
      if (result.split('(').length >= result.split(')').length) return result;
      result = result.slice(0, -1);
    } else {
      return result;
    }
  }
}

/** An image's alt text as its own block, found in the source between `![` and `]`. */
function alt(value: string, start: number, end: number, state: State): void {
  if (value.trim() === '') return;
  const out = new Builder();
  pushAligned(out, value, state.source, start + 2, end);
  state.blocks.push({ scopes: ['alt', 'text'], text: out.text, offsets: out.offsets });
}

// --- Comments and HTML

const COMMENT = /<!--([\s\S]*?)-->/g;
const RULE_CONTROL = /^vale (.+\..+) = (YES|NO)$/;
const STYLE_CONTROL = /^vale ([^\s.=]+) = (YES|NO)$/;

function addControl(comment: string, offset: number, end: number, state: State): void {
  const text = comment.trim();
  if (text === 'vale off' || text === 'vale on') {
    state.controls.push({ kind: text === 'vale off' ? 'off' : 'on', offset, end });
    return;
  }
  const rule = RULE_CONTROL.exec(text);
  if (rule?.[1] !== undefined) {
    state.controls.push({ kind: 'rule', name: rule[1], enabled: rule[2] === 'YES', offset, end });
    return;
  }
  const style = STYLE_CONTROL.exec(text);
  if (style?.[1] !== undefined) {
    state.controls.push({ kind: 'style', name: style[1], enabled: style[2] === 'YES', offset, end });
  }
}

function inlineHtml(value: string, start: number, state: State): void {
  for (const match of value.matchAll(COMMENT)) {
    addControl(match[1] ?? '', start + match.index, start + match.index + match[0].length, state);
  }
}

/** Whether an opening tag's class attribute names one of `classes`. */
function hasIgnoredClass(tag: string, classes: ReadonlySet<string>): boolean {
  if (classes.size === 0) return false;
  const value = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
  const names = (value?.[1] ?? value?.[2] ?? value?.[3] ?? '').split(/\s+/);
  return names.some((name) => classes.has(name));
}

/** The tag name when `html` (one inline HTML node) opens an element with an ignored class. */
function ignoredElement(html: string, classes: ReadonlySet<string>): string | undefined {
  const open = /^<([A-Za-z][A-Za-z0-9-]*)\b/.exec(html);
  const tag = open?.[1]?.toLowerCase();
  if (tag === undefined || VOID_TAGS.has(tag) || html.endsWith('/>') || !hasIgnoredClass(html, classes))
    return undefined;
  return tag;
}

/** Follows nested tags of the skipped element's name; undefined once it is closed. */
function afterTag(html: string, ignoring: { tag: string; depth: number }): { tag: string; depth: number } | undefined {
  let depth = ignoring.depth;
  for (const match of html.matchAll(HTML_TOKEN)) {
    if (match[1]?.toLowerCase() !== ignoring.tag) continue;
    depth += match[0].startsWith('</') ? -1 : match[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return undefined;
  }
  return { tag: ignoring.tag, depth };
}

const HTML_TOKEN = /<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * An HTML block: its comments are controls, and its text is linted by
 * element, as Vale walks goldmark's output (raw HTML passes through).
 */
function htmlBlock(value: string, start: number, state: State): void {
  const { source } = state;
  let out = new Builder();
  /** Open elements, to know the scope of a text run. */
  const open: string[] = [];
  let skipping: string | undefined;
  let position = 0;
  const emitText = (from: number, to: number): void => {
    if (skipping !== undefined || to <= from) return;
    const raw = value.slice(from, to);
    const decoded = decodeEntities(raw);
    pushAligned(out, decoded, source, start + from, start + to);
  };
  const flushHtml = (): void => {
    const scope = open.findLast(
      (tag) => ['th', 'td', 'caption', 'li', 'blockquote'].includes(tag) || /^h[1-6]$/.test(tag),
    );
    const trimmed = collapse(out);
    if (trimmed.text.trim() !== '') {
      if (scope === 'th' || scope === 'td' || scope === 'caption') {
        const name = scope === 'th' ? 'table.header' : scope === 'td' ? 'table.cell' : 'table.caption';
        state.blocks.push({ scopes: [name, 'table', 'text'], text: trimmed.text, offsets: trimmed.offsets });
      } else if (scope === 'li' || scope === 'blockquote') {
        state.pending = scope === 'li' ? 'list' : 'blockquote';
        flush(state, trimmed as Builder, ['text'], undefined);
      } else if (scope !== undefined) {
        const level = scope as `h${1 | 2 | 3 | 4 | 5 | 6}`;
        flush(state, trimmed as Builder, [`heading.${level}`, 'heading', 'text'], `heading_${level}`);
      } else {
        flush(state, trimmed as Builder, ['text'], undefined);
      }
    }
    out = new Builder();
  };
  for (const match of value.matchAll(HTML_TOKEN)) {
    emitText(position, match.index);
    position = match.index + match[0].length;
    const tag = match[1]?.toLowerCase();
    if (tag === undefined) {
      addControl(match[0].slice(4, -3), start + match.index, start + position, state);
      continue;
    }
    const closing = match[0].startsWith('</');
    if (skipping !== undefined) {
      if (closing && tag === skipping) skipping = undefined;
      continue;
    }
    if (!closing && hasIgnoredClass(match[0], state.ignoredClasses) && !VOID_TAGS.has(tag)) {
      flushHtml();
      if (!match[0].endsWith('/>')) skipping = tag;
      continue;
    }
    if (INLINE_TAGS.has(tag)) continue;
    if (!closing && SKIP_TAGS.has(tag)) {
      if (tag === 'pre') state.counts.pre += 1;
      if (!match[0].endsWith('/>')) skipping = tag;
      continue;
    }
    if (VOID_TAGS.has(tag)) continue;
    flushHtml();
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at >= 0) open.length = at;
    } else {
      open.push(tag);
    }
  }
  emitText(position, value.length);
  flushHtml();
  state.pending = undefined;
}

/** Text of HTML runs, with runs of white space read as one space (as a browser would) and the ends trimmed. */
function collapse(built: Builder): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < built.text.length; i += 1) {
    const c = built.text.charAt(i);
    const space = /\s/.test(c);
    if (space && (text === '' || text.endsWith(' '))) continue;
    text += space ? ' ' : c;
    offsets.push(built.offsets[i] ?? 0);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  return { text, offsets };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

// --- GFM tables (remark-gfm is not installed): recognised from paragraphs, as in document/markdown.ts.

function table(node: Extract<RootContent, { type: 'paragraph' }>, state: State): boolean {
  const { source } = state;
  const rows = tableRows(source, startOf(node), endOf(node));
  if (!rows) return false;
  for (const [r, row] of rows.entries()) {
    for (const cell of row) {
      if (cell.end === cell.start) continue;
      const built = cellText(source, cell, state);
      const scopes: ValeScope[] = [r === 0 ? 'table.header' : 'table.cell', 'table', 'text'];
      flush(state, built, scopes, undefined, true);
    }
  }
  state.pending = undefined;
  return true;
}

/** A cell's text: its source parsed as inline Markdown, behind "a " so that it is a paragraph whatever it starts with. */
function cellText(source: string, cell: Span, state: State): Builder {
  const lead = 'a ';
  const cellSource = lead + source.slice(cell.start, cell.end);
  const [paragraph] = parser.parse(cellSource).children;
  const out = new Builder();
  if (paragraph?.type !== 'paragraph') return out;
  const inner: State = { ...state, source: cellSource, blocks: [], controls: [] };
  const built = phrasing(paragraph.children, inner);
  const shift = cell.start - lead.length;
  for (let i = lead.length; i < built.text.length; i += 1) {
    out.pushChar(built.text.charAt(i), (built.offsets[i] ?? lead.length) + shift);
  }
  for (const block of inner.blocks) {
    state.blocks.push({ ...block, offsets: block.offsets.map((o) => o + shift) });
  }
  for (const control of inner.controls) {
    state.controls.push({ ...control, offset: control.offset + shift, end: control.end + shift });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sentences

/**
 * Abbreviations after which a period does not end a sentence. Vale uses
 * prose's Punkt tokenizer trained on English; this list covers what its
 * training data knows best.
 */
const ABBREVIATIONS = new Set(
  [
    'e.g',
    'i.e',
    'etc',
    'vs',
    'cf',
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'sr',
    'jr',
    'st',
    'inc',
    'ltd',
    'co',
    'corp',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'no',
    'fig',
    'approx',
    'u.s',
    'a.m',
    'p.m',
  ].map((a) => a.toLowerCase()),
);

/**
 * Sentence spans of a paragraph, trimmed, as [start, end) pairs. A sentence
 * ends after `.`, `!` or `?` (and closing quotes or brackets) followed by
 * white space, unless the word before the period is a known abbreviation or a
 * single letter followed by a lower-case word.
 */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const end = /[.!?]+["'”’)\]]*(?=\s)/g;
  for (const match of text.matchAll(end)) {
    const stop = match.index + match[0].length;
    if (match[0].startsWith('.') && !match[0].startsWith('..')) {
      const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(start, match.index))?.[1] ?? '';
      const next = /^\s*(\S)/.exec(text.slice(stop))?.[1] ?? '';
      const lowerNext = next !== '' && next === next.toLowerCase() && next !== next.toUpperCase();
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (/^\p{L}$/u.test(word) && lowerNext) continue;
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && lowerNext) continue;
    }
    pushTrimmed(spans, text, start, stop);
    start = stop;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: [number, number][], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e > s) spans.push([s, e]);
}

// ---------------------------------------------------------------------------
// Summary (prose's summarize.Document over Vale's summary text)

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function summarize(text: string, counts: State['counts']): SummaryCounts {
  const result: SummaryCounts = {
    words: 0,
    sentences: 0,
    syllables: 0,
    characters: 0,
    complex_words: 0,
    long_words: 0,
    polysyllabic_words: 0,
    paragraphs: 0,
    ...counts,
  };
  const paragraphs = text.split('\n\n');
  for (const paragraph of paragraphs) {
    for (const [start, end] of sentenceSpans(paragraph)) {
      result.sentences += 1;
      for (const [word] of paragraph.slice(start, end).matchAll(WORD)) {
        result.words += 1;
        result.characters += [...word].length;
        const syllables = countSyllables(word);
        result.syllables += syllables;
        if (syllables > 2) result.polysyllabic_words += 1;
        if (syllables - (/(?:es|ed|ing)$/.test(word) ? 1 : 0) > 2) result.complex_words += 1;
        if ([...word].length > 6) result.long_words += 1;
      }
    }
  }
  // Vale leaves the text figures out when the summary has no words; `paragraphs` counts the trailing empty piece out.
  if (result.words === 0) return { ...result, sentences: 0, paragraphs: 0 };
  result.paragraphs = paragraphs.length - 1;
  return result;
}

/** English syllables by vowel groups, with the usual silent-e and -le corrections. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return /\p{N}/u.test(word) ? 1 : 0;
  if (w.length <= 3) return 1;
  let groups = (w.match(/[aeiouy]+/g) ?? []).length;
  if (/(?:[^aeiouy]e|es|ed)$/.test(w) && !/(?:[^aeiouy]le|ted|ded)$/.test(w)) groups -= 1;
  return Math.max(1, groups);
}
