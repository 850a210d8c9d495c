import type { Speller } from '../../spelling/speller';
import type { RuleDefinition } from '../rule-definition';
import { asciiWordVariant, hasUnicodeWordChars, translateValeRegex } from '../vale-regex';
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
    // Runs of white space (a line break too) read as one space in the message, as in Vale.
    return value === undefined ? '%!s(MISSING)' : value.replace(/\s+/g, ' ');
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

/** Blocks are joined with a blank line: a line break for `^`, `$` and `\b`, so no match spans two blocks. */
const SEPARATOR = '\n\n';
const joinedBlocks = new WeakMap<
  readonly ValeBlock[],
  { text: string; starts: number[]; unicodeWords: readonly number[] }
>();

/**
 * The matches of `regex` in each block, found in one pass over the blocks
 * joined together (one regex run per rule, not one per block). A match that
 * touches a block's edge (where `\s`, `^` and lookarounds would see the
 * separator) makes the blocks it touches be scanned again on their own, so the result is exactly
 * that of a scan block by block. The joined scan uses the pattern's ASCII
 * form (`asciiWordVariant`, much faster); blocks with word characters outside
 * ASCII are scanned again on their own with the exact pattern. Yields, in
 * block order, the block's index, the match and its start within the block.
 */
export function* blockMatches(
  regex: RegExp,
  blocks: readonly ValeBlock[],
): Generator<{ block: number; match: RegExpExecArray; start: number }> {
  let joined = joinedBlocks.get(blocks);
  if (!joined) {
    const starts: number[] = [];
    const unicodeWords: number[] = [];
    let text = '';
    for (const [i, block] of blocks.entries()) {
      if (starts.length > 0) text += SEPARATOR;
      starts.push(text.length);
      text += block.text;
      if (hasUnicodeWordChars(block.text)) unicodeWords.push(i);
    }
    joined = { text, starts, unicodeWords };
    joinedBlocks.set(blocks, joined);
  }
  const { text, starts, unicodeWords } = joined;
  const found: { block: number; match: RegExpExecArray; start: number }[][] = blocks.map(() => []);
  const fast = asciiWordVariant(regex);
  const suspect = new Set<number>(fast ? unicodeWords : []);
  let index = 0;
  for (const match of matchesOf(fast ?? regex, text)) {
    while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= match.index) index++;
    const start = match.index - (starts[index] ?? 0);
    const length = blocks[index]?.text.length ?? 0;
    const end = start + match[0].length;
    if (end < length && start > 0) {
      found[index]?.push({ block: index, match, start });
      continue;
    }
    // At a block's edge, lookarounds and `\s` see the separator: this block (and the next) are scanned alone.
    const last = match.index + match[0].length;
    for (let b = index; b < starts.length && (b === index || (starts[b] ?? Infinity) <= last); b++) suspect.add(b);
  }
  for (let b = 0; b < blocks.length; b++) {
    if (!suspect.has(b)) {
      yield* found[b] ?? [];
      continue;
    }
    for (const match of matchesOf(regex, blocks[b]?.text ?? '')) yield { block: b, match, start: match.index };
  }
}
