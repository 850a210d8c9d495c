import type { SubstitutionRule } from '../rule-definition';
import { translateValeRegex } from '../vale-regex';
import {
  compile,
  exceptionMatcher,
  formatMessage,
  matchesOf,
  wordTemplate,
  type CompiledRule,
  type RuleMatch,
} from './compiled-rule';

/** Capturing groups of a swap key become non-capturing, so group n is the n-th swap entry (as in Vale). */
function uncapture(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === '(' && pattern[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    out += c;
  }
  return out;
}

/** Whether a replacement is a plain phrase (compared as text) rather than a pattern (Vale's `core.IsPhrase`). */
function isPhrase(value: string): boolean {
  return /^[\p{L}\p{N}\s'’-]*$/u.test(value);
}

/** Vale's `matchToken`: the observed text already fits the expected one. */
function alreadyExpected(expected: string, observed: string, ignoreCase: boolean): boolean {
  if (isPhrase(expected)) return expected === observed;
  const result = translateValeRegex(expected, { ignoreCase });
  if (!result.ok) return expected === observed;
  result.regex.lastIndex = 0;
  return result.regex.test(observed);
}

/** `a, b, or c`, as Vale's `ToSentence`. */
function toSentence(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0]} ${conjunction} ${words[1]}`;
  return `${words.slice(0, -1).join(', ')}, ${conjunction} ${words[words.length - 1]}`;
}

/**
 * How Vale writes the expected form in the message: alternatives `a|b` become
 * `'a' or 'b'`; when the message already puts quotes around `%s`, the outer
 * quotes are left to it (`'a' or 'b'` inside `'%s'` reads `'a' or 'b'`).
 */
function quoteExpected(expected: string, message: string): string {
  const quoted = expected.split('|').map((e) => `'${e}'`);
  const sentence = toSentence(quoted, 'or');
  return /['"‘“]%s/u.test(message) ? sentence.slice(1, -1) : sentence;
}

/** Vale's substitution check: an observed form and the expected one, reported unless they already agree. */
export function compileSubstitution(definition: SubstitutionRule, accepted: readonly string[]): CompiledRule {
  const swaps = definition.swap;
  const body = swaps.map(([observed], i) => `(?<s${i}>${uncapture(observed)})`).join('|');
  let source = wordTemplate(body, !definition.nonword);
  if (definition.ignorecase) source = `(?i)${source}`;
  const regex = compile(definition, 'swap', source);
  const isException = exceptionMatcher(definition, definition.exceptions, accepted, definition.vocab);
  return {
    definition,
    run(blocks) {
      const out: RuleMatch[] = [];
      blocks.forEach((block, index) => {
        for (const m of matchesOf(regex, block.text)) {
          const groups = m.groups ?? {};
          const i = swaps.findIndex((_, k) => groups[`s${k}`] !== undefined);
          const pair = swaps[i];
          const captured = groups[`s${i}`];
          if (!pair || captured === undefined) continue;
          const at = m.index + m[0].indexOf(captured);
          const observed = captured.trim();
          let expected = pair[1];
          if (alreadyExpected(expected, observed, definition.ignorecase)) continue;
          if (isException?.(observed)) continue;
          if (definition.capitalize && /^\p{Lu}/u.test(observed))
            expected = expected.charAt(0).toUpperCase() + expected.slice(1);
          let params: string[] | undefined;
          if (definition.action?.name === 'replace' && definition.action.params.length === 0)
            params = expected.split('|');
          expected = quoteExpected(expected, definition.message);
          const match: RuleMatch = {
            block: index,
            start: at,
            end: at + captured.length,
            message: formatMessage(definition.message, expected, observed),
          };
          if (params) match.params = params;
          out.push(match);
        }
      });
      return out;
    },
  };
}
