import { $isListNode } from '@lexical/list';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';

/** A point of a Lexical selection. */
interface Point {
  key: string;
  offset: number;
  type: 'text' | 'element';
}

/** The leaves of a block as lexical-blocks.ts reads them: text nodes and line breaks, nested lists left out. */
function $leaves(block: ElementNode): LexicalNode[] {
  const out: LexicalNode[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isTextNode(node) || $isLineBreakNode(node)) out.push(node);
    else if ($isElementNode(node) && !$isListNode(node)) for (const child of node.getChildren()) visit(child);
  };
  for (const child of block.getChildren()) visit(child);
  return out;
}

/** The Lexical point at `offset` in a block's text (engine coordinates). */
function $pointAt(block: ElementNode, offset: number): Point {
  let at = 0;
  const leaves = $leaves(block);
  for (const [i, leaf] of leaves.entries()) {
    const length = $isTextNode(leaf) ? leaf.getTextContentSize() : 1;
    if ($isTextNode(leaf) && offset <= at + length) return { key: leaf.getKey(), offset: offset - at, type: 'text' };
    if (!$isTextNode(leaf) && offset <= at) {
      // Before a line break: the end of the text before it, else the start of the text after it.
      const previous = leaves[i - 1];
      if (previous && $isTextNode(previous))
        return { key: previous.getKey(), offset: previous.getTextContentSize(), type: 'text' };
      const parent = leaf.getParentOrThrow();
      return { key: parent.getKey(), offset: leaf.getIndexWithinParent(), type: 'element' };
    }
    at += length;
  }
  const last = leaves.at(-1);
  if (last && $isTextNode(last)) return { key: last.getKey(), offset: last.getTextContentSize(), type: 'text' };
  return { key: block.getKey(), offset: block.getChildrenSize(), type: 'element' };
}

/** A selection of [start, end) of a block's text, or undefined when the block is gone. */
export function $blockSelection(blockId: string, start: number, end: number): RangeSelection | undefined {
  const block = $getNodeByKey(blockId);
  if (!$isElementNode(block)) return undefined;
  const selection = $createRangeSelection();
  const from = $pointAt(block, start);
  const to = $pointAt(block, end);
  selection.anchor.set(from.key, from.offset, from.type);
  selection.focus.set(to.key, to.offset, to.type);
  return selection;
}

/** The block and offset of the start of the selection (the caret when nothing is selected), in engine coordinates. */
export function $caretPosition(blockIds: ReadonlySet<string>): { blockId: string; offset: number } | undefined {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return undefined;
  const point = selection.isBackward() ? selection.focus : selection.anchor;
  const focus = point.getNode();
  // The nearest ancestor that is a block of the document (a list item before its list).
  let block: LexicalNode | null = focus;
  while (block && !blockIds.has(block.getKey())) block = block.getParent();
  if (!$isElementNode(block)) return undefined;
  let offset = 0;
  for (const leaf of $leaves(block)) {
    if (leaf.is(focus)) return { blockId: block.getKey(), offset: offset + point.offset };
    offset += $isTextNode(leaf) ? leaf.getTextContentSize() : 1;
  }
  // The focus is on an element: count the leaves before its child at the focus offset.
  if ($isElementNode(focus)) {
    const child = focus.getChildAtIndex(point.offset);
    let before = 0;
    for (const leaf of $leaves(block)) {
      if (child && (leaf.is(child) || (($isElementNode(child) && leaf.getParents().some((p) => p.is(child))) ?? false)))
        break;
      before += $isTextNode(leaf) ? leaf.getTextContentSize() : 1;
    }
    return { blockId: block.getKey(), offset: before };
  }
  return { blockId: block.getKey(), offset };
}
