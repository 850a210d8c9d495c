import retextRepeatedWords from 'retext-repeated-words';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { messageRange, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextRepeatedWords);

/** The same word twice in a row (“the the”), in English and French (retext-repeated-words). */
export const repeatedWordsCheck: BlockCheck = {
  rule: 'RepeatedWords',
  languages: ['en', 'fr'],
  summary: 'Finds a word typed twice in a row (“the the”, “le le”) and offers to keep one.',
  run({ tree, text }) {
    const findings: Finding[] = [];
    for (const message of run(tree, text)) {
      const range = messageRange(message);
      if (!range) continue;
      const actual = text.slice(range.start, range.end);
      const first = actual.split(/\s+/u)[0] ?? actual;
      findings.push({
        rule: 'RepeatedWords',
        source: 'retext-repeated-words',
        severity: 'warning',
        message: `${quote(first)} is repeated: remove one.`,
        range,
        expected: [first],
        url: 'https://github.com/retextjs/retext-repeated-words#readme',
      });
    }
    return findings;
  },
};
