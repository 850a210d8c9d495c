import type { Language } from '../language/detect';

/** A range of UTF-16 offsets within a block's text: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A link inside a block: its text is `text.slice(range.start, range.end)`. */
export interface BlockLink {
  range: TextRange;
  url: string;
}

/** Inline formatting: bold, italic, strikethrough, inline code. */
export type InlineMarkKind = 'strong' | 'emphasis' | 'strike' | 'code';

/**
 * Inline formatting of a part of a block's text: `text.slice(range.start,
 * range.end)` is bold (`strong`), italic (`emphasis`), struck through
 * (`strike`) or inline code (`code`). Formatting only: the checks do not look
 * at marks (inline code is also in the block's `ignore`, which they do).
 */
export interface InlineMark {
  range: TextRange;
  kind: InlineMarkKind;
}

export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'code';

/**
 * One block of a document, as the editor and the checks see it: plain text
 * without Markdown syntax. Emphasis markers and link targets are not in
 * `text`: formatting is in `marks`, links in `links`.
 */
export interface Block {
  /** Stable for the life of the block in the editor; unique in the document. */
  id: string;
  kind: BlockKind;
  /** Heading level, 1 to 6 (headings only). */
  level?: number;
  /** The text the reader sees. A hard line break is "\n". */
  text: string;
  /** Parts of `text` no check looks at (inline code, raw HTML, URLs shown as text). Sorted, non-overlapping. */
  ignore?: TextRange[];
  /** Links: the range of their text in `text` and where they point. Sorted, non-overlapping. */
  links?: BlockLink[];
  /**
   * Inline formatting, for the exports (HTML): sorted by start (then longest
   * first). Ranges of different kinds may nest or overlap each other and
   * links; ranges of one kind neither overlap nor touch (they are merged: see
   * `inlineMarksOf`). Never on code blocks. No mark changes what the checks find.
   */
  marks?: InlineMark[];
  /**
   * The block's Markdown source when it came from Markdown, so that writing the
   * document back keeps its formatting. Used only while `text` is unchanged.
   */
  markdown?: string;
  /** The nesting depth of a list item (0 for top level). */
  depth?: number;
  /** For list items: whether the list is ordered. */
  ordered?: boolean;
  /**
   * When the block came from Markdown: the source between the end of the
   * previous block (or of the front matter) and the start of this block's
   * `markdown`: line breaks, blank lines and what gives no block (thematic
   * breaks, HTML blocks, link reference definitions). Empty or ending with a
   * line break (`markdown` starts at the start of a line), except for table
   * cells, whose `before` ends with their row up to the cell. Written back as
   * is, also when `markdown` is gone.
   */
  before?: string;
}

export interface PvDocument {
  title: string;
  /** The raw YAML front matter, without its `---` fences; kept as is. */
  frontMatter?: string;
  /**
   * The front matter's source, fences included, when it came from Markdown;
   * written back instead of fencing `frontMatter` while its YAML is still
   * `frontMatter` (keeps CRLF and spaces after the fences).
   */
  frontMatterMarkdown?: string;
  /** The document's language: a per-document override of detection, and the fallback for short blocks. */
  language?: Language;
  blocks: Block[];
  /** When the document came from Markdown: the source after the last block (or the front matter), kept as is. */
  trailing?: string;
}
