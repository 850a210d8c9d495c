import type { Speller } from '../../spelling/speller';
import type { RuleDefinition } from '../rule-definition';
import { translateValeRegex } from '../vale-regex';
import type { SummaryCounts, ValeBlock } from '../vale-text';

/** A finding of a rule inside one block's text (UTF-16 offsets). */
export interface RuleMatch {
  /** Index of the block in the list the rule was given. */
  block: number;
  start: number;
  end: number;
  message: string;
  description?: string;
  /** The replacements Vale would offer (its `action` params), if any. */
  params?: string[];
}

/** What a rule may read besides the text: the file's summary, the vocabularies, the spellers. */
export interface RunContext {
  summary: SummaryCounts;
  /** The accepted terms of the active vocabularies (Vale's `AcceptedTokens`), as patterns. */
  accepted: readonly string[];
}

/** What rules need from their host when they are compiled. */
export interface CompileContext {
  accepted: readonly string[];
  /** The speller of a spelling rule: its own dictionaries, or the default English one. Undefined: spelling is off. */
  spellerFor(definition: RuleDefinition): Speller | undefined;
  /** The words of a spelling rule's `ignore` files. */
  ignoredWordsFor?(definition: RuleDefinition): readonly string[];
}

/** A rule ready to run: one file per rule type builds it from its definition. */
export interface CompiledRule {
  definition: RuleDefinition;
  /** Checks the blocks of the rule's scope, in document order (state may carry across blocks, as in Vale). */
  run(blocks: readonly ValeBlock[], context: RunContext): RuleMatch[];
}

export type CompileResult = { ok: true; rule: CompiledRule } | { ok: false; error: string };

/** Raised while compiling: the rule fails to load, the others keep working. */
export class RuleCompileError extends Error {}

/** Vale's `(?m)\b(?:%s)\b`, or without the boundaries for `nonword` rules. */
export function wordTemplate(body: string, word: boolean): string {
  return word ? `(?m)\\b(?:${body})\\b` : `(?m)(?:${body})`;
}

/** Compiles a Vale pattern, or throws a RuleCompileError naming the rule's key. */
export function compile(definition: RuleDefinition, key: string, source: string, ignoreCase = false): RegExp {
  const result = translateValeRegex(source, { ignoreCase });
  if (!result.ok) throw new RuleCompileError(`${definition.file}: ${key}: ${result.error}`);
  return result.regex;
}

/** Vale's exception matcher (`updateExceptions`): the longest first, as whole words, searched in the match. */
export function exceptionMatcher(
  definition: RuleDefinition,
  exceptions: readonly string[],
  accepted: readonly string[],
  vocab: boolean,
): ((observed: string) => boolean) | undefined {
  const all = [...exceptions, ...(vocab ? accepted : [])].sort((a, b) => b.length - a.length);
  if (all.length === 0) return undefined;
  const regex = compile(definition, 'exceptions', wordTemplate(all.join('|'), true));
  return (observed) => {
    regex.lastIndex = 0;
    return regex.test(observed);
  };
}

/** Go's `fmt.Sprintf` with `%s` verbs, as Vale formats messages; missing values print as Go does. */
export function formatMessage(message: string, ...values: string[]): string {
  let i = 0;
  return message.replace(/%%|%s/g, (verb) => {
    if (verb === '%%') return '%';
    const value = values[i++];
    return value === undefined ? '%!s(MISSING)' : value;
  });
}

/** All matches of a global regex in `text`, skipping empty ones. */
export function* matchesOf(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) !== null) {
    if (m[0] === '') {
      regex.lastIndex += 1;
      continue;
    }
    yield m;
  }
}

/** Go's strings.TrimSpace on a match, keeping track of where the trimmed text starts. */
export function trimmed(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}
