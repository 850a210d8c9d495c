import type { PvDocument, TextRange } from '../../../../core/document/document';
import type { Diagnostic } from '../../../../core/engine/diagnostic';

/** How a mark looks: underlines by severity, Hemingway backgrounds, text past a channel's limit. */
export type MarkKind = 'error' | 'warning' | 'suggestion' | 'hard' | 'very-hard' | 'overflow';

/** A stretch of a block's text to paint. `id` is the diagnostic's id for findings. */
export interface Mark {
  id: string;
  blockId: string;
  range: TextRange;
  kind: MarkKind;
}

/** Marks and the text of each block they were computed on (to follow edits made since). */
export interface MarkSet {
  marks: readonly Mark[];
  checkedTexts: ReadonlyMap<string, string>;
}

/** A position to flag in the text, such as LinkedIn's "see more" fold. */
export interface TextFlag {
  id: string;
  label: string;
  blockId: string;
  offset: number;
}

/** The highlight names, one per kind, as styled by `::highlight(pv-mark-…)` in styles.css. */
export const HIGHLIGHT_NAMES: Record<MarkKind | 'active', string> = {
  error: 'pv-mark-error',
  warning: 'pv-mark-warning',
  suggestion: 'pv-mark-suggestion',
  hard: 'pv-mark-hard',
  'very-hard': 'pv-mark-very-hard',
  overflow: 'pv-mark-overflow',
  active: 'pv-mark-active',
};

/**
 * The marks of a check: every finding underlined by severity, except hard and
 * very hard sentences, which get Hemingway's yellow and red backgrounds when
 * `hemingway` is on. `overflow` (a channel's limit passed) paints the rest of
 * the document from that point.
 */
export function marksOf(
  doc: PvDocument,
  diagnostics: readonly Diagnostic[],
  options: { hemingway: boolean; overflow?: { blockId: string; offset: number } | undefined },
): MarkSet {
  const marks: Mark[] = [];
  for (const d of diagnostics) {
    let kind: MarkKind = d.severity;
    if (options.hemingway && d.ruleId === 'PorteVoix.HardSentence')
      kind = d.severity === 'suggestion' ? 'hard' : 'very-hard';
    // A document-level finding (zero width) has nothing to underline; the Issues panel lists it.
    if (d.range.end <= d.range.start) continue;
    marks.push({ id: d.id, blockId: d.blockId, range: d.range, kind });
  }
  if (options.overflow) {
    const start = doc.blocks.findIndex((b) => b.id === options.overflow?.blockId);
    for (const [i, block] of doc.blocks.entries()) {
      if (start < 0 || i < start) continue;
      const from = i === start ? options.overflow.offset : 0;
      if (block.text.length > from)
        marks.push({
          id: `overflow:${block.id}`,
          blockId: block.id,
          range: { start: from, end: block.text.length },
          kind: 'overflow',
        });
    }
  }
  return { marks, checkedTexts: new Map(doc.blocks.map((b) => [b.id, b.text])) };
}

/** The marks that contain `offset` in a block, the most severe and the narrowest first. */
export function marksAt(marks: readonly Mark[], blockId: string, offset: number): Mark[] {
  const rank: Record<MarkKind, number> = { error: 0, warning: 1, 'very-hard': 2, suggestion: 3, hard: 4, overflow: 5 };
  return marks
    .filter((m) => m.blockId === blockId && m.range.start <= offset && offset <= m.range.end && m.kind !== 'overflow')
    .sort((a, b) => rank[a.kind] - rank[b.kind] || a.range.end - a.range.start - (b.range.end - b.range.start));
}
