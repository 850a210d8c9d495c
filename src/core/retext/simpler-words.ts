import retextSimplify from 'retext-simplify';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { listOr, messageRange, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextSimplify);

/** English complex words and phrases with simpler alternatives (retext-simplify). */
export const simplerWordsCheck: BlockCheck = {
  rule: 'SimplerWords',
  languages: ['en'],
  summary: 'Finds complex words and phrases (“utilize”, “in order to”) and offers simpler ones.',
  run({ tree, text }) {
    const findings: Finding[] = [];
    for (const message of run(tree, text)) {
      const range = messageRange(message);
      if (!range) continue;
      const actual = text.slice(range.start, range.end);
      const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
      findings.push({
        rule: 'SimplerWords',
        source: 'retext-simplify',
        severity: 'suggestion',
        message:
          expected.length > 0
            ? `Use ${listOr(expected)} instead of ${quote(actual)}: simpler words read faster.`
            : `Rephrase without ${quote(actual)}: it adds length, not meaning.`,
        range,
        // Removing words can break the sentence: only true replacements are quick fixes.
        expected,
        url: 'https://github.com/retextjs/retext-simplify#readme',
      });
    }
    return findings;
  },
};
