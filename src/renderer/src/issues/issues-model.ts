import type { Diagnostic, Severity } from '../../../core/engine/diagnostic';
import { styleOf } from '../../../core/rules/vale-config';

/** The categories of the built-in `PorteVoix` rules, in the order the panel shows them. */
export type BuiltInCategory = 'correctness' | 'clarity' | 'inclusion' | 'typography';

/** What a finding is about: a built-in category, or the rule pack (style) it comes from. */
export type IssueCategory = BuiltInCategory | { pack: string };

/** How the panel groups findings. */
export type IssueGrouping = 'severity' | 'category';

/** The built-in categories, in display order; rule packs come after them. */
export const BUILT_IN_CATEGORIES: readonly BuiltInCategory[] = ['correctness', 'clarity', 'inclusion', 'typography'];

/** The severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

/** The built-in rules by id: `PorteVoix.Spelling` and the others of docs/checks.md. */
const PORTE_VOIX_CATEGORIES: ReadonlyMap<string, BuiltInCategory> = new Map<string, BuiltInCategory>([
  ['PorteVoix.Spelling', 'correctness'],
  ['PorteVoix.IndefiniteArticle', 'correctness'],
  ['PorteVoix.RepeatedWords', 'correctness'],
  ['PorteVoix.HardSentence', 'clarity'],
  ['PorteVoix.SentenceLength', 'clarity'],
  ['PorteVoix.Passive', 'clarity'],
  ['PorteVoix.SimplerWords', 'clarity'],
  ['PorteVoix.Adverbs', 'clarity'],
  ['PorteVoix.WeaselWords', 'clarity'],
  ['PorteVoix.InclusiveLanguage', 'inclusion'],
  ['PorteVoix.Profanities', 'inclusion'],
  ['PorteVoix.TypographyFr', 'typography'],
]);

/** The style of a rule id (`Ethics` for `Ethics.Disclosure`): the same function as the CLI's. */
export { styleOf };

/**
 * The category of a rule: built-in `PorteVoix` rules have one of the four
 * categories; any other rule (and a `PorteVoix` rule this version does not
 * know) is grouped under its style, `{ pack: 'Ethics' }` for `Ethics.Disclosure`.
 */
export function categoryOf(ruleId: string): IssueCategory {
  return PORTE_VOIX_CATEGORIES.get(ruleId) ?? { pack: styleOf(ruleId) };
}

/** A stable key for a category: its name, or `pack:<style>` for a rule pack. */
export function categoryKey(category: IssueCategory): string {
  return typeof category === 'string' ? category : `pack:${category.pack}`;
}

/** What a group holds, without any words: the panel turns it into a localized title. */
export type IssueGroupDescriptor = { by: 'severity'; severity: Severity } | { by: 'category'; category: IssueCategory };

/** One group of findings, in document order. */
export interface IssueGroup {
  /** Unique among the groups of one grouping: the severity, the category, or `pack:<style>`. */
  key: string;
  descriptor: IssueGroupDescriptor;
  /** The findings, in the order they were given (document order). */
  items: Diagnostic[];
  /** `items.length`. */
  count: number;
}

/** How to group findings: by severity or category, optionally only those of one style. */
export interface GroupOptions {
  by: IssueGrouping;
  /** Only the findings of this style (e.g. `Ethics`); all of them when absent. */
  style?: string | undefined;
}

/** Case-insensitive name order, with a code-point tie-break so that it is total and the same everywhere. */
function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The findings in groups: by severity (error, warning, suggestion) or by
 * category (correctness, clarity, inclusion, typography, then rule packs by
 * name). Each group keeps the input order; empty groups are left out.
 */
export function groupIssues(diagnostics: readonly Diagnostic[], options: GroupOptions): IssueGroup[] {
  const { by, style } = options;
  const kept = style === undefined ? diagnostics : diagnostics.filter((d) => styleOf(d.ruleId) === style);
  if (by === 'severity') {
    const buckets = new Map<Severity, Diagnostic[]>(SEVERITIES.map((s) => [s, []]));
    for (const d of kept) buckets.get(d.severity)?.push(d);
    return SEVERITIES.flatMap((severity) => {
      const items = buckets.get(severity) ?? [];
      return items.length === 0 ? [] : [{ key: severity, descriptor: { by, severity }, items, count: items.length }];
    });
  }
  const builtIn = new Map<BuiltInCategory, Diagnostic[]>(BUILT_IN_CATEGORIES.map((c) => [c, []]));
  const packs = new Map<string, Diagnostic[]>();
  for (const d of kept) {
    const category = categoryOf(d.ruleId);
    if (typeof category === 'string') {
      builtIn.get(category)?.push(d);
    } else {
      const items = packs.get(category.pack);
      if (items) items.push(d);
      else packs.set(category.pack, [d]);
    }
  }
  const groups: IssueGroup[] = [];
  for (const category of BUILT_IN_CATEGORIES) {
    const items = builtIn.get(category) ?? [];
    if (items.length > 0) groups.push({ key: category, descriptor: { by, category }, items, count: items.length });
  }
  for (const pack of [...packs.keys()].sort(compareNames)) {
    const items = packs.get(pack) ?? [];
    const category = { pack };
    groups.push({ key: categoryKey(category), descriptor: { by, category }, items, count: items.length });
  }
  return groups;
}

/** A style and how many findings it has. */
export interface StyleCount {
  style: string;
  count: number;
}

/** The distinct styles of the findings, sorted by name, with their counts. */
export function stylesIn(diagnostics: readonly Diagnostic[]): StyleCount[] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    const style = styleOf(d.ruleId);
    counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => compareNames(a, b)).map(([style, count]) => ({ style, count }));
}

/** A caret position: a block and a UTF-16 offset within its text. */
export interface CaretPosition {
  blockId: string;
  offset: number;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The finding F8 (`direction` 1) or Shift+F8 (`direction` -1) goes to: the
 * first one that starts after the caret, or the last one that starts before
 * it, wrapping around at the end (start) of the document. A finding that
 * starts exactly at the caret is the current one and is skipped. Without a
 * caret, F8 goes to the first finding and Shift+F8 to the last.
 *
 * Several findings can start at the same place. Pass `activeId`, the finding
 * the panel shows as current: when it starts at the caret, the move is from it
 * in document order (block, start, end, rule id, message, id), so that each of
 * them is visited in turn.
 *
 * Findings whose block is not in `blockOrder` (stale ones) are skipped; a caret
 * in an unknown block counts as no caret. Returns `undefined` when there is
 * nowhere to go. Linear in the number of findings: no sort.
 */
export function nextIssue(
  diagnostics: readonly Diagnostic[],
  current: CaretPosition | undefined,
  blockOrder: ReadonlyMap<string, number>,
  direction: 1 | -1,
  activeId?: string | undefined,
): Diagnostic | undefined {
  const blockOf = (d: Diagnostic): number => blockOrder.get(d.blockId) ?? 0;
  const compare = (a: Diagnostic, b: Diagnostic): number =>
    blockOf(a) - blockOf(b) ||
    a.range.start - b.range.start ||
    a.range.end - b.range.end ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.id, b.id);

  const placed = diagnostics.filter((d) => blockOrder.has(d.blockId));
  const caretBlock = current === undefined ? undefined : blockOrder.get(current.blockId);

  /** Where `d` is relative to the pivot: negative before, positive after, 0 at it (current). */
  let relative: ((d: Diagnostic) => number) | undefined;
  if (current !== undefined && caretBlock !== undefined) {
    const active = placed.find(
      (d) => d.id === activeId && blockOf(d) === caretBlock && d.range.start === current.offset,
    );
    relative = active ? (d) => compare(d, active) : (d) => blockOf(d) - caretBlock || d.range.start - current.offset;
  }

  // Forward: the smallest after the pivot, else the smallest overall (wrap). Backward: the mirror.
  const better = (a: Diagnostic, b: Diagnostic): boolean => compare(a, b) * direction < 0;
  let beyond: Diagnostic | undefined;
  let extreme: Diagnostic | undefined;
  for (const d of placed) {
    if (extreme === undefined || better(d, extreme)) extreme = d;
    if (relative !== undefined && relative(d) * direction > 0 && (beyond === undefined || better(d, beyond))) {
      beyond = d;
    }
  }
  return beyond ?? extreme;
}
