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

/** The share of words in sentence case: the first capitalised, the others lower case (acronyms and exceptions aside). */
function sentenceCaseScore(text: string, exceptions: readonly string[], indicators: readonly string[]): number {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  if (words.length === 0) return 1;
  let ok = 0;
  let first = true;
  for (const word of words) {
    const fine =
      exceptions.includes(word) ||
      isAcronym(word) ||
      word === 'I' ||
      (first ? /^[\p{Lu}\p{N}]/u.test(word) : word === word.toLowerCase());
    if (fine) ok += 1;
    first = indicators.some((i) => word.endsWith(i));
  }
  return ok / words.length;
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
        return sentenceCaseScore(body, exceptions, definition.indicators) >= definition.threshold;
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
