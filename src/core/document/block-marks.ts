import type { Block, BlockKind, InlineMark, InlineMarkKind, TextRange } from './document';

export const MARK_KINDS: readonly InlineMarkKind[] = ['strong', 'emphasis', 'strike', 'code'];

/**
 * The well-formed marks of a block, normalised (the block may come from
 * outside: it is checked): ranges inside the text and not empty, known kinds;
 * overlapping or touching ranges of one kind merged into one; sorted by start,
 * then longest first, then in the order strong, emphasis, strike, code. No
 * marks for code blocks.
 */
export function inlineMarksOf(block: Pick<Block, 'text' | 'marks'> & { kind?: BlockKind }): InlineMark[] {
  const raw: unknown = block.marks;
  if (block.kind === 'code' || !Array.isArray(raw)) return [];
  const byKind = new Map<InlineMarkKind, TextRange[]>();
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { range, kind } = item as { range?: unknown; kind?: unknown };
    if (!MARK_KINDS.includes(kind as InlineMarkKind) || typeof range !== 'object' || range === null) continue;
    const { start, end } = range as { start?: unknown; end?: unknown };
    if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
    const s = Math.max(0, start as number);
    const e = Math.min(block.text.length, end as number);
    if (e <= s) continue;
    let list = byKind.get(kind as InlineMarkKind);
    if (!list) {
      list = [];
      byKind.set(kind as InlineMarkKind, list);
    }
    list.push({ start: s, end: e });
  }
  const marks: InlineMark[] = [];
  for (const kind of MARK_KINDS) {
    const ranges = (byKind.get(kind) ?? []).sort((a, b) => a.start - b.start);
    let current: TextRange | undefined;
    for (const range of ranges) {
      if (current !== undefined && range.start <= current.end) {
        current.end = Math.max(current.end, range.end);
        continue;
      }
      current = { ...range };
      marks.push({ range: current, kind });
    }
  }
  return marks.sort(
    (a, b) =>
      a.range.start - b.range.start ||
      b.range.end - a.range.end ||
      MARK_KINDS.indexOf(a.kind) - MARK_KINDS.indexOf(b.kind),
  );
}
