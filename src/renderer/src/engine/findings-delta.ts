import type { Block, PvDocument, TextRange } from '../../../core/document/document';
import type { Diagnostic } from '../../../core/engine/diagnostic';

/**
 * Findings sent from the engine's worker to the page: only the blocks whose
 * findings changed since the last message, and the order of the blocks that
 * have some. A long article has thousands of findings; after a keystroke, one
 * block's change. Copying all of them across threads at every keystroke was
 * the biggest part of the time between a keystroke and its marks.
 */
export interface FindingsDelta {
  /** The blocks that have findings, in document order. */
  order: string[];
  /** The findings of the blocks that changed (an empty list: the block has none any more). */
  changed: Record<string, Diagnostic[]>;
}

/** The worker's side: remembers what it sent. */
export class DeltaSender {
  private sent = new Map<string, string>();

  /** The delta from what was sent before to `diagnostics` (in engine order: block by block). */
  next(diagnostics: readonly Diagnostic[]): FindingsDelta {
    const byBlock = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) {
      let list = byBlock.get(d.blockId);
      if (!list) {
        list = [];
        byBlock.set(d.blockId, list);
      }
      list.push(d);
    }
    const changed: Record<string, Diagnostic[]> = {};
    const sent = new Map<string, string>();
    for (const [blockId, list] of byBlock) {
      const key = JSON.stringify(list);
      sent.set(blockId, key);
      if (this.sent.get(blockId) !== key) changed[blockId] = list;
    }
    for (const blockId of this.sent.keys()) if (!byBlock.has(blockId)) changed[blockId] = [];
    this.sent = sent;
    return { order: [...byBlock.keys()], changed };
  }
}

/** The page's side: applies every delta in order (superseded ones too) and rebuilds the findings. */
export class DeltaReceiver {
  private held = new Map<string, Diagnostic[]>();

  apply(delta: FindingsDelta): Diagnostic[] {
    for (const [blockId, list] of Object.entries(delta.changed)) {
      if (list.length === 0) this.held.delete(blockId);
      else this.held.set(blockId, list);
    }
    return delta.order.flatMap((blockId) => this.held.get(blockId) ?? []);
  }
}

/**
 * A document sent from the page to the worker: the blocks that changed since
 * the last one, and the order of all of them (the other blocks are the
 * worker's copies). The document itself, less its blocks, comes whole.
 */
export interface DocumentDelta {
  doc: Omit<PvDocument, 'blocks'>;
  order: string[];
  changed: Block[];
}

function sameRanges(a: readonly TextRange[] | undefined, b: readonly TextRange[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((r, i) => r.start === b[i]?.start && r.end === b[i]?.end);
}

/**
 * Whether two readings of a block are the same: the editor reads the whole
 * document at each keystroke, as new objects, so they are compared by field.
 * `marks` (bold, italic…) are left out on purpose: formatting changes no
 * finding, and the exports read the editor, not the worker's copy.
 */
function sameBlock(a: Block, b: Block): boolean {
  if (a === b) return true;
  return (
    a.text === b.text &&
    a.kind === b.kind &&
    a.level === b.level &&
    a.depth === b.depth &&
    a.ordered === b.ordered &&
    a.markdown === b.markdown &&
    a.before === b.before &&
    sameRanges(a.ignore, b.ignore) &&
    sameRanges(
      a.links?.map((l) => l.range),
      b.links?.map((l) => l.range),
    ) &&
    (a.links ?? []).every((l, i) => l.url === b.links?.[i]?.url)
  );
}

/** The page's side: sends only the blocks whose content changed. */
export class DocumentSender {
  private sent = new Map<string, Block>();

  next(doc: PvDocument): DocumentDelta {
    const { blocks, ...rest } = doc;
    const changed: Block[] = [];
    const sent = new Map<string, Block>();
    for (const block of blocks) {
      const before = this.sent.get(block.id);
      if (before === undefined || !sameBlock(before, block)) changed.push(block);
      sent.set(block.id, block);
    }
    this.sent = sent;
    return { doc: rest, order: blocks.map((b) => b.id), changed };
  }
}

/** The worker's side: applies every delta in order and rebuilds the document. */
export class DocumentReceiver {
  private held = new Map<string, Block>();

  apply(delta: DocumentDelta): PvDocument {
    for (const block of delta.changed) this.held.set(block.id, block);
    const blocks = delta.order.flatMap((id) => this.held.get(id) ?? []);
    this.held = new Map(blocks.map((b) => [b.id, b]));
    return { ...delta.doc, blocks };
  }
}
