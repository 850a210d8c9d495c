import type { Block, PvDocument } from '../document/document';
import { detectLanguage, type Language } from '../language/detect';
import { lintDocumentWithRules } from '../rules/document-lint';
import type { RuleMatch } from '../rules/checks/compiled-rule';
import type { CompiledPack } from '../rules/rule-packs';
import type { ActiveRule } from '../rules/vale-lint';
import { literalPattern } from '../rules/vale-regex';
import { vocabularyTerms } from '../rules/vocabulary-terms';
import type { BlockSplitCache } from '../rules/vale-text';
import type { Speller } from '../spelling/speller';
import { checkBatch, type BlockOutcome } from './batch';
import type { BlockFacts } from './block-facts';
import type { MessageLanguage } from './check';
import { BUILTIN_CHECKS, BUILTIN_STYLE } from './checks';
import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostic';
import { summarizeDocument, type DocumentSummary } from './document-summary';

export interface EngineConfig {
  /** Every block is in this language (the document's override); otherwise each block's language is detected. */
  language?: Language;
  /** The language of short or undecidable text when the document does not say. Default: English. */
  fallbackLanguage?: Language;
  /** Rules turned off, as `PorteVoix.Rule`. */
  disabledRules?: readonly string[];
  /** Words the user accepts (spelling). */
  vocabulary?: readonly string[];
  /** The channel written for: rule-pack rules with `channels` need it. */
  channel?: string;
  /** Rule packs turned off, by name. */
  disabledPacks?: readonly string[];
  /** The interface language, which the built-in checks' messages are written in. Default: English. */
  ui?: MessageLanguage;
}

export interface CheckResult {
  /** The document's language: the override, or the one detected on its text. */
  language: Language;
  diagnostics: Diagnostic[];
  /** The language of each checked block. */
  blockLanguages: Record<string, Language>;
  summary: DocumentSummary;
  /** Blocks checked now, and blocks whose results came from the cache. */
  checkedBlocks: number;
  cachedBlocks: number;
  /** Rule-pack rules that failed on this document (and were left out). */
  ruleFailures: string[];
}

type CachedBlock = BlockOutcome;

/** How much of the document's start tells its language. */
const DOCUMENT_SAMPLE_CHARS = 3000;

/**
 * The checking engine. `check` is pure in effect (the same document and
 * configuration give the same result) but remembers each block's findings and
 * facts by (text, language, configuration, interface language), so after an
 * edit only the edited blocks are checked again and the document-wide figures
 * are sums of cached facts.
 */
export class Engine {
  private cache = new Map<string, CachedBlock>();
  private languages = new Map<string, Language>();
  private readonly spellers: Partial<Record<Language, Speller>> = {};
  private packs: readonly CompiledPack[] = [];
  private readonly packSplits: BlockSplitCache = new Map();
  private packResults = new WeakMap<object, Map<string, RuleMatch[]>>();
  /** What the kept pack results were computed with (packs, vocabulary, channel): a change drops them. */
  private packResultsKey = '';

  /** The rule packs whose rules run after the built-in checks (see `compilePacks`). */
  setRulePacks(packs: readonly CompiledPack[]): void {
    this.packs = packs;
    this.packResults = new WeakMap();
  }

  private terms: { key: string; rules: ActiveRule[] } = { key: '', rules: [] };

  /** `Vale.Terms` for the user's vocabulary, compiled again only when it changes. */
  private termsFor(vocabulary: readonly string[], ui: 'en' | 'fr'): ActiveRule[] {
    const key = `${ui}\u0000${vocabulary.join('\u0001')}`;
    if (key !== this.terms.key) this.terms = { key, rules: vocabularyTerms(vocabulary, ui) };
    return this.terms.rules;
  }

  private packResultsFor(key: string): WeakMap<object, Map<string, RuleMatch[]>> {
    if (key !== this.packResultsKey) {
      this.packResults = new WeakMap();
      this.packResultsKey = key;
    }
    return this.packResults;
  }

  /** Spelling works for a language once its speller is set (loading one takes a moment). */
  setSpeller(language: Language, speller: Speller): void {
    this.spellers[language] = speller;
  }

  hasSpeller(language: Language): boolean {
    return this.spellers[language] !== undefined;
  }

  /** Spelling suggestions for one word, on request (it can take a few hundred milliseconds). */
  suggest(word: string, language: Language): string[] {
    return this.spellers[language]?.suggest(word) ?? [];
  }

  check(doc: PvDocument, config: EngineConfig = {}): CheckResult {
    const override = config.language ?? doc.language;
    const fallback = config.fallbackLanguage ?? 'en';
    const language = override ?? this.detect(documentSample(doc), fallback);
    const disabled = new Set(config.disabledRules ?? []);
    const checks = BUILTIN_CHECKS.filter((c) => !disabled.has(`${BUILTIN_STYLE}.${c.rule}`));
    const vocabulary = new Set(config.vocabulary ?? []);
    const ui = config.ui ?? 'en';
    // The interface language is part of the key: switching it re-words the findings.
    const configKey = [
      ui,
      checks.map((c) => c.rule).join(','),
      [...vocabulary].sort().join('\u0001'),
      this.spellers.en ? 'en' : '',
      this.spellers.fr ? 'fr' : '',
    ].join('\u0002');

    const used = new Map<string, CachedBlock>();
    const blockLanguages: Record<string, Language> = {};
    const keys: (string | undefined)[] = [];
    const missing = new Map<string, { block: Block; language: Language }>();
    for (const block of doc.blocks) {
      if (block.kind === 'code') {
        keys.push(undefined);
        continue;
      }
      const blockLanguage = override ?? this.detect(block.text, language);
      blockLanguages[block.id] = blockLanguage;
      const key = `${blockLanguage}\u0000${configKey}\u0000${JSON.stringify(block.ignore ?? [])}\u0000${block.text}`;
      keys.push(key);
      const cached = this.cache.get(key);
      if (cached) used.set(key, cached);
      else if (!missing.has(key)) missing.set(key, { block, language: blockLanguage });
    }
    // What is not cached is checked in one batch per language.
    for (const batchLanguage of ['en', 'fr'] as const) {
      const batch = [...missing].filter(([, m]) => m.language === batchLanguage);
      if (batch.length === 0) continue;
      const outcomes = checkBatch(
        batch.map(([, m]) => m.block),
        batchLanguage,
        checks,
        this.spellers[batchLanguage],
        vocabulary,
        ui,
      );
      batch.forEach(([key], i) => {
        const outcome = outcomes[i];
        if (outcome) used.set(key, outcome);
      });
    }

    const diagnostics: Diagnostic[] = [];
    const facts: BlockFacts[] = [];
    doc.blocks.forEach((block, i) => {
      const key = keys[i];
      const outcome = key === undefined ? undefined : used.get(key);
      if (!outcome) return;
      facts.push(outcome.facts);
      diagnostics.push(...toDiagnostics(block, outcome.findings));
    });
    const checkedBlocks = missing.size;
    const cachedBlocks = keys.filter((k) => k !== undefined).length - checkedBlocks;
    // Keep what this document uses: memory follows the document, not its history.
    this.cache = used;
    if (this.languages.size > 4 * doc.blocks.length + 256) this.languages.clear();

    const ruleFailures: string[] = [];
    const disabledPacks = new Set(config.disabledPacks ?? []);
    const packRules = [
      ...this.packs.filter((p) => !disabledPacks.has(p.name)).flatMap((p) => p.rules),
      ...this.termsFor(config.vocabulary ?? [], config.ui ?? 'en'),
    ];
    diagnostics.push(
      ...lintDocumentWithRules(doc, packRules, {
        ...(config.channel === undefined ? {} : { channel: config.channel }),
        // Vale's accepted tokens are patterns: the user's words are taken literally.
        accepted: [...vocabulary].map(literalPattern),
        blockLanguage: (id) => blockLanguages[id],
        disabledRules: disabled,
        onRuleError: (ruleId, message) => ruleFailures.push(`${ruleId}: ${message}`),
        splitCache: this.packSplits,
        resultCache: this.packResultsFor(`${config.channel ?? ''}\u0000${[...vocabulary].join('\u0001')}`),
      }),
    );

    const order = new Map(doc.blocks.map((b, i) => [b.id, i]));
    diagnostics.sort(compareDiagnostics(order));
    return {
      language,
      diagnostics,
      blockLanguages,
      summary: summarizeDocument(facts, language),
      checkedBlocks,
      cachedBlocks,
      ruleFailures,
    };
  }

  private detect(text: string, fallback: Language): Language {
    const key = `${fallback}${text}`;
    let language = this.languages.get(key);
    if (!language) {
      language = detectLanguage(text, fallback);
      this.languages.set(key, language);
    }
    return language;
  }
}

function documentSample(doc: PvDocument): string {
  let sample = '';
  for (const block of doc.blocks) {
    if (block.kind === 'code') continue;
    sample += `${block.text}\n`;
    if (sample.length >= DOCUMENT_SAMPLE_CHARS) break;
  }
  return sample;
}

function toDiagnostics(block: Block, findings: readonly Finding[]): Diagnostic[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const ruleId = `${BUILTIN_STYLE}.${finding.rule}`;
    const base = `${block.id}:${ruleId}:${finding.range.start}-${finding.range.end}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const diagnostic: Diagnostic = {
      id: n === 0 ? base : `${base}#${n}`,
      ruleId,
      source: finding.source,
      severity: finding.severity,
      message: finding.message,
      blockId: block.id,
      range: finding.range,
      actual: block.text.slice(finding.range.start, finding.range.end),
      expected: finding.expected,
    };
    if (finding.url !== undefined) diagnostic.url = finding.url;
    if (finding.note !== undefined) diagnostic.note = finding.note;
    return diagnostic;
  });
}
