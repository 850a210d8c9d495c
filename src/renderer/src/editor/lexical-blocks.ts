import { $isCodeNode } from '@lexical/code';
import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type TextFormatType,
} from 'lexical';
import {
  type Block,
  type BlockLink,
  type InlineMark,
  type InlineMarkKind,
  type PvDocument,
  type TextRange,
} from '../../../core/document/document';
import { inlineMarksOf } from '../../../core/document/block-marks';
import { withUrlRanges } from '../../../core/document/url-ranges';

interface InlineText {
  text: string;
  ignore: TextRange[];
  links: BlockLink[];
  marks: InlineMark[];
}

/** The text formats the exports keep, and the marks they give. */
const MARK_FORMATS: readonly (readonly [TextFormatType, InlineMarkKind])[] = [
  ['bold', 'strong'],
  ['italic', 'emphasis'],
  ['strikethrough', 'strike'],
  ['code', 'code'],
];

/**
 * The reader's text of an element's inline content; inline code is kept but ignored by the checks. Bold, italic,
 * strikethrough and code text give marks (one per text node, merged with their neighbours by `inlineMarksOf`).
 */
function $inlineText(element: ElementNode): InlineText {
  let text = '';
  const ignore: TextRange[] = [];
  const links: BlockLink[] = [];
  const marks: InlineMark[] = [];
  const walk = (node: LexicalNode): void => {
    if ($isTextNode(node)) {
      const value = node.getTextContent();
      if (value && node.getFormat() !== 0) {
        const range = { start: text.length, end: text.length + value.length };
        if (node.hasFormat('code')) ignore.push({ ...range });
        for (const [format, kind] of MARK_FORMATS) {
          if (node.hasFormat(format)) marks.push({ range: { ...range }, kind });
        }
      }
      text += value;
    } else if ($isLineBreakNode(node)) {
      text += '\n';
    } else if ($isElementNode(node) && !$isListNode(node)) {
      const start = text.length;
      for (const child of node.getChildren()) walk(child);
      if ($isLinkNode(node) && text.length > start)
        links.push({ range: { start, end: text.length }, url: node.getURL() });
    }
  };
  for (const child of element.getChildren()) walk(child);
  return { text, ignore, links, marks: inlineMarksOf({ text, marks }) };
}

/** Ranges by text: the document is read again at every keystroke, and most blocks did not change. */
const urlRangeCache = new Map<string, TextRange[]>();

function urlRangesOf(inline: InlineText): TextRange[] {
  const key = `${JSON.stringify(inline.ignore)}\u0000${inline.text}`;
  let ranges = urlRangeCache.get(key);
  if (!ranges) {
    ranges = withUrlRanges(inline.text, inline.ignore);
    if (urlRangeCache.size > 5000) urlRangeCache.clear();
    urlRangeCache.set(key, ranges);
  }
  return ranges.map((r) => ({ ...r }));
}

function block(id: string, kind: Block['kind'], inline: InlineText, extra: Partial<Block> = {}): Block {
  const b: Block = { id, kind, text: inline.text, ...extra };
  // URLs and e-mail addresses written as text are not prose: no check looks at them, as in Markdown files.
  const ignore = urlRangesOf(inline);
  if (ignore.length > 0) b.ignore = ignore;
  if (inline.links.length > 0) b.links = inline.links;
  if (inline.marks.length > 0) b.marks = inline.marks;
  return b;
}

function $listBlocks(list: ListNode, depth: number, out: Block[]): void {
  const ordered = list.getListType() === 'number';
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const nested = item.getChildren().filter($isListNode);
    const inline = $inlineText(item);
    if (inline.text !== '' || nested.length === 0)
      out.push(block(item.getKey(), 'listItem', inline, { depth, ordered }));
    for (const child of nested) $listBlocks(child, depth + 1, out);
  }
}

/**
 * The editor's content as the engine's document: one block per heading,
 * paragraph, list item, quote and code block, keyed by Lexical's node keys
 * (stable while the node lives). Call inside an editor read.
 */
export function $documentFromEditor(): PvDocument {
  const blocks: Block[] = [];
  for (const node of $getRoot().getChildren()) {
    if ($isListNode(node)) {
      $listBlocks(node, 0, blocks);
    } else if ($isHeadingNode(node)) {
      blocks.push(block(node.getKey(), 'heading', $inlineText(node), { level: Number(node.getTag().slice(1)) }));
    } else if ($isQuoteNode(node)) {
      blocks.push(block(node.getKey(), 'quote', $inlineText(node)));
    } else if ($isCodeNode(node)) {
      blocks.push({ id: node.getKey(), kind: 'code', text: node.getTextContent() });
    } else if ($isElementNode(node)) {
      blocks.push(block(node.getKey(), 'paragraph', $inlineText(node)));
    }
  }
  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1)?.text ?? '';
  return { title, blocks };
}
