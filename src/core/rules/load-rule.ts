import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { translateValeRegex } from './vale-regex';
import {
  CAPITALIZATION_STYLES,
  RULE_CHANNELS,
  RULE_LANGUAGES,
  RULE_LEVELS,
  RULE_TYPES,
  SKIPPED_RULE_TYPES,
} from './rule-definition';
import type {
  CapitalizationStyle,
  RuleAction,
  RuleBase,
  RuleChannel,
  RuleDefinition,
  RuleLanguage,
  RuleLevel,
  RuleLoadError,
  RuleType,
  SequenceToken,
  SpellingRule,
  SubstitutionRule,
} from './rule-definition';

export type { RuleLoadError } from './rule-definition';

export interface LoadRuleOptions {
  /** The style (folder) name, e.g. `Microsoft`. */
  style: string;
  /** The rule name: the file's base name without extension, e.g. `Avoid`. */
  name: string;
  /** The file as shown in messages, e.g. `Microsoft/Avoid.yml`. */
  file: string;
  text: string;
}

export type LoadRuleResult =
  { ok: true; rule: RuleDefinition; notices: string[] } | { ok: false; errors: RuleLoadError[] };

type Kind =
  | 'string'
  | 'strings'
  | 'bool'
  | 'int'
  | 'number'
  | 'pairs'
  | 'action'
  | 'level'
  | 'code'
  | 'style'
  | 'languages'
  | 'channels'
  | 'sequence-tokens';

/** Keys of Vale's `Definition` (internal/check/definition.go), valid on every type, plus our extensions. */
const COMMON_KEYS: Record<string, Kind> = {
  extends: 'string',
  message: 'string',
  level: 'level',
  scope: 'strings',
  link: 'string',
  limit: 'int',
  description: 'string',
  action: 'action',
  // Vale sets `name` itself from the file name; a rule that sets it loads, and the key is ignored.
  name: 'string',
  // Deprecated: `code: true` is a load error in Vale, `code: false` is harmless.
  code: 'code',
  // Porte-voix extensions.
  languages: 'languages',
  channels: 'channels',
};

/** Per-type keys: the exported fields of each internal/check/<type>.go struct, and the vale.sh "Checks" pages. */
const TYPE_KEYS: Record<RuleType, Record<string, Kind>> = {
  existence: {
    tokens: 'strings',
    raw: 'strings',
    exceptions: 'strings',
    append: 'bool',
    ignorecase: 'bool',
    nonword: 'bool',
    vocab: 'bool',
  },
  substitution: {
    swap: 'pairs',
    exceptions: 'strings',
    ignorecase: 'bool',
    nonword: 'bool',
    vocab: 'bool',
    capitalize: 'bool',
    append: 'bool',
    pos: 'string',
    morphology: 'bool',
    dictionaries: 'strings',
    aff: 'string',
    dic: 'string',
    dicpath: 'string',
  },
  occurrence: { token: 'string', max: 'int', min: 'int', ignorecase: 'bool' },
  repetition: {
    tokens: 'strings',
    alpha: 'bool',
    max: 'int',
    ignorecase: 'bool',
    exceptions: 'strings',
    vocab: 'bool',
  },
  consistency: { either: 'pairs', ignorecase: 'bool', nonword: 'bool', vocab: 'bool' },
  conditional: { first: 'string', second: 'string', exceptions: 'strings', ignorecase: 'bool', vocab: 'bool' },
  capitalization: {
    match: 'string',
    style: 'style',
    exceptions: 'strings',
    indicators: 'strings',
    threshold: 'number',
    prefix: 'string',
    vocab: 'bool',
  },
  metric: { formula: 'string', condition: 'string' },
  spelling: {
    aff: 'string',
    dic: 'string',
    dicpath: 'string',
    dictionaries: 'strings',
    filters: 'strings',
    ignore: 'strings',
    custom: 'bool',
    append: 'bool',
    vocab: 'bool',
    exceptions: 'strings',
    threshold: 'number',
  },
  readability: { metrics: 'strings', grade: 'number' },
  sequence: { tokens: 'sequence-tokens', ignorecase: 'bool' },
  script: { script: 'string' },
};

/** Vale decodes these two without its "unused keys" check, so an unknown key there is ignored, not an error. */
const LENIENT_TYPES: ReadonlySet<RuleType> = new Set(['consistency', 'spelling']);

/** Keys whose documented type is "string or list": a single value is normal, not worth a notice. */
const SCALAR_OK: ReadonlySet<string> = new Set(['scope', 'ignore', 'languages', 'channels']);

/** Vale reads these three literally; every other key is matched without regard to case (mapstructure). */
const HEADER_KEYS: ReadonlySet<string> = new Set(['extends', 'message', 'level']);

const SEQUENCE_TOKEN_KEYS: Record<string, Kind> = { pattern: 'string', tag: 'string', negate: 'bool', skip: 'int' };
const ACTION_KEYS: Record<string, Kind> = { name: 'string', params: 'strings' };

/** Required keys per type; an inner array means "at least one of". */
const REQUIRED: Record<RuleType, (string | string[])[]> = {
  existence: [['tokens', 'raw']],
  substitution: ['swap'],
  occurrence: ['token'],
  repetition: ['tokens'],
  consistency: ['either'],
  conditional: ['first', 'second'],
  capitalization: ['match'],
  metric: ['formula', 'condition'],
  spelling: [],
  readability: ['metrics', 'grade'],
  sequence: ['tokens'],
  script: ['script'],
};

/** A short example per required key, used in "add it" hints. */
const EXAMPLES: Record<string, string> = {
  tokens: 'a "tokens:" list of the words or patterns to flag',
  raw: 'a "raw:" list of regular expression pieces',
  swap: 'a "swap:" map of "observed: expected" pairs',
  token: '"token:" with the pattern to count',
  either: 'an "either:" map of "form: other form" pairs',
  first: '"first:" with the pattern that needs a second one',
  second: '"second:" with the pattern that must also appear',
  match: '"match:" with $title, $sentence, $lower, $upper or a pattern',
  formula: '"formula:" with an expression of words, sentences, syllables…',
  condition: '"condition:" with a comparison such as "> 8.0"',
  metrics: 'a "metrics:" list such as Flesch-Kincaid',
  grade: '"grade:" with the highest grade allowed, e.g. 8',
  script: '"script:" with the Tengo source',
};

const ARTICLE: Record<RuleType, string> = Object.fromEntries(
  RULE_TYPES.map((t) => [t, /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`]),
) as Record<RuleType, string>;

// Go's strconv.ParseBool, which Vale's weakly typed decoding uses for text where a boolean is expected.
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The closest candidate within a third of the word's length (at least 2 edits), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function describe(node: unknown): string {
  if (node === null || node === undefined) return 'empty';
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    if (typeof v === 'boolean') return `${String(v)} (a yes/no value)`;
    if (typeof v === 'number') return `the number ${node.source ?? String(v)}`;
    return `the text "${String(v)}"`;
  }
  return 'an unsupported YAML value';
}

/** Text of a scalar as written: numbers and booleans keep their source (`1.0` stays `1.0`). */
function scalarText(node: Scalar): string | undefined {
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  return node.source ?? String(v);
}

/** "did you mean …?" followed by the fix, or the fix alone. */
function withHint(hint: string | undefined, fix: string): string {
  return hint ? `did you mean "${hint}"? ${fix.charAt(0).toUpperCase()}${fix.slice(1)}` : fix;
}

function quoteList(values: readonly string[], conjunction = 'or'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1] ?? ''}`;
}

interface Entry {
  key: string;
  keyNode: Node;
  value: Node | null;
}

class RuleReader {
  readonly errors: RuleLoadError[] = [];
  readonly notices: string[] = [];
  private readonly lines = new LineCounter();
  readonly doc;

  constructor(
    private readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false, prettyErrors: false });
  }

  position(node: Node | null | undefined): { line: number; column: number } {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  private at(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  error(node: Node | null | undefined, key: string | undefined, text: string, offset?: number): void {
    const { line, column } = offset === undefined ? this.position(node) : this.at(offset);
    const error: RuleLoadError = { file: this.file, line, column, message: `${this.file}:${line}:${column}: ${text}` };
    if (key !== undefined) error.key = key;
    this.errors.push(error);
  }

  notice(node: Node | null | undefined, text: string, offset?: number): void {
    const { line, column } = offset === undefined ? this.position(node) : this.at(offset);
    this.notices.push(`${this.file}:${line}:${column}: ${text}`);
  }

  /**
   * YAML syntax errors. One is tolerated: `\'` inside double quotes, which YAML forbids but libyaml (and so Vale)
   * reads as `'`; Vale's own Joblint copy relies on it.
   */
  syntax(text: string): boolean {
    const lenient: number[] = [];
    const lines = new Set<number>();
    for (const e of this.doc.errors) {
      const start = e.pos[0];
      // One broken line often yields several parser errors; the first says enough.
      const line = this.lines.linePos(start).line;
      if (lines.has(line)) continue;
      if (e.code === 'BAD_DQ_ESCAPE' && text.startsWith("\\'", start)) {
        lenient.push(start);
        continue;
      }
      lines.add(line);
      const what = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.message;
      this.error(null, undefined, `the YAML is not valid (${what}): fix the syntax at this point.`, start);
    }
    if (this.errors.length > 0) return false;
    if (lenient.length > 0) {
      visit(this.doc, {
        Scalar: (_, node) => {
          const [from, to] = node.range ?? [0, 0];
          if (
            node.type === 'QUOTE_DOUBLE' &&
            typeof node.value === 'string' &&
            lenient.some((o) => o >= from && o < to)
          )
            node.value = node.value.replaceAll("\\'", "'");
        },
      });
      for (const offset of lenient)
        this.notice(
          null,
          `"\\'" is not a YAML escape; read as "'" as Vale does: write ' without the backslash.`,
          offset,
        );
    }
    return true;
  }

  /** The top-level entries; duplicate keys keep the last value, as Vale's YAML decoder does. */
  entries(map: YAMLMap): Map<string, Entry> {
    const out = new Map<string, Entry>();
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      if (!isScalar(keyNode) || scalarText(keyNode) === undefined) {
        this.error(keyNode, undefined, `a rule key must be a plain word such as "tokens": rename this key.`);
        continue;
      }
      const key = scalarText(keyNode) ?? '';
      if (out.has(key))
        this.notice(keyNode, `"${key}" is set twice; the last value is used, as in Vale: remove the other one.`);
      out.set(key, { key, keyNode, value: (pair.value as Node | null) ?? null });
    }
    return out;
  }

  // --- value readers: each reports its own errors and returns undefined on a bad or missing value ---

  string(key: string, node: Node | null): string | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    if (isScalar(node)) return scalarText(node);
    this.error(
      node,
      key,
      `"${key}" must be a single text value, not ${describe(node)}: write it on the same line, e.g. ${key}: "…".`,
    );
    return undefined;
  }

  strings(key: string, node: Node | null): string[] | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    if (isScalar(node)) {
      const text = scalarText(node) ?? '';
      // Vale decodes weakly: one value where a list is expected becomes a one-item list.
      if (!SCALAR_OK.has(key))
        this.notice(
          node,
          `"${key}" should be a list; its single value is read as a one-item list, as Vale does: write it as "- ${text}" under "${key}:".`,
        );
      return [text];
    }
    if (!isSeq(node)) {
      this.error(
        node,
        key,
        `"${key}" must be a list, not ${describe(node)}: write each item on its own "- item" line under "${key}:".`,
      );
      return undefined;
    }
    const out: string[] = [];
    let ok = true;
    for (const item of node.items as (Node | null)[]) {
      if (isScalar(item) && item.value !== null) out.push(scalarText(item) ?? '');
      else {
        ok = false;
        this.error(
          item ?? node,
          key,
          `each item of "${key}" must be a single text value, not ${describe(item)}: quote it, e.g. - "…", or remove it.`,
        );
      }
    }
    return ok ? out : undefined;
  }

  bool(key: string, node: Node | null): boolean | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    if (isScalar(node)) {
      if (typeof node.value === 'boolean') return node.value;
      const text = scalarText(node) ?? '';
      if (GO_TRUE.has(text) || GO_FALSE.has(text)) {
        this.notice(
          node,
          `"${key}: ${text}" is read as ${String(GO_TRUE.has(text))}, as Vale does: write true or false.`,
        );
        return GO_TRUE.has(text);
      }
    }
    this.error(
      node,
      key,
      `"${key}" must be true or false, not ${describe(node)}: write ${key}: true or ${key}: false.`,
    );
    return undefined;
  }

  number(key: string, node: Node | null, integer: boolean): number | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    if (isScalar(node)) {
      let value: number | undefined;
      if (typeof node.value === 'number') value = node.value;
      else if (typeof node.value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(node.value)) {
        value = Number(node.value);
        this.notice(node, `"${key}" is text that reads as the number ${value}, as in Vale: write it without quotes.`);
      }
      if (value !== undefined && (!integer || Number.isInteger(value))) return value;
    }
    const what = integer ? 'a whole number' : 'a number';
    this.error(
      node,
      key,
      `"${key}" must be ${what}, not ${describe(node)}: write e.g. ${key}: ${integer ? '3' : '0.8'}.`,
    );
    return undefined;
  }

  pairs(key: string, node: Node | null): [string, string][] | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    if (!isMap(node)) {
      this.error(
        node,
        key,
        `"${key}" must be a map of "observed: expected" pairs, not ${describe(node)}: write one "word: replacement" pair per line, indented under "${key}:", without "- ".`,
      );
      return undefined;
    }
    const out: [string, string][] = [];
    const index = new Map<string, number>();
    let ok = true;
    for (const pair of node.items as Pair<unknown, unknown>[]) {
      const k = pair.key as Node | null;
      const v = (pair.value as Node | null) ?? null;
      if (!isScalar(k) || scalarText(k) === undefined) {
        ok = false;
        this.error(k ?? node, key, `each key of "${key}" must be a single text value: quote it, e.g. "…": "…".`);
        continue;
      }
      const from = scalarText(k) ?? '';
      let to = '';
      if (v !== null && !(isScalar(v) && v.value === null)) {
        if (!isScalar(v)) {
          ok = false;
          this.error(
            v,
            key,
            `the value of "${from}" in "${key}" must be a single text value, not ${describe(v)}: separate several choices with "|" in one text, e.g. "a|b".`,
          );
          continue;
        }
        to = scalarText(v) ?? '';
      }
      const seen = index.get(from);
      if (seen !== undefined) {
        this.notice(
          k,
          `"${from}" appears twice in "${key}"; the last value is used, as in Vale: remove the other one.`,
        );
        out[seen] = [from, to];
      } else {
        index.set(from, out.length);
        out.push([from, to]);
      }
    }
    return ok ? out : undefined;
  }

  /** A nested map with a fixed set of keys (`action`, sequence tokens). */
  record(key: string, node: Node | null, keys: Record<string, Kind>, what: string): Map<string, Entry> | undefined {
    if (!isMap(node)) {
      this.error(
        node,
        key,
        `${what} must be a map, not ${describe(node)}: write its keys (${quoteList(Object.keys(keys), 'and')}) indented under it.`,
      );
      return undefined;
    }
    const entries = this.entries(node);
    let ok = true;
    for (const entry of entries.values()) {
      if (entry.key in keys) continue;
      const hint = closest(entry.key, Object.keys(keys));
      ok = false;
      this.error(
        entry.keyNode,
        `${key}.${entry.key}`,
        `unknown key "${entry.key}" in ${what}: ${withHint(hint, hint ? 'remove or rename it.' : `remove it; ${what} takes only ${quoteList(Object.keys(keys), 'and')}.`)}`,
      );
    }
    return ok ? entries : undefined;
  }

  action(node: Node | null): RuleAction | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    const entries = this.record('action', node, ACTION_KEYS, '"action"');
    if (!entries) return undefined;
    const nameEntry = entries.get('name');
    const name = nameEntry ? this.string('action.name', nameEntry.value) : undefined;
    if (name === undefined) {
      if (!nameEntry || nameEntry.value === null || (isScalar(nameEntry.value) && nameEntry.value.value === null))
        this.error(
          node,
          'action.name',
          `"action" needs a "name" (replace, remove, edit, suggest…): add "name: replace" under it.`,
        );
      return undefined;
    }
    const paramsEntry = entries.get('params');
    const params = paramsEntry ? this.strings('action.params', paramsEntry.value) : [];
    return params ? { name, params } : undefined;
  }

  sequenceTokens(node: Node | null): SequenceToken[] | undefined {
    if (node === null || (isScalar(node) && node.value === null)) return undefined;
    if (!isSeq(node)) {
      this.error(
        node,
        'tokens',
        `"tokens" of a sequence rule must be a list of maps, not ${describe(node)}: write each token as "- pattern: …" or "- tag: …".`,
      );
      return undefined;
    }
    const out: SequenceToken[] = [];
    let ok = true;
    for (const item of node.items as (Node | null)[]) {
      const entries = this.record('tokens', item ?? node, SEQUENCE_TOKEN_KEYS, 'a sequence token');
      if (!entries) {
        ok = false;
        continue;
      }
      const token: SequenceToken = { negate: false, skip: 0 };
      const pattern = entries.get('pattern');
      const tag = entries.get('tag');
      const negate = entries.get('negate');
      const skip = entries.get('skip');
      const p = pattern ? this.string('tokens.pattern', pattern.value) : undefined;
      const t = tag ? this.string('tokens.tag', tag.value) : undefined;
      if (p !== undefined) token.pattern = p;
      if (t !== undefined) token.tag = t;
      if (negate) token.negate = this.bool('tokens.negate', negate.value) ?? false;
      if (skip) token.skip = this.number('tokens.skip', skip.value, true) ?? 0;
      out.push(token);
    }
    return ok ? out : undefined;
  }

  picklist<T extends string>(key: string, node: Node | null, allowed: readonly T[], what: string): T[] | undefined {
    const values = this.strings(key, node);
    if (!values) return undefined;
    const items = isSeq(node) ? (node.items as Node[]) : [node];
    let ok = true;
    values.forEach((value, i) => {
      if ((allowed as readonly string[]).includes(value)) return;
      ok = false;
      const hint = closest(value, allowed);
      this.error(items[i] ?? node, key, `"${value}" is not ${what}: ${withHint(hint, `use ${quoteList(allowed)}.`)}`);
    });
    return ok ? (values as T[]) : undefined;
  }
}

/**
 * Parses and validates one Vale rule file (`<StylesPath>/<Style>/<Rule>.yml`) into a typed definition with
 * Vale's defaults filled in. Regular expressions are kept as written: another module compiles them.
 */
export function loadRule(options: LoadRuleOptions): LoadRuleResult {
  const { style, name, file, text } = options;
  const id = `${style}.${name}`;
  const r = new RuleReader(file, text);
  if (!r.syntax(text)) return { ok: false, errors: r.errors };

  const root = r.doc.contents;
  if (!isMap(root)) {
    const found = root === null ? 'an empty file' : describe(root);
    r.error(
      root,
      undefined,
      `a rule file must be a YAML map of "key: value" lines, but this is ${found}: start it with "extends: <check type>" and "message: …".`,
    );
    return { ok: false, errors: r.errors };
  }
  const entries = r.entries(root);

  // `extends` decides which keys are valid, so nothing else can be checked without it.
  const extendsEntry = entries.get('extends');
  const extendsValue = extendsEntry ? r.string('extends', extendsEntry.value) : undefined;
  if (!extendsEntry || extendsValue === undefined) {
    if (
      !extendsEntry ||
      extendsEntry.value === null ||
      (isScalar(extendsEntry.value) && extendsEntry.value.value === null)
    ) {
      const near = [...entries.keys()].find((k) => k !== 'extends' && closest(k, ['extends']) === 'extends');
      r.error(
        extendsEntry?.keyNode ?? (near ? entries.get(near)?.keyNode : null),
        'extends',
        near
          ? `the rule has no "extends" key (found "${near}"): rename "${near}" to "extends".`
          : `the rule has no "extends" key: add a first line "extends: existence" (or another check type: ${RULE_TYPES.join(', ')}).`,
      );
    }
    return { ok: false, errors: r.errors };
  }
  if (!(RULE_TYPES as readonly string[]).includes(extendsValue)) {
    const hint = closest(extendsValue, RULE_TYPES);
    r.error(
      extendsEntry.value,
      'extends',
      `"extends: ${extendsValue}" is not a Vale check type: ${withHint(hint, `use one of ${RULE_TYPES.join(', ')}.`)}`,
    );
    return { ok: false, errors: r.errors };
  }
  const type = extendsValue as RuleType;
  const spec: Record<string, Kind> = { ...COMMON_KEYS, ...TYPE_KEYS[type] };
  const known = Object.keys(spec);

  // Resolve each written key to a known key (case-insensitively, as Vale does for all but the header keys).
  const values = new Map<string, Entry>();
  for (const entry of entries.values()) {
    let key = entry.key;
    if (!(key in spec) && !HEADER_KEYS.has(key.toLowerCase())) {
      const lower = key.toLowerCase();
      if (lower in spec) key = lower;
    }
    if (key in spec) {
      if (values.has(key))
        r.notice(entry.keyNode, `"${entry.key}" repeats "${key}" (keys ignore case in Vale): keep only one of them.`);
      values.set(key, entry);
      continue;
    }
    const hint = closest(entry.key, known);
    const fix = withHint(
      hint,
      hint ? 'remove or rename it.' : `remove it (the keys of this type are ${known.join(', ')}).`,
    );
    if (LENIENT_TYPES.has(type))
      r.notice(entry.keyNode, `unknown key "${entry.key}" in ${ARTICLE[type]} rule is ignored, as Vale does: ${fix}`);
    else r.error(entry.keyNode, entry.key, `unknown key "${entry.key}" in ${ARTICLE[type]} rule: ${fix}`);
  }

  const node = (key: string): Node | null => values.get(key)?.value ?? null;
  const has = (key: string): boolean => {
    const n = values.get(key)?.value;
    return n !== undefined && n !== null && !(isScalar(n) && n.value === null);
  };

  // Read every key once, in spec order, so each bad value is reported.
  const read = new Map<string, unknown>();
  for (const [key, kind] of Object.entries(spec)) {
    if (!values.has(key)) continue;
    const n = node(key);
    let value: unknown;
    switch (kind) {
      case 'string':
        value = r.string(key, n);
        break;
      case 'strings':
        value = r.strings(key, n);
        break;
      case 'bool':
        value = r.bool(key, n);
        break;
      case 'int':
        value = r.number(key, n, true);
        break;
      case 'number':
        value = r.number(key, n, false);
        break;
      case 'pairs':
        value = r.pairs(key, n);
        break;
      case 'action':
        value = r.action(n);
        break;
      case 'sequence-tokens':
        value = r.sequenceTokens(n);
        break;
      case 'level': {
        const level = isScalar(n) && typeof n.value === 'string' ? n.value : undefined;
        if (level !== undefined && (RULE_LEVELS as readonly string[]).includes(level)) value = level;
        else {
          const hint = level === undefined ? undefined : closest(level, RULE_LEVELS);
          r.error(
            n ?? values.get(key)?.keyNode,
            'level',
            `"level" must be suggestion, warning or error, not ${describe(n)}: ${withHint(hint, 'write level: warning (the default) or another of the three.')}`,
          );
        }
        break;
      }
      case 'code':
        if (r.bool(key, n) === true)
          r.error(
            n,
            'code',
            `"code: true" is no longer supported by Vale: remove it, and use "scope: raw" to check code too.`,
          );
        break;
      case 'style': {
        const s = r.string(key, n);
        if (s !== undefined && (CAPITALIZATION_STYLES as readonly string[]).includes(s)) value = s;
        else if (s !== undefined) {
          const hint = closest(s, CAPITALIZATION_STYLES);
          r.error(n, 'style', `"style: ${s}" is not a capitalization style: ${withHint(hint, 'use AP or Chicago.')}`);
        }
        break;
      }
      case 'languages':
        value = r.picklist(key, n, RULE_LANGUAGES, 'a Porte-voix language');
        break;
      case 'channels':
        value = r.picklist(key, n, RULE_CHANNELS, 'a Porte-voix channel');
        break;
    }
    if (value !== undefined) read.set(key, value);
  }

  // Patterns JavaScript cannot run are named with their own line, not found later when the rule is compiled.
  for (const key of PATTERN_KEYS[type]) {
    const n = values.has(key) ? node(key) : null;
    if (n === null) continue;
    const items: Node[] = isSeq(n)
      ? (n.items as Node[])
      : isMap(n)
        ? (n.items as Pair[]).flatMap((pair) =>
            (key === 'either' ? [pair.key, pair.value] : [pair.key]).filter((x): x is Node => isScalar(x)),
          )
        : [n];
    for (const item of items) {
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      if (key === 'match' && item.value.startsWith('$')) continue;
      const translated = translateValeRegex(item.value);
      if (!translated.ok) r.error(item, key, `"${key}" has a pattern JavaScript cannot run: ${translated.error}.`);
    }
  }
  // `raw` items are parts of one pattern, joined: checked together, named at the key.
  const rawNode = type === 'existence' && values.has('raw') ? node('raw') : null;
  if (rawNode !== null && (isSeq(rawNode) || isScalar(rawNode))) {
    const parts = isSeq(rawNode) ? rawNode.items : [rawNode];
    const joined = parts.map((item) => (isScalar(item) ? String(item.value) : '')).join('');
    const translated = translateValeRegex(joined);
    if (!translated.ok)
      r.error(
        values.get('raw')?.keyNode,
        'raw',
        `"raw" joins into a pattern JavaScript cannot run: ${translated.error}.`,
      );
  }

  // Required keys: absent, empty, or an empty list all count as missing.
  const filled = (key: string): boolean => {
    const v = read.get(key);
    if (Array.isArray(v)) return v.length > 0;
    return v !== undefined || (has(key) && r.errors.some((e) => e.key === key));
  };
  const anchor = extendsEntry.keyNode;
  if (!has('message'))
    r.error(
      values.get('message')?.keyNode ?? anchor,
      'message',
      `the rule has no "message": add one, e.g. message: "Avoid '%s'." (%s stands for the matched text).`,
    );
  for (const requirement of REQUIRED[type]) {
    const keys = typeof requirement === 'string' ? [requirement] : requirement;
    if (keys.some(filled)) continue;
    const first = keys[0] ?? '';
    const what = quoteList(
      keys.map((k) => `"${k}"`),
      'or',
    );
    r.error(
      values.get(first)?.keyNode ?? anchor,
      first,
      `${ARTICLE[type]} rule needs ${what}${keys.some(has) ? ' with at least one item' : ''}: add ${EXAMPLES[first] ?? `"${first}:"`}.`,
    );
  }

  if (r.errors.length > 0)
    return { ok: false, errors: r.errors.sort((a, b) => a.line - b.line || a.column - b.column) };

  const str = (key: string, fallback: string): string => (read.get(key) as string | undefined) ?? fallback;
  const list = (key: string): string[] => (read.get(key) as string[] | undefined) ?? [];
  const bool = (key: string, fallback: boolean): boolean => (read.get(key) as boolean | undefined) ?? fallback;
  const num = (key: string, fallback: number): number => (read.get(key) as number | undefined) ?? fallback;
  const pairs = (key: string): [string, string][] => (read.get(key) as [string, string][] | undefined) ?? [];

  const base: RuleBase = {
    id,
    style,
    name,
    file,
    message: str('message', ''),
    level: (read.get('level') as RuleLevel | undefined) ?? 'warning',
    // Vale runs metric rules on the whole document whatever their scope says.
    scope: type === 'metric' ? ['summary'] : read.has('scope') && list('scope').length > 0 ? list('scope') : ['text'],
  };
  const optional = <K extends keyof RuleBase>(key: K, value: RuleBase[K] | undefined): void => {
    if (value !== undefined) base[key] = value;
  };
  optional('link', read.get('link') as string | undefined);
  optional('description', read.get('description') as string | undefined);
  const limit = read.get('limit') as number | undefined;
  if (limit !== undefined && limit > 0) base.limit = limit;
  optional('action', read.get('action') as RuleAction | undefined);
  optional('languages', read.get('languages') as RuleLanguage[] | undefined);
  optional('channels', read.get('channels') as RuleChannel[] | undefined);
  const withOptional = <T extends object>(target: T, keys: string[]): T => {
    for (const key of keys) {
      const value = read.get(key);
      if (value !== undefined) (target as Record<string, unknown>)[key] = value;
    }
    return target;
  };

  let rule: RuleDefinition;
  switch (type) {
    case 'existence':
      rule = {
        ...base,
        extends: type,
        tokens: list('tokens'),
        raw: list('raw'),
        exceptions: list('exceptions'),
        append: bool('append', false),
        ignorecase: bool('ignorecase', false),
        nonword: bool('nonword', false),
        vocab: bool('vocab', true),
      };
      break;
    case 'substitution':
      rule = withOptional<SubstitutionRule>(
        {
          ...base,
          extends: type,
          swap: pairs('swap'),
          exceptions: list('exceptions'),
          ignorecase: bool('ignorecase', false),
          nonword: bool('nonword', false),
          vocab: bool('vocab', true),
          capitalize: bool('capitalize', false),
          append: bool('append', false),
          morphology: bool('morphology', false),
          dictionaries: list('dictionaries'),
        },
        ['pos', 'aff', 'dic', 'dicpath'],
      );
      break;
    case 'occurrence': {
      const occurrence: RuleDefinition = {
        ...base,
        extends: type,
        token: str('token', ''),
        ignorecase: bool('ignorecase', false),
      };
      // Vale treats 0 as "not set" for both bounds.
      if (num('max', 0) > 0) occurrence.max = num('max', 0);
      if (num('min', 0) > 0) occurrence.min = num('min', 0);
      rule = occurrence;
      break;
    }
    case 'repetition':
      rule = {
        ...base,
        extends: type,
        tokens: list('tokens'),
        alpha: bool('alpha', false),
        max: num('max', 0),
        ignorecase: bool('ignorecase', false),
        exceptions: list('exceptions'),
        vocab: bool('vocab', true),
      };
      break;
    case 'consistency':
      rule = {
        ...base,
        extends: type,
        either: pairs('either'),
        ignorecase: bool('ignorecase', false),
        nonword: bool('nonword', false),
        vocab: bool('vocab', true),
      };
      break;
    case 'conditional':
      rule = {
        ...base,
        extends: type,
        first: str('first', ''),
        second: str('second', ''),
        exceptions: list('exceptions'),
        ignorecase: bool('ignorecase', false),
        vocab: bool('vocab', true),
      };
      break;
    case 'capitalization':
      rule = {
        ...base,
        extends: type,
        match: str('match', ''),
        style: (read.get('style') as CapitalizationStyle | undefined) ?? 'AP',
        exceptions: list('exceptions'),
        indicators: list('indicators'),
        threshold: num('threshold', 0.8),
        prefix: str('prefix', ''),
        vocab: bool('vocab', true),
      };
      break;
    case 'metric':
      rule = { ...base, extends: type, formula: str('formula', ''), condition: str('condition', '') };
      break;
    case 'spelling':
      rule = withOptional<SpellingRule>(
        {
          ...base,
          extends: type,
          dictionaries: list('dictionaries'),
          filters: list('filters'),
          ignore: list('ignore'),
          custom: bool('custom', false),
          append: bool('append', false),
          vocab: bool('vocab', true),
          exceptions: list('exceptions'),
        },
        ['aff', 'dic', 'dicpath', 'threshold'],
      );
      break;
    case 'readability':
      rule = { ...base, extends: type, metrics: list('metrics'), grade: num('grade', 0) };
      break;
    case 'sequence':
      rule = {
        ...base,
        extends: type,
        tokens: (read.get('tokens') as SequenceToken[] | undefined) ?? [],
        ignorecase: bool('ignorecase', false),
      };
      break;
    case 'script':
      rule = { ...base, extends: type, script: str('script', '') };
      break;
  }

  const skipped = SKIPPED_RULE_TYPES[type];
  const notices = [...r.notices];
  if (skipped) notices.push(`${id} is ${ARTICLE[type]} rule: Porte-voix skips it (${skipped}).`);
  return { ok: true, rule, notices };
}

/** The keys whose values are regular expressions, by rule type (a swap's keys; both sides of `either`). */
const PATTERN_KEYS: Record<RuleType, readonly string[]> = {
  existence: ['tokens', 'exceptions'],
  substitution: ['swap', 'exceptions'],
  occurrence: ['token'],
  repetition: ['tokens', 'exceptions'],
  consistency: ['either'],
  conditional: ['first', 'second', 'exceptions'],
  capitalization: ['match', 'exceptions'],
  metric: [],
  spelling: ['filters'],
  readability: [],
  sequence: [],
  script: [],
};

// Re-exported so callers can test a key against a type without loading a file.
export function ruleKeys(type: RuleType): string[] {
  return Object.keys({ ...COMMON_KEYS, ...TYPE_KEYS[type] });
}
