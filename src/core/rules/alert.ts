import type { Severity } from '../engine/diagnostic';

/** One alert, as Vale reports it: the unit of every CLI output format. */
export interface ValeAlert {
  /** `Style.Rule`. */
  check: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based columns of the first and last character of the match on that line, in code points (Vale's `Span`). */
  span: [number, number];
  message: string;
  severity: Severity;
  /** The matched text. */
  match: string;
  link: string;
  description: string;
  action: { name: string; params: string[] | null };
  /** Where the match is in the source (UTF-16 offsets, end exclusive), for callers that need more than lines. */
  offsets?: { start: number; end: number };
}

export const SEVERITY_RANK: Record<Severity, number> = { suggestion: 0, warning: 1, error: 2 };

/** Vale's order: by line, then column, then check. */
export function compareAlerts(a: ValeAlert, b: ValeAlert): number {
  return a.line - b.line || a.span[0] - b.span[0] || (a.check < b.check ? -1 : a.check > b.check ? 1 : 0);
}
