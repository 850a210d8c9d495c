import retextRepeatedWords from 'retext-repeated-words';
import type { BlockCheck, Wording } from '../engine/check';
import { findingsFrom, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextRepeatedWords);
const RULE = {
  rule: 'RepeatedWords',
  source: 'retext-repeated-words',
  url: 'https://github.com/retextjs/retext-repeated-words#readme',
};

const REPEATED: Wording<[word: string]> = {
  en: (word) => `${quote(word, 'en')} is repeated: remove one.`,
  fr: (word) => `${quote(word, 'fr')} est écrit deux fois de suite\u00A0: supprimez l’un des deux.`,
};

/** The same word twice in a row (“the the”), in English and French (retext-repeated-words). */
export const repeatedWordsCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en', 'fr'],
  summary: 'Finds a word typed twice in a row (“the the”, “le le”) and offers to keep one.',
  run: ({ tree, text, ui }) =>
    findingsFrom(run(tree, text), text, RULE, ({ actual }) => {
      const first = actual.split(/\s+/u)[0] ?? actual;
      return { severity: 'warning', message: REPEATED[ui](first), expected: [first] };
    }),
};
