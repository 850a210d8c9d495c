import retextSimplify from 'retext-simplify';
import type { BlockCheck } from '../engine/check';
import { findingsFrom, listOr, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextSimplify);
const RULE = {
  rule: 'SimplerWords',
  source: 'retext-simplify',
  url: 'https://github.com/retextjs/retext-simplify#readme',
};

/** English complex words and phrases with simpler alternatives (retext-simplify). */
export const simplerWordsCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds complex words and phrases (“utilize”, “in order to”) and offers simpler ones.',
  run: ({ tree, text }) =>
    findingsFrom(run(tree, text), text, RULE, ({ message, actual }) => {
      const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
      return {
        severity: 'suggestion',
        message:
          expected.length > 0
            ? `Use ${listOr(expected)} instead of ${quote(actual)}: simpler words read faster.`
            : `Rephrase without ${quote(actual)}: it adds length, not meaning.`,
        // Removing words can break the sentence: only true replacements are quick fixes.
        expected,
      };
    }),
};
