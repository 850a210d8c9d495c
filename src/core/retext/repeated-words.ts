import retextRepeatedWords from 'retext-repeated-words';
import type { BlockCheck } from '../engine/check';
import { findingsFrom, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextRepeatedWords);
const RULE = {
  rule: 'RepeatedWords',
  source: 'retext-repeated-words',
  url: 'https://github.com/retextjs/retext-repeated-words#readme',
};

/** The same word twice in a row (“the the”), in English and French (retext-repeated-words). */
export const repeatedWordsCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en', 'fr'],
  summary: 'Finds a word typed twice in a row (“the the”, “le le”) and offers to keep one.',
  run: ({ tree, text }) =>
    findingsFrom(run(tree, text), text, RULE, ({ actual }) => {
      const first = actual.split(/\s+/u)[0] ?? actual;
      return { severity: 'warning', message: `${quote(first)} is repeated: remove one.`, expected: [first] };
    }),
};
