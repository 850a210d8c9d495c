/**
 * Markdown <-> document.
 *
 * `markdownToDocument` reads CommonMark (remark-parse) with YAML front matter
 * into blocks of plain text, and keeps the source of every block and of what
 * lies between blocks, so that `documentToMarkdown` writes an unedited document
 * back byte for byte. Blocks whose `markdown` was dropped (edited text) are
 * written from their fields with remark-stringify, which escapes what needs it.
 *
 * What each construct becomes:
 * - ATX and setext headings: `heading` blocks with `level`.
 * - paragraphs: `paragraph` blocks; inside a list item: `listItem` blocks (one
 *   per paragraph of the item, with the item's `depth` and `ordered`); inside a
 *   block quote: `quote` blocks. The nearest container decides: a quote inside
 *   a list item gives `quote` blocks, a list inside a quote `listItem` blocks.
 *   Headings and code inside containers stay `heading` and `code` blocks.
 * - fenced and indented code: `code` blocks whose `text` is the code.
 * - GFM tables (top-level paragraphs whose second line is a delimiter row, such
 *   as `|---|:-:|`): one `paragraph` block per non-empty cell, header cells
 *   first, row by row; cells beyond the header's column count are dropped, as
 *   GFM renderers drop them.
 * - thematic breaks, HTML blocks, link reference definitions, blank lines: no
 *   block; their source is kept in the next block's `before` (or the document's
 *   `trailing`).
 * - inline: emphasis, strong and GFM strikethrough (`~~old~~`, double tildes
 *   only) keep their text without markers, and give `marks` (`emphasis`, `strong`,
 *   `strike`) over it; links and link references keep their text, never
 *   their URL; images and inline HTML contribute nothing (not even the alt
 *   text); inline code contributes its value, an `ignore` range and a `code`
 *   mark; a hard break is "\n", a soft line break a space; autolinks
 *   (`<https://…>`, `<a@b.fr>`) and bare URLs or e-mail addresses in the text
 *   stay in `text` with an `ignore` range; a GFM task marker (`[ ]`, `[x]`) at the start of a
 *   list item is kept in `text` with an `ignore` range.
 *
 * Source kept: a block's `markdown` is the source of its node from the start
 * of the node's first line, so it holds its own list marker, `>` and
 * indentation (`- item`, `  - nested`, `> quoted`); a table cell's is the cell
 * alone. `before` holds the source between blocks, `frontMatterMarkdown` the
 * fenced front matter, `trailing` the end: together they are the input.
 *
 * Of GFM, only strikethrough is parsed by remark (remark-strikethrough.ts);
 * tables are recognised by this module.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Language } from '../language/detect';
import {
  type Block,
  type BlockKind,
  type BlockLink,
  type InlineMark,
  type PvDocument,
  type TextRange,
} from './document';
import { inlineMarksOf } from './block-marks';
import { remarkStrikethrough } from './remark-strikethrough';
import { tableRows } from './table-row';
import { trimUrl, URL_LIKE, withUrlRanges } from './url-ranges';

export interface MarkdownToDocumentOptions {
  /** Block ids are `${idPrefix}${n}`, n = 1, 2, … in reading order. Default `b`. */
  idPrefix?: string;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkStrikethrough);

const stringifier = unified()
  .use(remarkStrikethrough)
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    // A `|` would start or split a table cell for GFM readers (and for this module).
    unsafe: [{ character: '|', inConstruct: 'phrasing' }],
  });

const LINE_ENDING = /\r\n|\r|\n/g;

const TASK_MARKER = /^\[[ xX]\](?=[ \t]|$)/;

// ---------------------------------------------------------------------------
// Markdown -> document

interface Draft {
  kind: BlockKind;
  level?: number;
  depth?: number;
  ordered?: boolean;
  text: string;
  ignore: TextRange[];
  links: BlockLink[];
  marks: InlineMark[];
  /** Source offsets of the block's node. */
  start: number;
  end: number;
  /** Whether `markdown` starts at the start of the node's first line (all blocks but table cells). */
  fromLineStart: boolean;
}

interface Context {
  container: 'root' | 'quote' | 'listItem';
  /** Number of lists around the node. */
  lists: number;
  ordered: boolean;
  /** The first child of the enclosing list item. */
  first: RootContent | undefined;
}

interface TextAndIgnore {
  text: string;
  ignore: TextRange[];
  links: BlockLink[];
  marks: InlineMark[];
}

/**
 * Reads Markdown into a document. Lossless: `documentToMarkdown` of the result
 * is `markdown` again, for any string (see `documentToMarkdown`).
 */
export function markdownToDocument(markdown: string, options?: MarkdownToDocumentOptions): PvDocument {
  const tree = parser.parse(markdown);
  const drafts: Draft[] = [];
  let frontMatter: string | undefined;
  let frontMatterMarkdown: string | undefined;
  let bodyStart = 0;
  const [firstNode] = tree.children;
  if (firstNode?.type === 'yaml' && startOf(firstNode) === 0) {
    frontMatter = firstNode.value;
    bodyStart = endOf(firstNode);
    frontMatterMarkdown = markdown.slice(0, bodyStart);
  }
  walk(tree.children, { container: 'root', lists: 0, ordered: false, first: undefined }, markdown, drafts);

  const prefix = options?.idPrefix ?? 'b';
  const blocks: Block[] = [];
  let previousEnd = bodyStart;
  for (const [index, draft] of drafts.entries()) {
    const start = Math.max(previousEnd, draft.fromLineStart ? lineStart(markdown, draft.start) : draft.start);
    const end = Math.max(start, draft.end);
    const block: Block = { id: `${prefix}${index + 1}`, kind: draft.kind, text: draft.text };
    if (draft.level !== undefined) block.level = draft.level;
    if (draft.depth !== undefined) block.depth = draft.depth;
    if (draft.ordered !== undefined) block.ordered = draft.ordered;
    if (draft.ignore.length > 0) block.ignore = draft.ignore;
    if (draft.links.length > 0) block.links = draft.links;
    if (draft.marks.length > 0) block.marks = draft.marks;
    block.markdown = markdown.slice(start, end);
    block.before = markdown.slice(previousEnd, start);
    blocks.push(block);
    previousEnd = end;
  }

  const doc: PvDocument = { title: '', blocks };
  if (frontMatter !== undefined && frontMatterMarkdown !== undefined) {
    doc.frontMatter = frontMatter;
    doc.frontMatterMarkdown = frontMatterMarkdown;
  }
  doc.trailing = markdown.slice(previousEnd);
  const fromFrontMatter = frontMatter === undefined ? undefined : frontMatterField(frontMatter, 'title');
  doc.title =
    fromFrontMatter !== undefined && fromFrontMatter !== ''
      ? fromFrontMatter
      : (blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text ?? '');
  const language = frontMatter === undefined ? undefined : frontMatterLanguage(frontMatter);
  if (language !== undefined) doc.language = language;
  return doc;
}

function walk(nodes: readonly RootContent[], context: Context, source: string, drafts: Draft[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        pushPhrasing(drafts, { kind: 'heading', level: node.depth }, node, node.children, source);
        break;
      case 'paragraph':
        if (context.container === 'listItem') {
          const block = { kind: 'listItem' as const, depth: context.lists - 1, ordered: context.ordered };
          pushPhrasing(drafts, block, node, node.children, source, node === context.first);
        } else if (context.container === 'quote') {
          pushPhrasing(drafts, { kind: 'quote' }, node, node.children, source);
        } else if (!pushTable(drafts, startOf(node), endOf(node), source)) {
          pushPhrasing(drafts, { kind: 'paragraph' }, node, node.children, source);
        }
        break;
      case 'list':
        for (const item of node.children) {
          const inner: Context = {
            container: 'listItem',
            lists: context.lists + 1,
            ordered: node.ordered === true,
            first: item.children[0],
          };
          walk(item.children, inner, source, drafts);
        }
        break;
      case 'blockquote':
        walk(node.children, { ...context, container: 'quote', first: undefined }, source, drafts);
        break;
      case 'code':
        drafts.push({
          kind: 'code',
          text: node.value.replace(/\r\n?/g, '\n'),
          ignore: [],
          links: [],
          marks: [],
          start: startOf(node),
          end: endOf(node),
          fromLineStart: true,
        });
        break;
      default:
        // thematicBreak, html, definition, yaml: no block; their source stays in `before`.
        break;
    }
  }
}

function pushPhrasing(
  drafts: Draft[],
  fields: Pick<Draft, 'kind' | 'level' | 'depth' | 'ordered'>,
  node: RootContent,
  children: readonly PhrasingContent[],
  source: string,
  mayHaveTaskMarker = false,
): void {
  const built: TextAndIgnore = { text: '', ignore: [], links: [], marks: [] };
  addPhrasing(children, source, built);
  if (mayHaveTaskMarker && TASK_MARKER.test(built.text)) built.ignore.push({ start: 0, end: 3 });
  drafts.push({
    ...fields,
    text: built.text,
    ignore: finishIgnore(built),
    links: built.links,
    marks: inlineMarksOf(built),
    start: startOf(node),
    end: endOf(node),
    fromLineStart: true,
  });
}

/** Appends what the reader sees of `nodes` to `out`. `source` is the Markdown the nodes' positions point into. */
function addPhrasing(nodes: readonly PhrasingContent[], source: string, out: TextAndIgnore): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.text += node.value.replace(LINE_ENDING, ' ');
        break;
      case 'inlineCode': {
        const start = out.text.length;
        pushIgnored(out, node.value.replace(LINE_ENDING, ' '));
        if (out.text.length > start) out.marks.push({ range: { start, end: out.text.length }, kind: 'code' });
        break;
      }
      case 'strong':
      case 'emphasis':
      case 'delete': {
        const start = out.text.length;
        addPhrasing(node.children, source, out);
        if (out.text.length > start)
          out.marks.push({ range: { start, end: out.text.length }, kind: MARK_KIND[node.type] });
        break;
      }
      case 'break':
        out.text += '\n';
        break;
      case 'link': {
        const start = out.text.length;
        addPhrasing(node.children, source, out);
        // An autolink: `<https://…>` or `<a@b.fr>`; its text is the URL.
        if (source.charAt(startOf(node)) === '<' && out.text.length > start) {
          out.ignore.push({ start, end: out.text.length });
        }
        if (out.text.length > start) out.links.push({ range: { start, end: out.text.length }, url: node.url });
        break;
      }
      case 'html':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        // linkReference (no URL: not a link), and any other parent: their text without markers.
        if ('children' in node) addPhrasing(node.children, source, out);
        break;
    }
  }
}

const MARK_KIND = { strong: 'strong', emphasis: 'emphasis', delete: 'strike' } as const;

function pushIgnored(out: TextAndIgnore, value: string): void {
  const start = out.text.length;
  out.text += value;
  if (value.length > 0) out.ignore.push({ start, end: out.text.length });
}

/** Adds the URLs written as text, then sorts and merges overlapping ranges. */
function finishIgnore(built: TextAndIgnore): TextRange[] {
  return withUrlRanges(built.text, built.ignore);
}

// --- Tables (GFM), recognised in top-level paragraphs.

/** If the paragraph at [start, end) is a GFM table, pushes one draft per non-empty cell and returns true. */
function pushTable(drafts: Draft[], start: number, end: number, source: string): boolean {
  const rows = tableRows(source, start, end);
  if (!rows) return false;
  for (const row of rows) {
    for (const cell of row) {
      if (cell.end === cell.start) continue;
      const { text, ignore, links, marks } = cellText(source.slice(cell.start, cell.end));
      drafts.push({
        kind: 'paragraph',
        text,
        ignore,
        links,
        marks,
        start: cell.start,
        end: cell.end,
        fromLineStart: false,
      });
    }
  }
  return true;
}

/** The text of one cell: its source parsed as inline Markdown, with `\|` read as `|` (as GFM does). */
function cellText(cellSource: string): TextAndIgnore {
  // "a " makes the line a paragraph whatever the cell starts with (`#`, `-`, `>`, `[x]: y`…).
  const lead = 'a ';
  const source = lead + cellSource.replace(/\\\|/g, '|');
  const built: TextAndIgnore = { text: '', ignore: [], links: [], marks: [] };
  const [paragraph] = parser.parse(source).children;
  if (paragraph?.type === 'paragraph') addPhrasing(paragraph.children, source, built);
  const text = built.text.startsWith(lead) ? built.text.slice(lead.length) : built.text;
  const shift = built.text.length - text.length;
  const ignore = built.ignore
    .map((r) => ({ start: Math.max(0, r.start - shift), end: r.end - shift }))
    .filter((r) => r.end > r.start);
  const links = built.links
    .map((l) => ({ range: { start: Math.max(0, l.range.start - shift), end: l.range.end - shift }, url: l.url }))
    .filter((l) => l.range.end > l.range.start);
  const marks = inlineMarksOf({
    text,
    marks: built.marks.map((m) => ({
      range: { start: Math.max(0, m.range.start - shift), end: m.range.end - shift },
      kind: m.kind,
    })),
  });
  return { text, ignore: finishIgnore({ text, ignore, links, marks }), links, marks };
}

// --- Positions and front matter

function startOf(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: RootContent): number {
  return node.position?.end.offset ?? startOf(node);
}

function lineStart(source: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = source.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i -= 1;
  }
  return i;
}

/** A `key: value` line of the front matter, without quotes; undefined when the key is absent. */
function frontMatterField(frontMatter: string, ...keys: string[]): string | undefined {
  for (const line of frontMatter.split(LINE_ENDING)) {
    const match = /^([A-Za-z_]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (match?.[1] === undefined || !keys.includes(match[1])) continue;
    return unquote(match[2] ?? '');
  }
  return undefined;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) {
    return value.slice(1, -1).replace(/''/g, "'");
  }
  return value;
}

function frontMatterLanguage(frontMatter: string): Language | undefined {
  const value = frontMatterField(frontMatter, 'lang', 'language');
  const match = value === undefined ? null : /^(en|fr)(?:[-_][A-Za-z0-9]+)*$/i.exec(value);
  const code = match?.[1]?.toLowerCase();
  return code === 'en' || code === 'fr' ? code : undefined;
}

/** The YAML between the fences of front matter source: all lines but the first and the last. */
function frontMatterValue(source: string): string {
  const first = /\r\n|\r|\n/.exec(source);
  if (first === null) return '';
  const rest = source.slice(first.index + first[0].length);
  const lastBreak = Math.max(rest.lastIndexOf('\n'), rest.lastIndexOf('\r'));
  if (lastBreak < 0) return '';
  const cut = rest.charAt(lastBreak) === '\n' && rest.charAt(lastBreak - 1) === '\r' ? lastBreak - 1 : lastBreak;
  return rest.slice(0, cut);
}

// ---------------------------------------------------------------------------
// Document -> Markdown

/** What a list item's first line starts with: the prefix before its marker, and the marker. */
interface ItemMarker {
  ordered: boolean;
  /** Everything before the marker: indentation and `>` of enclosing quotes. */
  indent: string;
  /** `-`, `*` or `+` for bullets. */
  bullet: string;
  /** Number and delimiter (`.` or `)`) for ordered items. */
  number: number;
  delimiter: string;
  /** What continuation lines start with: `indent` with the marker and its spaces turned into spaces. */
  contentIndent: string;
}

const ITEM_LINE = /^((?:[ \t]*>)*[ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+|$)/;

/**
 * Writes a document as Markdown.
 *
 * - The front matter: `frontMatterMarkdown` while its YAML is still
 *   `frontMatter`, else `frontMatter` between `---` fences.
 * - Each block: its `before`, then its `markdown` as is when present. A block
 *   without `markdown` is written from `kind`, `level`, `depth`, `ordered` and
 *   `text` (remark-stringify escapes what would change meaning, and `|`); its
 *   `ignore` ranges that are not URLs become inline code. Without `before`,
 *   blocks are separated by a blank line, consecutive list items by a line
 *   break; a list item continues the numbering, bullet and indentation of the
 *   list item before it. Such a block's `marks` are not written: its bold,
 *   italic and strikethrough are lost, its inline code is kept (from
 *   `ignore`). The app does not save through this function but through
 *   Lexical's Markdown transformers, which keep all four.
 * - Then `trailing`, or a final line break.
 *
 * Guarantees: `documentToMarkdown(markdownToDocument(m)) === m` for every
 * string `m`. For a document whose blocks have no `markdown` nor `before`, the
 * blocks read back by `markdownToDocument` have the same `kind`, `level` and
 * `text` (and list items the same `depth` and `ordered`) when: paragraph,
 * quote and list item texts are non-empty (heading texts may be empty); no text
 * contains "\r", and only code text contains "\n"; no heading, paragraph, quote
 * or list item text starts or ends with a space or tab; levels are 1 to 6; a list item's depth is at most
 * one more than the previous block's when that is a list item, and 0 otherwise.
 *
 * A block written from its fields after a `before` taken from Markdown is
 * written as a top-level block of its kind (except list items, which follow
 * the item before them, and table cells, which stay in their row): editing the
 * text of a paragraph inside a quote inside a list writes it out of the quote.
 */
export function documentToMarkdown(doc: PvDocument): string {
  let out = '';
  if (doc.frontMatter !== undefined) {
    const kept = doc.frontMatterMarkdown;
    if (kept !== undefined && frontMatterValue(kept) === doc.frontMatter) out += kept;
    else out += doc.frontMatter === '' ? '---\n---' : `---\n${doc.frontMatter}\n---`;
  }
  const items: ItemMarker[] = [];
  let previous: Block | undefined;
  for (const block of doc.blocks) {
    let separator = block.before ?? defaultSeparator(previous, block, out);
    if (block.markdown === undefined && separator === '' && out !== '') {
      separator = defaultSeparator(previous, block, out);
    }
    const body = block.markdown ?? writeBlock(block, items);
    trackItems(block, body, items);
    out += separator + body;
    previous = block;
  }
  out += doc.trailing ?? (out === '' ? '' : '\n');
  return out;
}

function defaultSeparator(previous: Block | undefined, block: Block, out: string): string {
  if (previous === undefined) return out === '' ? '' : '\n\n';
  if (block.kind === 'listItem' && previous.kind === 'listItem' && (block.depth ?? 0) <= (previous.depth ?? 0) + 1) {
    return '\n';
  }
  return '\n\n';
}

/** Keeps `items[depth]` = the marker of the last list item at that depth in the current run of list items. */
function trackItems(block: Block, body: string, items: ItemMarker[]): void {
  if (block.kind !== 'listItem') {
    items.length = 0;
    return;
  }
  const depth = block.depth ?? 0;
  items.length = Math.min(items.length, depth + 1);
  const firstLine = body.split(LINE_ENDING)[0] ?? '';
  const match = ITEM_LINE.exec(firstLine);
  if (match === null) return; // A second paragraph of an item: no marker.
  const [whole, indent = '', bullet, number, delimiter = '.'] = match;
  const marker = whole.length - indent.length;
  while (items.length < depth) items.push(fallbackMarker(items.length));
  items[depth] = {
    ordered: bullet === undefined,
    indent,
    bullet: bullet ?? '-',
    number: number === undefined ? 1 : Number(number),
    delimiter,
    contentIndent: indent + ' '.repeat(Math.max(marker, (bullet ?? `${number ?? ''}${delimiter}`).length + 1)),
  };
}

function fallbackMarker(depth: number): ItemMarker {
  const indent = '  '.repeat(depth);
  return { ordered: false, indent, bullet: '-', number: 1, delimiter: '.', contentIndent: `${indent}  ` };
}

function writeBlock(block: Block, items: readonly ItemMarker[]): string {
  const task = block.kind === 'listItem' && TASK_MARKER.test(block.text);
  // A task marker's range is written as text, not as inline code.
  const ignore = (block.ignore ?? []).filter((r) => !(task && r.start === 0 && r.end === 3));
  const children = toPhrasing(block.text, ignore);
  switch (block.kind) {
    case 'heading': {
      const depth = Math.min(6, Math.max(1, Math.round(block.level ?? 1))) as 1 | 2 | 3 | 4 | 5 | 6;
      return stringify({ type: 'root', children: [{ type: 'heading', depth, children }] });
    }
    case 'quote':
      return stringify({
        type: 'root',
        children: [{ type: 'blockquote', children: [{ type: 'paragraph', children }] }],
      });
    case 'code':
      return stringify({ type: 'root', children: [{ type: 'code', lang: null, meta: null, value: block.text }] });
    case 'listItem': {
      let content = stringify({ type: 'root', children: [{ type: 'paragraph', children }] });
      // A task marker stays a task marker for GFM readers, not `\[ ]` or inline code.
      if (task && content.startsWith('\\[')) content = content.slice(1);
      return writeListItem(block, content, items);
    }
    case 'paragraph':
      return stringify({ type: 'root', children: [{ type: 'paragraph', children }] });
  }
}

function writeListItem(block: Block, content: string, items: readonly ItemMarker[]): string {
  const depth = block.depth ?? 0;
  const ordered = block.ordered === true;
  const sibling = items[depth];
  const parent = depth > 0 ? (items[depth - 1] ?? fallbackMarker(depth - 1)) : undefined;
  let indent = parent?.contentIndent ?? '';
  let marker = ordered ? '1.' : '-';
  if (sibling !== undefined) {
    indent = sibling.indent;
    if (sibling.ordered === ordered) {
      marker = ordered ? `${Math.min(sibling.number + 1, 999_999_999)}${sibling.delimiter}` : sibling.bullet;
    }
  }
  const contentIndent = indent + ' '.repeat(marker.length + 1);
  return content
    .split('\n')
    .map((line, i) => (i === 0 ? `${indent}${marker} ${line}` : line === '' ? line : contentIndent + line))
    .join('\n');
}

function stringify(tree: Root): string {
  const markdown = stringifier.stringify(tree);
  return markdown.endsWith('\n') ? markdown.slice(0, -1) : markdown;
}

/** `text` as phrasing: "\n" become hard breaks, ignored ranges that are not URLs become inline code. */
function toPhrasing(text: string, ignore: readonly TextRange[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const pushText = (value: string): void => {
    for (const [i, line] of value.split('\n').entries()) {
      if (i > 0) nodes.push({ type: 'break' });
      if (line !== '') nodes.push({ type: 'text', value: line });
    }
  };
  let position = 0;
  for (const range of ignore) {
    const start = Math.max(position, range.start);
    const end = Math.min(text.length, range.end);
    if (end <= start) continue;
    pushText(text.slice(position, start));
    const value = text.slice(start, end);
    if (value.includes('\n') || isUrlLike(value)) pushText(value);
    else nodes.push({ type: 'inlineCode', value });
    position = end;
  }
  pushText(text.slice(position));
  return nodes;
}

function isUrlLike(value: string): boolean {
  for (const match of value.matchAll(URL_LIKE)) {
    if (match.index === 0 && trimUrl(match[0]).length === value.length) return true;
  }
  return false;
}
