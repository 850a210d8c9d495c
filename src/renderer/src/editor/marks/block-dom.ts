/**
 * Between the engine's coordinates (a block id and a UTF-16 offset in the
 * block's text, see lexical-blocks.ts) and the editor's DOM. A block's text is
 * its text nodes in order, a `<br>` counting as "\n", nested lists left out:
 * exactly what `$documentFromEditor` reads from Lexical's nodes.
 */

/** A piece of a block's text in the DOM: a text node, or a `<br>` standing for "\n". */
interface Piece {
  node: Node;
  start: number;
  length: number;
  br: boolean;
}

/** The pieces of a block element, in order, with their offsets in the block's text. */
export class BlockText {
  private readonly pieces: Piece[] = [];
  readonly length: number;
  /** The block's text as the DOM shows it now. */
  readonly text: string;

  constructor(readonly element: HTMLElement) {
    let offset = 0;
    let text = '';
    const visit = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        const value = node.nodeValue ?? '';
        if (value.length > 0) this.pieces.push({ node, start: offset, length: value.length, br: false });
        offset += value.length;
        text += value;
        return;
      }
      if (!(node instanceof HTMLElement)) return;
      if (node.tagName === 'BR') {
        // The <br> Lexical adds to an empty or line-ending block is not a line break of the text.
        if (node.hasAttribute('data-lexical-managed-linebreak')) return;
        this.pieces.push({ node, start: offset, length: 1, br: true });
        offset += 1;
        text += '\n';
        return;
      }
      // A nested list belongs to its own list-item blocks.
      if (node !== element && (node.tagName === 'UL' || node.tagName === 'OL')) return;
      for (const child of node.childNodes) visit(child);
    };
    visit(element);
    this.length = offset;
    this.text = text;
  }

  /** The DOM position of an offset; at a piece boundary, the end of the earlier text node. */
  position(offset: number): { node: Node; offset: number } | undefined {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.pieces[mid]?.start ?? 0) < offset) low = mid;
      else high = mid - 1;
    }
    const piece = this.pieces[low];
    if (!piece) return this.pieces.length === 0 ? { node: this.element, offset: 0 } : undefined;
    const inside = Math.max(0, Math.min(offset - piece.start, piece.length));
    if (piece.br) {
      // Before or after the <br> element, in its parent.
      const parent = piece.node.parentNode;
      if (!parent) return undefined;
      const index = Array.prototype.indexOf.call(parent.childNodes, piece.node) as number;
      return { node: parent, offset: index + (inside > 0 ? 1 : 0) };
    }
    return { node: piece.node, offset: inside };
  }

  /** A DOM range for [start, end) of the block's text. */
  range(start: number, end: number): Range | undefined {
    const from = this.position(Math.max(0, Math.min(start, this.length)));
    const to = this.position(Math.max(0, Math.min(end, this.length)));
    if (!from || !to) return undefined;
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** The offset in the block's text of a DOM position inside the block, or undefined when it is not in it. */
  offsetOf(node: Node, offset: number): number | undefined {
    if (!this.element.contains(node)) return undefined;
    for (const piece of this.pieces) {
      if (piece.node === node) return piece.start + Math.min(offset, piece.length);
    }
    // An element position: the offset of the first piece at or after that child.
    const boundary = node.childNodes[offset] ?? null;
    for (const piece of this.pieces) {
      if (boundary === null) continue;
      const relation = boundary.compareDocumentPosition(piece.node);
      if (boundary === piece.node || relation & Node.DOCUMENT_POSITION_FOLLOWING || boundary.contains(piece.node))
        return piece.start;
    }
    return boundary === null ? this.lengthUpTo(node) : this.length;
  }

  private lengthUpTo(node: Node): number {
    let end = 0;
    for (const piece of this.pieces) {
      if (node.contains(piece.node)) end = piece.start + piece.length;
    }
    return end;
  }
}
