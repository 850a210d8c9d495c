import retextReadability from 'retext-readability';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { messageRange, retextRunner } from './run-plugin';

/** Hard for a reader of 16 by most of seven formulas; very hard for a reader of 21. */
const hard = retextRunner(retextReadability, { age: 16, threshold: 4 / 7, minWords: 5 });
const veryHard = retextRunner(retextReadability, { age: 21, threshold: 5 / 7, minWords: 5 });

/**
 * English sentences that are hard to read (retext-readability: seven formulas
 * agree the sentence needs more than 16 years of reading age), and very hard.
 */
export const sentenceReadabilityEnCheck: BlockCheck = {
  rule: 'HardSentence',
  languages: ['en'],
  summary: 'Finds English sentences that most readability formulas rate hard (or very hard) to read.',
  run({ tree, text }) {
    const veryHardStarts = new Set<number>();
    const findings: Finding[] = [];
    for (const message of veryHard(tree, text)) {
      const range = messageRange(message);
      if (!range) continue;
      veryHardStarts.add(range.start);
      findings.push({
        rule: 'HardSentence',
        source: 'retext-readability',
        severity: 'warning',
        message: 'This sentence is very hard to read: split it, and prefer short, common words.',
        range,
        expected: [],
        url: 'https://github.com/retextjs/retext-readability#readme',
      });
    }
    for (const message of hard(tree, text)) {
      const range = messageRange(message);
      if (!range || veryHardStarts.has(range.start)) continue;
      findings.push({
        rule: 'HardSentence',
        source: 'retext-readability',
        severity: 'suggestion',
        message: 'This sentence is hard to read: shorten it or use simpler words.',
        range,
        expected: [],
        url: 'https://github.com/retextjs/retext-readability#readme',
      });
    }
    return findings;
  },
};
