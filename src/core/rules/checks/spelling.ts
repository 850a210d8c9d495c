import type { Speller } from '../../spelling/speller';
import type { SpellingRule } from '../rule-definition';
import { translateValeRegex } from '../vale-regex';
import { compile, exceptionMatcher, formatMessage, type CompiledRule, type RuleMatch } from './compiled-rule';

/** Candidate words: runs of letters, digits and the punctuation that can sit inside a token. */
const TOKEN = /[\p{L}\p{M}\p{N}_'’.@-]+/gu;

/**
 * Vale's default spelling filters: tokens that are not words to spell
 * (file names, numbers, acronyms, camelCase, tokens with punctuation).
 */
const DEFAULT_FILTERS = [
  // Only words in Latin script are checked against an English dictionary.
  /[^\p{Script=Latin}\p{M}'’]/u,
  /[\p{N}]/u,
  /^[\p{Lu}]+s?$/u,
  /^\p{Lu}\p{Ll}+\p{Lu}/u,
  /^\p{Ll}+\p{Lu}/u,
  /[^\p{L}\p{M}'’]/u,
];

/** Vale's spelling check: words the rule's dictionary does not know. */
export function compileSpelling(
  definition: SpellingRule,
  accepted: readonly string[],
  speller: Speller | undefined,
  ignoredWords: readonly string[] = [],
): CompiledRule {
  const filters = definition.filters.map((f, i) => compile(definition, `filters[${i}]`, f));
  const isException = exceptionMatcher(definition, definition.exceptions, [], false);
  // Vocabulary terms (patterns) and the rule's ignore files: accepted whatever their case.
  const ignored = new Set(ignoredWords.map((w) => w.toLowerCase()));
  const acceptedPatterns = (definition.vocab ? accepted : []).flatMap((term) => {
    const caseless = term.replace(/^\(\?i\)/u, '');
    const result = translateValeRegex(`^(?:${caseless})$`, { ignoreCase: true });
    return result.ok ? [result.regex] : [];
  });
  const isAccepted = (word: string): boolean =>
    ignored.has(word.toLowerCase()) ||
    acceptedPatterns.some((regex) => {
      regex.lastIndex = 0;
      return regex.test(word);
    });
  const skip = (word: string): boolean => {
    if (!definition.custom && DEFAULT_FILTERS.some((f) => f.test(word))) return true;
    if (!/\p{L}/u.test(word) || isAccepted(word)) return true;
    for (const f of filters) {
      f.lastIndex = 0;
      if (f.test(word)) return true;
    }
    return isException?.(word) ?? false;
  };
  return {
    definition,
    run(blocks) {
      if (!speller) return [];
      const out: RuleMatch[] = [];
      blocks.forEach((block, index) => {
        for (const m of block.text.matchAll(TOKEN)) {
          let word = m[0].replace(/^['’.@_-]+|['’.@_-]+$/gu, '');
          if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
          if (!word || skip(word) || speller.correct(word)) continue;
          const start = (m.index ?? 0) + m[0].indexOf(word);
          out.push({ block: index, start, end: start + word.length, message: formatMessage(definition.message, word) });
        }
      });
      return out;
    },
  };
}
