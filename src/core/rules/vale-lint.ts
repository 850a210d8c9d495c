import type { Severity } from '../engine/diagnostic';
import type { Language } from '../language/detect';
import { compareAlerts, type ValeAlert } from './alert';
import type { CompiledRule, RuleMatch } from './checks/compiled-rule';
import { position, splitForVale, type CommentControl, type ValeBlock, type ValeDocument } from './vale-text';

export interface ActiveRule {
  rule: CompiledRule;
  /** The level after the configuration (`Style.Rule = error`). */
  level: Severity;
}

export interface LintOptions {
  format: 'markdown' | 'text';
  rules: readonly ActiveRule[];
  /** TokenIgnores: matches are masked before the rules run. */
  tokenIgnores?: readonly RegExp[];
  /** BlockIgnores: matched regions of the source are not checked, as if they were code. */
  blockIgnores?: readonly RegExp[];
  /** Vale's SkippedScopes: blocks in these scopes are not checked (default script, style, pre, figure). */
  skippedScopes?: readonly string[];
  /** Vale's IgnoredClasses: HTML elements with one of these classes are not checked. */
  ignoredClasses?: readonly string[];
  /** Vale's IgnoredScopes: inline elements whose text is masked like code (`strong`, `tt`...). */
  ignoredScopes?: readonly string[];
  accepted?: readonly string[];
  /**
   * A rule that runs longer than this on one file (a pattern that backtracks
   * badly) is reported through `onSlowRule`; the caller stops it for the rest
   * of the run. Default 2,000 ms.
   */
  budgetMs?: number;
  onSlowRule?: (ruleId: string, ms: number) => void;
  /** A rule that threw while checking this file (its matches are dropped). */
  onRuleError?: (ruleId: string, message: string) => void;
  /**
   * Place matches that span inline markup (`in](url) in`, `*another*`) where
   * Vale places them, by searching their text in the source, instead of at
   * their exact place. The CLI does, for output identical to Vale's.
   */
  valeLocations?: boolean;
  /**
   * Porte-voix extension: the channel written for. Rules with `channels` run
   * only when it is one of theirs (never when it is unknown).
   */
  channel?: string;
  /**
   * Porte-voix extension: the language of a block. Rules with `languages` see
   * only the blocks in one of theirs; without this function, every block.
   */
  languageOf?: (block: ValeBlock) => Language;
  /**
   * Per-block results of rules that look at one block at a time (existence,
   * substitution, repetition…), kept between runs by a caller that lints the
   * same document again and again (the editor), by block identity (see
   * `ValeBlock.identity`) and rule id: only changed blocks are scanned.
   */
  blockResults?: WeakMap<object, Map<string, RuleMatch[]>>;
  /** Rules already stopped for being slow. */
  stopped?: ReadonlySet<string>;
}

/** Vale's selector: `a.b` needs every part, `~a` none, `&` joins, a list is any of. */
export function selects(scopes: readonly string[], selector: readonly string[]): boolean {
  const sections = new Set(scopes.flatMap((s) => s.split('.')));
  return selector.some((alternative) =>
    alternative.split('&').every((part) => {
      const p = part.trim();
      const negated = p.startsWith('~');
      const has = (negated ? p.slice(1) : p).split('.').every((x) => sections.has(x));
      return negated ? !has : has;
    }),
  );
}

function mask(block: ValeBlock, ignores: readonly RegExp[]): ValeBlock {
  let text = block.text;
  for (const regex of ignores) {
    regex.lastIndex = 0;
    text = text.replace(regex, (m) => '*'.repeat(m.length));
  }
  return text === block.text ? block : { ...block, text };
}

/** Whether comment controls turn `ruleId` off at `offset` in the source. */
function silenced(controls: readonly CommentControl[], ruleId: string, offset: number): boolean {
  let off = false;
  const rules = new Map<string, boolean>();
  const styles = new Map<string, boolean>();
  for (const control of controls) {
    if (control.offset > offset) break;
    if (control.kind === 'off') off = true;
    else if (control.kind === 'on') off = false;
    else if (control.kind === 'rule') rules.set(control.name, control.enabled);
    else if (control.kind === 'style') styles.set(control.name, control.enabled);
  }
  if (off) return true;
  const style = ruleId.slice(0, ruleId.indexOf('.'));
  return rules.get(ruleId) === false || (rules.get(ruleId) !== true && styles.get(style) === false);
}

function blocksFor(
  rule: CompiledRule,
  blocks: readonly ValeBlock[],
  source: string,
  rawBlock: ValeBlock | undefined,
): ValeBlock[] {
  const scope = rule.definition.scope;
  const type = rule.definition.extends;
  if (type === 'metric' || type === 'readability') return [{ scopes: ['summary'], text: '', offsets: [0] }];
  if (scope.includes('summary')) {
    // The whole text as one block, reported where the text starts.
    const text = blocks
      .filter((b) => b.scopes.includes('text'))
      .map((b) => b.text)
      .join('\n\n');
    const first = blocks.find((b) => b.scopes.includes('text'))?.offsets[0] ?? 0;
    let offsets: number[] | undefined;
    // Every character reports at the start: the offsets are made only if the rule matches.
    return [
      {
        scopes: ['summary'],
        text,
        get offsets(): number[] {
          offsets ??= new Array<number>(text.length + 1).fill(first);
          return offsets;
        },
      },
    ];
  }
  if (scope.includes('raw')) {
    if (rawBlock) return [rawBlock];
    return [{ scopes: ['raw'], text: source, offsets: Array.from({ length: source.length + 1 }, (_, i) => i) }];
  }
  return blocks.filter((b) => selects(b.scopes, scope));
}

function toAlert(
  source: string,
  block: ValeBlock,
  match: RuleMatch,
  rule: ActiveRule,
  valeLocations: boolean,
): ValeAlert {
  let startOffset = block.offsets[match.start] ?? block.offsets[block.offsets.length - 1] ?? 0;
  const text = block.text.slice(match.start, match.end);
  let lastOffset = match.end > match.start ? (block.offsets[match.end - 1] ?? startOffset) : startOffset;
  const exact = { start: startOffset, end: lastOffset + (match.end > match.start ? 1 : 0) };
  if (
    valeLocations &&
    !block.scopes.includes('summary') &&
    text !== '' &&
    source.slice(startOffset, lastOffset + 1) !== text
  ) {
    // Markup inside the match: Vale finds it by searching its text in the source from the block on,
    // and when that fails, points at the start of the line (core/location.go, guessLocation).
    const blockLine = source.lastIndexOf('\n', (block.offsets[0] ?? 0) - 1) + 1;
    const found = source.indexOf(text, blockLine);
    startOffset = found >= 0 ? found : source.lastIndexOf('\n', startOffset - 1) + 1;
    lastOffset = found >= 0 ? found + text.length - 1 : startOffset;
  }
  const at = position(source, startOffset);
  const last = position(source, lastOffset);
  const length = [...text].length;
  const end = last.line === at.line ? last.column : at.column + Math.max(0, length - 1);
  const definition = rule.rule.definition;
  const params = match.params ?? definition.action?.params ?? null;
  return {
    check: definition.id,
    line: at.line,
    span: [at.column, end],
    message: match.message,
    severity: rule.level,
    match: text,
    link: definition.link ?? '',
    description: match.description ?? definition.description ?? '',
    action: { name: definition.action?.name ?? '', params: params && params.length > 0 ? params : null },
    offsets: exact,
  };
}

const BLOCK_LOCAL_TYPES = new Set([
  'existence',
  'substitution',
  'occurrence',
  'repetition',
  'capitalization',
  'spelling',
]);

/** Whether a rule's matches in a block depend on that block alone (so they can be kept per block). */
function blockLocal(definition: CompiledRule['definition']): boolean {
  return (
    BLOCK_LOCAL_TYPES.has(definition.extends) &&
    !definition.scope.includes('summary') &&
    !definition.scope.includes('raw')
  );
}

/** Runs a block-local rule on the blocks it has no kept results for, and gives every block's matches. */
function runWithBlockCache(
  rule: CompiledRule,
  blocks: readonly ValeBlock[],
  context: Parameters<CompiledRule['run']>[1],
  cache: WeakMap<object, Map<string, RuleMatch[]>>,
): RuleMatch[] {
  const id = rule.definition.id;
  const out: RuleMatch[] = [];
  const missing: number[] = [];
  blocks.forEach((b, i) => {
    const kept = b.identity ? cache.get(b.identity)?.get(id) : undefined;
    if (kept) for (const m of kept) out.push({ ...m, block: i });
    else missing.push(i);
  });
  if (missing.length === 0) return out;
  const fresh = rule.run(
    missing.flatMap((i) => blocks[i] ?? []),
    context,
  );
  const byBlock = new Map<number, RuleMatch[]>(missing.map((_, j) => [j, []]));
  for (const m of fresh) byBlock.get(m.block)?.push(m);
  missing.forEach((i, j) => {
    const found = byBlock.get(j) ?? [];
    const identity = blocks[i]?.identity;
    if (identity) {
      let perRule = cache.get(identity);
      if (!perRule) {
        perRule = new Map();
        cache.set(identity, perRule);
      }
      perRule.set(id, found);
    }
    for (const m of found) out.push({ ...m, block: i });
  });
  return out;
}

/** Splits a file as Vale does, after blanking its BlockIgnores regions (they are not checked, like code). */
export function prepareDocument(
  source: string,
  format: 'markdown' | 'text',
  blockIgnores: readonly RegExp[] = [],
  ignoredClasses: readonly string[] = [],
  ignoredScopes: readonly string[] = [],
): ValeDocument {
  let checked = source;
  for (const regex of blockIgnores) {
    regex.lastIndex = 0;
    checked = checked.replace(regex, (m) => m.replace(/[^\n]/g, ' '));
  }
  return splitForVale(checked, format, ignoredClasses, ignoredScopes);
}

/** Lints one file's source with the active rules, the way Vale does; alerts sorted and without duplicates. */
export function lintSource(
  source: string,
  options: LintOptions,
  doc = prepareDocument(source, options.format, options.blockIgnores, options.ignoredClasses, options.ignoredScopes),
): ValeAlert[] {
  const skipped = new Set(options.skippedScopes ?? []);
  const visible = skipped.size > 0 ? doc.blocks.filter((b) => !b.scopes.some((s) => skipped.has(s))) : doc.blocks;
  const blocks = options.tokenIgnores?.length ? visible.map((b) => mask(b, options.tokenIgnores ?? [])) : visible;
  const alerts: ValeAlert[] = [];
  const seen = new Set<string>();
  const byScope = new Map<string, ValeBlock[]>();
  for (const active of options.rules) {
    // Rules with the same scope share one list of blocks (and so one joined text to scan).
    const scopeKey = `${active.rule.definition.extends === 'metric' || active.rule.definition.extends === 'readability' ? 'summary!' : ''}${active.rule.definition.scope.join('|')}`;
    let scoped = byScope.get(scopeKey);
    if (!scoped) {
      scoped = blocksFor(active.rule, blocks, source, doc.rawBlock);
      byScope.set(scopeKey, scoped);
    }
    if (scoped.length === 0) continue;
    const definition = active.rule.definition;
    if (options.stopped?.has(definition.id)) continue;
    if (definition.channels && !(options.channel && definition.channels.some((c) => c === options.channel))) continue;
    const { languageOf } = options;
    const ruleBlocks =
      definition.languages && languageOf ? scoped.filter((b) => definition.languages?.includes(languageOf(b))) : scoped;
    if (ruleBlocks.length === 0) continue;
    const started = Date.now();
    let matches: RuleMatch[];
    try {
      // Only metric and readability rules read the summary: it is counted when they ask.
      const context = {
        get summary() {
          return doc.summary;
        },
        accepted: options.accepted ?? [],
      };
      const cache = options.blockResults;
      matches =
        cache && blockLocal(definition)
          ? runWithBlockCache(active.rule, ruleBlocks, context, cache)
          : active.rule.run(ruleBlocks, context);
    } catch (error) {
      // A rule that fails at run time is reported and dropped; the other rules keep working.
      options.onRuleError?.(active.rule.definition.id, error instanceof Error ? error.message : String(error));
      continue;
    }
    const took = Date.now() - started;
    if (took > (options.budgetMs ?? 2000)) options.onSlowRule?.(active.rule.definition.id, took);
    const ruleAlerts: ValeAlert[] = [];
    for (const match of matches) {
      const block = ruleBlocks[match.block];
      if (!block) continue;
      const offset = block.offsets[match.start] ?? 0;
      // Comment controls act on the rendered text; a raw-scope rule reads the source itself.
      const raw = block.scopes.includes('raw');
      if (!raw && silenced(doc.controls, active.rule.definition.id, offset)) continue;
      const alert = toAlert(source, block, match, active, options.valeLocations === true);
      const key = `${alert.check}\u0000${alert.line}\u0000${alert.span[0]}\u0000${alert.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ruleAlerts.push(alert);
    }
    ruleAlerts.sort(compareAlerts);
    const limit = active.rule.definition.limit;
    alerts.push(...(limit && limit > 0 ? ruleAlerts.slice(0, limit) : ruleAlerts));
  }
  return alerts.sort(compareAlerts);
}
