import type { SubstitutionRule } from '../rule-definition';
import { translateValeRegex } from '../vale-regex';
import {
  blockMatches,
  compile,
  exceptionMatcher,
  formatMessage,
  wordTemplate,
  type CompiledRule,
  type RuleMatch,
} from './compiled-rule';

/** How many capturing groups a pattern has (plain and named), escapes and classes understood. */
function countGroups(pattern: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      const rest = pattern.slice(i + 1, i + 4);
      if (
        !rest.startsWith('?') ||
        rest.startsWith('?P<') ||
        (rest.startsWith('?<') && rest[2] !== '=' && rest[2] !== '!')
      )
        count++;
    }
  }
  return count;
}

/** Vale's `subMsg`: `$1`… in the expected form are the swap key's own capture groups. */
function substitute(expected: string, groups: readonly (string | undefined)[]): string {
  return expected.replace(/\$(\d+)/g, (all, n: string) => groups[Number(n) - 1] ?? all);
}

/** Whether a replacement is a plain phrase (compared as text) rather than a pattern (Vale's `core.IsPhrase`). */
function isPhrase(value: string): boolean {
  return !/[\\[\](){}|*+?^$]/u.test(value);
}

/** Vale's `matchToken`: the observed text already fits the expected one. */
function alreadyExpected(expected: string, observed: string, ignoreCase: boolean): boolean {
  if (isPhrase(expected)) return expected === observed;
  const result = translateValeRegex(`^(?:${expected})$`, { ignoreCase });
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
  // Longest keys first, so alternation is greedy (Vale sorts them too): `MPL 2.0` before `MPL`.
  const swaps = [...definition.swap].sort(
    (a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
  // Vale's own Terms rule gives the accepted term exactly as written; other rules keep a sentence's capital.
  const keepCapital = definition.capitalize || (definition.ignorecase && definition.style !== 'Vale');
  const body = swaps.map(([observed], i) => `(?<s${i}>${observed})`).join('|');
  // The group number of each swap entry: its own, then its key's groups.
  const firstGroup: number[] = [];
  let next = 1;
  for (const [observed] of swaps) {
    firstGroup.push(next);
    next += 1 + countGroups(observed);
  }
  let source = wordTemplate(body, !definition.nonword);
  if (definition.ignorecase) source = `(?i)${source}`;
  const regex = compile(definition, 'swap', source);
  const isException = exceptionMatcher(definition, definition.exceptions, accepted, definition.vocab);
  return {
    definition,
    run(blocks) {
      const out: RuleMatch[] = [];
      for (const { block: index, match: m, start } of blockMatches(regex, blocks)) {
        const groups = m.groups ?? {};
        const i = swaps.findIndex((_, k) => groups[`s${k}`] !== undefined);
        const pair = swaps[i];
        const captured = groups[`s${i}`];
        if (!pair || captured === undefined) continue;
        const at = start + m[0].indexOf(captured);
        const observed = captured.trim();
        const own = firstGroup[i] ?? 0;
        let expected = substitute(pair[1], m.slice(own + 1, own + 1 + countGroups(pair[0])));
        if (alreadyExpected(expected, observed, definition.ignorecase)) continue;
        if (isException?.(observed)) continue;
        // Keep the writer's capital at the start of a sentence (“Are not” → “Aren't”).
        const firstWord = expected.split(/\s/u, 1)[0] ?? '';
        if (
          keepCapital &&
          /^\p{Lu}/u.test(observed) &&
          /^\p{Ll}/u.test(firstWord) &&
          firstWord === firstWord.toLowerCase()
        )
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
      return out;
    },
  };
}
