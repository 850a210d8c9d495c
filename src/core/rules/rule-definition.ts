/**
 * Typed Vale rule definitions, one per extension point (`extends`).
 *
 * Key lists and defaults come from Vale's documentation (vale.sh/docs/checks/<type>) and its Go source
 * (internal/check/<type>.go: each struct's exported fields are the keys; `definition.go` holds the common ones
 * and the defaults `level: warning`, `scope: text`). The loader (`load-rule.ts`) fills every default, so code that
 * runs rules never has to guess one.
 */

export const RULE_TYPES = [
  'existence',
  'substitution',
  'occurrence',
  'repetition',
  'consistency',
  'conditional',
  'capitalization',
  'metric',
  'spelling',
  'readability',
  'sequence',
  'script',
] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export const RULE_LEVELS = ['suggestion', 'warning', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** Porte-voix extension: the languages a rule applies to. */
export const RULE_LANGUAGES = ['en', 'fr'] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

/** Porte-voix extension: the publication channels a rule applies to. */
export const RULE_CHANNELS = ['linkedin', 'x', 'mastodon', 'blog'] as const;
export type RuleChannel = (typeof RULE_CHANNELS)[number];

export const CAPITALIZATION_STYLES = ['AP', 'Chicago'] as const;
export type CapitalizationStyle = (typeof CAPITALIZATION_STYLES)[number];

/** Vale's `action` (core.Action): how a finding can be fixed, e.g. `{ name: 'replace', params: [] }`. */
export interface RuleAction {
  name: string;
  params: string[];
}

/** Keys every rule type accepts (Vale's `Definition` struct, plus our extensions). */
export interface RuleBase {
  /** `<Style>.<Rule>`: the style folder and the file's base name. */
  id: string;
  style: string;
  name: string;
  /** The file as given to the loader, for messages. */
  file: string;
  message: string;
  /** Default `warning`. */
  level: RuleLevel;
  /** Scope selectors; a single string in YAML becomes a one-item list. Default `['text']`. */
  scope: string[];
  link?: string;
  /** Vale's `limit`: the most alerts the rule reports per file; absent (0 in Vale) means no limit. */
  limit?: number;
  description?: string;
  action?: RuleAction;
  /**
   * Porte-voix extension (not Vale): the languages the rule applies to. Absent means every language.
   * Vale itself would reject this key, so rules using it are Porte-voix-only.
   */
  languages?: RuleLanguage[];
  /** Porte-voix extension (not Vale): the channels the rule applies to. Absent means every channel. */
  channels?: RuleChannel[];
}

/** vale.sh/docs/checks/existence, internal/check/existence.go */
export interface ExistenceRule extends RuleBase {
  extends: 'existence';
  tokens: string[];
  raw: string[];
  exceptions: string[];
  /** Put `raw` after the token group instead of before it. Default false. */
  append: boolean;
  ignorecase: boolean;
  nonword: boolean;
  /** Whether the active vocabularies' accepted terms are exceptions too. Default true. */
  vocab: boolean;
}

/** vale.sh/docs/checks/substitution, internal/check/substitution.go */
export interface SubstitutionRule extends RuleBase {
  extends: 'substitution';
  /** `observed: expected` pairs, in file order (a list of pairs, so keys like `1` or `__proto__` stay as written). */
  swap: [observed: string, expected: string][];
  exceptions: string[];
  ignorecase: boolean;
  nonword: boolean;
  vocab: boolean;
  /** Match the capitalization of the source token. Default false. */
  capitalize: boolean;
  append: boolean;
  /** Deprecated in Vale (part-of-speech filter); kept so old rules load. */
  pos?: string;
  /** Expand `swap` keys to their inflections with a Hunspell dictionary (Vale 3 substitution.go). Default false. */
  morphology: boolean;
  dictionaries: string[];
  aff?: string;
  dic?: string;
  dicpath?: string;
}

/** vale.sh/docs/checks/occurrence, internal/check/occurrence.go */
export interface OccurrenceRule extends RuleBase {
  extends: 'occurrence';
  token: string;
  /** Absent (0 in Vale) means no maximum. */
  max?: number;
  /** Absent (0 in Vale) means no minimum. */
  min?: number;
  ignorecase: boolean;
}

/** vale.sh/docs/checks/repetition, internal/check/repetition.go */
export interface RepetitionRule extends RuleBase {
  extends: 'repetition';
  tokens: string[];
  /** Only report repeated tokens made of letters. Default false. */
  alpha: boolean;
  /** Repetitions allowed before reporting. Default 0. */
  max: number;
  ignorecase: boolean;
  exceptions: string[];
  vocab: boolean;
}

/** vale.sh/docs/checks/consistency, internal/check/consistency.go */
export interface ConsistencyRule extends RuleBase {
  extends: 'consistency';
  /** Pairs of forms that must not both appear, in file order. */
  either: [first: string, second: string][];
  ignorecase: boolean;
  nonword: boolean;
  vocab: boolean;
}

/** vale.sh/docs/checks/conditional, internal/check/conditional.go */
export interface ConditionalRule extends RuleBase {
  extends: 'conditional';
  first: string;
  second: string;
  exceptions: string[];
  ignorecase: boolean;
  vocab: boolean;
}

/** vale.sh/docs/checks/capitalization, internal/check/capitalization.go */
export interface CapitalizationRule extends RuleBase {
  extends: 'capitalization';
  /** `$title`, `$sentence`, `$lower`, `$upper`, or a regular expression. */
  match: string;
  /** Only used with `$title`. Default `AP`. */
  style: CapitalizationStyle;
  exceptions: string[];
  /** Suffixes after which the next word is not checked (e.g. `:`). */
  indicators: string[];
  /** Share of words that must follow the case. Default 0.8. */
  threshold: number;
  /** A constant prefix ignored during case conversion. Default ''. */
  prefix: string;
  vocab: boolean;
}

/** vale.sh/docs/checks/metric, internal/check/metric.go. Vale always runs it on the `summary` scope. */
export interface MetricRule extends RuleBase {
  extends: 'metric';
  formula: string;
  /** A comparison such as `> 8.0`. */
  condition: string;
}

/** vale.sh/docs/checks/spelling, internal/check/spelling.go */
export interface SpellingRule extends RuleBase {
  extends: 'spelling';
  aff?: string;
  dic?: string;
  dicpath?: string;
  /** Dictionary names (`en_US` means `en_US.dic` + `en_US.aff`). Empty means Vale's built-in en_US-web. */
  dictionaries: string[];
  /** Regular expressions of words not to check. */
  filters: string[];
  /** Files (relative to StylesPath) of words to accept, one a line. */
  ignore: string[];
  /** Turn off the built-in filters (acronyms, mixed case, numbers). Default false. */
  custom: boolean;
  /** Add `dictionaries` after the default one instead of replacing it. Default false. */
  append: boolean;
  vocab: boolean;
  exceptions: string[];
  threshold?: number;
}

/** Legacy `readability` (internal/check/readability.go), superseded by `metric`. */
export interface ReadabilityRule extends RuleBase {
  extends: 'readability';
  /** Formula names: `Flesch-Kincaid`, `Gunning Fog`, `Coleman-Liau`, `SMOG`, `Automated Readability`. */
  metrics: string[];
  /** The grade above which the rule reports. */
  grade: number;
}

/** One entry of a sequence rule (vale.sh/docs/checks/sequence: NLPToken). */
export interface SequenceToken {
  pattern?: string;
  tag?: string;
  negate: boolean;
  skip: number;
}

/** vale.sh/docs/checks/sequence. Loaded for completeness; Porte-voix does not run it (no part-of-speech tagger). */
export interface SequenceRule extends RuleBase {
  extends: 'sequence';
  tokens: SequenceToken[];
  ignorecase: boolean;
}

/** vale.sh/docs/checks/script. Loaded for completeness; Porte-voix does not run Tengo scripts. */
export interface ScriptRule extends RuleBase {
  extends: 'script';
  /** Inline Tengo source, or a `.tengo` file name. */
  script: string;
}

export type RuleDefinition =
  | ExistenceRule
  | SubstitutionRule
  | OccurrenceRule
  | RepetitionRule
  | ConsistencyRule
  | ConditionalRule
  | CapitalizationRule
  | MetricRule
  | SpellingRule
  | ReadabilityRule
  | SequenceRule
  | ScriptRule;

/** Rule types that load but that Porte-voix skips, and why (shown to the user). */
export const SKIPPED_RULE_TYPES: Partial<Record<RuleType, string>> = {
  sequence: 'it needs part-of-speech tagging, which Porte-voix does not do',
  script: 'it runs a Tengo script, which Porte-voix does not execute',
};

/** A problem found while loading a rule file. `message` is one sentence for the user, fix included. */
export interface RuleLoadError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  key?: string;
  message: string;
}
