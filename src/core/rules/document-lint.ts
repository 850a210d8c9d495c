import type { PvDocument } from '../document/document';
import type { Diagnostic, Severity } from '../engine/diagnostic';
import type { Language } from '../language/detect';
import type { RuleMatch } from './checks/compiled-rule';
import { styleOf } from './vale-config';
import { lintSource, type ActiveRule } from './vale-lint';
import { splitBlocksForVale, type BlockSplitCache, type ValeBlock } from './vale-text';

export interface DocumentLintOptions {
  /** The channel written for: rules with `channels` need it. */
  channel?: string;
  /** The user's accepted words (Vale's accepted tokens: exceptions for rules with `vocab`). */
  accepted?: readonly string[];
  /** Each block's language (the engine's detection), for rules with `languages`. */
  blockLanguage?: (blockId: string) => Language | undefined;
  /** Rule ids turned off, such as `Ethics.Disclosure`. */
  disabledRules?: ReadonlySet<string>;
  /** A rule that fails is reported here and dropped. */
  onRuleError?: (ruleId: string, message: string) => void;
  /** Blocks split at an earlier check (the engine keeps one): only changed blocks are split again. */
  splitCache?: BlockSplitCache;
  /** Results of block-local rules at an earlier check, by block and rule (the engine keeps one). */
  resultCache?: WeakMap<object, Map<string, RuleMatch[]>>;
}

/**
 * Runs Vale rules (rule packs) over the editor's document and gives their
 * alerts as diagnostics on blocks. The blocks are given to the rules as Vale
 * would cut a Markdown file into scopes (headings, paragraphs and their
 * sentences, list items, quotes); code and inline code are never checked.
 */
export function lintDocumentWithRules(
  doc: PvDocument,
  rules: readonly ActiveRule[],
  options: DocumentLintOptions = {},
): Diagnostic[] {
  const active = options.disabledRules ? rules.filter((r) => !options.disabledRules?.has(r.rule.definition.id)) : rules;
  if (active.length === 0 || doc.blocks.length === 0) return [];
  const split = splitBlocksForVale(doc.blocks, options.splitCache);
  const { starts } = split;
  const owner = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const { blockLanguage, resultCache } = options;
  const languageOf = blockLanguage
    ? (block: ValeBlock): Language => blockLanguage(doc.blocks[owner(block.offsets[0] ?? 0)]?.id ?? '') ?? 'en'
    : undefined;
  const alerts = lintSource(
    split.raw,
    {
      format: 'markdown',
      rules: active,
      accepted: options.accepted ?? [],
      ...(options.channel === undefined ? {} : { channel: options.channel }),
      ...(languageOf ? { languageOf } : {}),
      ...(options.onRuleError ? { onRuleError: options.onRuleError } : {}),
      ...(resultCache ? { blockResults: resultCache } : {}),
    },
    split,
  );
  const seen = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  for (const alert of alerts) {
    const offsets = alert.offsets;
    if (!offsets) continue;
    const index = owner(offsets.start);
    const block = doc.blocks[index];
    const blockStart = starts[index] ?? 0;
    if (!block) continue;
    let range = {
      start: offsets.start - blockStart,
      end: Math.min(offsets.end - blockStart, block.text.length),
    };
    // A match in a link's target (raw scope) points at the link's text.
    const link = block.links?.find((l) => l.range.start === range.start);
    if (link && block.text.slice(range.start, range.end) !== alert.match) range = { ...link.range };
    const base = `${block.id}:${alert.check}:${range.start}-${range.end}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const expected =
      alert.action.name === 'replace' ? (alert.action.params ?? []) : alert.action.name === 'remove' ? [''] : [];
    const diagnostic: Diagnostic = {
      id: n === 0 ? base : `${base}#${n}`,
      ruleId: alert.check,
      source: `${styleOf(alert.check)} rule pack`,
      severity: alert.severity as Severity,
      message: alert.message,
      blockId: block.id,
      range,
      actual: block.text.slice(range.start, range.end),
      expected,
    };
    if (alert.link) diagnostic.url = alert.link;
    if (alert.description) diagnostic.note = alert.description;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
