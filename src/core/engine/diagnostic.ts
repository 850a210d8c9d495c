import type { TextRange } from '../document/document';

export type Severity = 'error' | 'warning' | 'suggestion';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

/**
 * One finding, shaped like a vfile message. Every message tells the writer
 * what to do instead.
 */
export interface Diagnostic {
  /** Unique within one check result; the same finding keeps its id across checks. */
  id: string;
  /** `Style.Rule`, e.g. `PorteVoix.Passive`. */
  ruleId: string;
  /** What produced it, e.g. `retext-passive` or `porte-voix`. */
  source: string;
  severity: Severity;
  message: string;
  blockId: string;
  /** UTF-16 offsets within the block's text. */
  range: TextRange;
  /** The text at `range`. */
  actual: string;
  /** Replacements for `actual` (quick fixes); may be empty. */
  expected: string[];
  url?: string;
  note?: string;
}

/** What a check reports for one block: a diagnostic without the parts the engine fills in. */
export interface Finding {
  /** The rule's name within the PorteVoix style, e.g. `Passive` (the engine prefixes `PorteVoix.`). */
  rule: string;
  source: string;
  severity: Severity;
  message: string;
  range: TextRange;
  expected: string[];
  url?: string;
  note?: string;
}

/** Deterministic order: block order, then start, end, rule id, message. */
export function compareDiagnostics(blockOrder: Map<string, number>) {
  return (a: Diagnostic, b: Diagnostic): number =>
    (blockOrder.get(a.blockId) ?? 0) - (blockOrder.get(b.blockId) ?? 0) ||
    a.range.start - b.range.start ||
    a.range.end - b.range.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
