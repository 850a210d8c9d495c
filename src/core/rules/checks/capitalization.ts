import type { CapitalizationRule } from '../rule-definition';
import { compile, formatMessage, type CompiledRule, type RuleMatch } from './compiled-rule';

/** Words AP and Chicago keep in lower case inside a title. */
const SMALL_WORDS = {
  AP: new Set('a an and at but by for in nor of on or so the to up yet'.split(' ')),
  Chicago: new Set(
    'a an and as at but by for from in into nor of on onto or over so the to up via with yet'.split(' '),
  ),
};

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

/** A leading list marker (`1.`, `a.`, `2)`) is not a word of the heading. */
const LIST_MARKER = /^(?:\d+|\p{Ll})[.)]$/u;

/**
 * Sentence case as Vale checks it: the first word capitalised (a lower-case
 * first word fails at once), every other word in lower case unless it follows
 * an indicator (`:`) or is an exception; the share of good words must reach
 * the threshold. Words are split on spaces, so `****` (masked code) is a word.
 */
function isSentenceCase(
  text: string,
  exceptions: readonly string[],
  indicators: readonly string[],
  threshold: number,
): boolean {
  let body = text;
  for (const phrase of exceptions.filter((e) => e.includes(' '))) body = body.split(phrase).join('\uE000');
  const words = body.split(/\s+/u).filter(Boolean);
  if (words.length > 0 && LIST_MARKER.test(words[0] ?? '')) words.shift();
  if (words.length === 0) return true;
  let good = 0;
  words.forEach((word, i) => {
    const bare = word.replace(/^[^\p{L}\p{N}\uE000]+|[^\p{L}\p{N}\uE000]+$/gu, '');
    const previous = words[i - 1] ?? '';
    const capitalised = /^\p{Lu}/u.test(bare);
    let ok: boolean;
    if (bare === '' || bare.includes('\uE000') || exceptions.includes(bare) || !/\p{L}/u.test(bare)) ok = true;
    else if (i === 0) ok = capitalised;
    else if (indicators.some((indicator) => previous.endsWith(indicator))) ok = capitalised;
    else ok = bare === bare.toLowerCase() || bare === 'I';
    if (i === 0 && !ok) good = -Infinity;
    if (ok) good += 1;
  });
  return good / words.length >= threshold;
}

function titleCaseScore(text: string, style: 'AP' | 'Chicago', exceptions: readonly string[]): number {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  if (words.length === 0) return 1;
  let ok = 0;
  words.forEach((word, i) => {
    const edge = i === 0 || i === words.length - 1;
    const small = SMALL_WORDS[style].has(word.toLowerCase());
    const fine =
      exceptions.includes(word) ||
      isAcronym(word) ||
      (small && !edge ? word === word.toLowerCase() : /^[\p{Lu}\p{N}]/u.test(word));
    if (fine) ok += 1;
  });
  return ok / words.length;
}

const EXPECTED_NAME: Record<string, string> = {
  $title: 'title',
  $sentence: 'sentence',
  $lower: 'lower',
  $upper: 'upper',
};

/** Vale's capitalization check: each block of the scope (usually headings) in title, sentence, lower or upper case. */
export function compileCapitalization(definition: CapitalizationRule): CompiledRule {
  const exceptions = definition.exceptions;
  const regex = definition.match.startsWith('$') ? undefined : compile(definition, 'match', definition.match);
  const conforms = (text: string): boolean => {
    const body = definition.prefix && text.startsWith(definition.prefix) ? text.slice(definition.prefix.length) : text;
    switch (definition.match) {
      case '$title':
        return titleCaseScore(body, definition.style, exceptions) >= definition.threshold;
      case '$sentence':
        return isSentenceCase(
          body,
          exceptions,
          definition.indicators.length > 0 ? definition.indicators : [':'],
          definition.threshold,
        );
      case '$lower':
        return body === body.toLowerCase();
      case '$upper':
        return body === body.toUpperCase();
      default:
        if (!regex) return true;
        regex.lastIndex = 0;
        return regex.test(body);
    }
  };
  return {
    definition,
    run(blocks) {
      const out: RuleMatch[] = [];
      blocks.forEach((block, index) => {
        const text = block.text.trim();
        if (!text || conforms(text)) return;
        const start = block.text.indexOf(text);
        out.push({
          block: index,
          start,
          end: start + text.length,
          message: formatMessage(definition.message, text, EXPECTED_NAME[definition.match] ?? definition.match),
        });
      });
      return out;
    },
  };
}
