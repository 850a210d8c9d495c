/**
 * The pre-publish gate's facts: a document with error-level findings is copied or published only once the writer
 * gives a reason, which is recorded in its front matter with the rule packs that checked it (`recordOverride`).
 */
import type { Diagnostic } from '../../../core/engine/diagnostic';
import { packLabels, type OverrideRecord } from '../../../core/publish/front-matter-records';

/** What the gate copies or publishes. */
export type GateAction = OverrideRecord['action'];

/** How many error messages the gate lists before "and N more". */
export const GATE_MESSAGES_SHOWN = 3;

/** A loaded rule pack, as the Rule packs dialog lists it. */
export interface GatePack {
  name: string;
  version?: string | undefined;
}

/** One error the gate lists. */
export interface GateError {
  ruleId: string;
  message: string;
}

/** What the gate tells the writer, and records. */
export interface GateFacts {
  /** Error-level findings in the document (those ignored here included: ignoring is not a reason). */
  errors: number;
  /** The first distinct errors, in the document's order. */
  first: GateError[];
  /** The rule packs in use (loaded and not turned off), as `name@version`. */
  packs: string[];
}

/** The gate's facts from the last check's findings and the packs loaded. */
export function gateFacts(
  diagnostics: readonly Diagnostic[],
  packs: readonly GatePack[],
  disabledPacks: readonly string[],
): GateFacts {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first: GateError[] = [];
  const seen = new Set<string>();
  for (const d of errors) {
    const key = `${d.ruleId}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    first.push({ ruleId: d.ruleId, message: d.message });
    if (first.length === GATE_MESSAGES_SHOWN) break;
  }
  const off = new Set(disabledPacks);
  return { errors: errors.length, first, packs: packLabels(packs.filter((p) => !off.has(p.name))) };
}

/** How long the gate waits for the check of the last edit before it says it is waiting. */
export const GATE_NOTICE_MS = 300;

/** Told `true` when a wait becomes long enough to be seen, then `false` when it ends. */
export type WaitNotice = (waiting: boolean) => void;

/**
 * `promise`; if it has not settled within `afterMs`, `notice(true)`, then `notice(false)` once it settles. The gate
 * says "Checking your last edits…" only when the wait can be seen, and only for as long as it lasts.
 */
export async function noticeIfSlow<T>(
  promise: Promise<T>,
  notice: WaitNotice | undefined,
  afterMs: number,
): Promise<T> {
  if (notice === undefined) return promise;
  let shown = false;
  const timer = setTimeout(() => {
    shown = true;
    notice(true);
  }, afterMs);
  try {
    return await promise;
  } finally {
    clearTimeout(timer);
    if (shown) notice(false);
  }
}

/** Whether the gate must ask before `GateFacts` are copied or published. */
export function gateNeeded(facts: GateFacts): boolean {
  return facts.errors > 0;
}

/** A reason the gate accepts: some text, white space collapsed. */
export function cleanReason(reason: string): string {
  return reason.replace(/\s+/gu, ' ').trim();
}

/** The front-matter record of an override decided at `date`. */
export function overrideRecord(facts: GateFacts, action: GateAction, reason: string, date: Date): OverrideRecord {
  return { date: date.toISOString(), action, reason: cleanReason(reason), errors: facts.errors, packs: facts.packs };
}
