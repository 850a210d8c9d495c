import retextIntensify from 'retext-intensify';
import type { BlockCheck } from '../engine/check';
import { findingsFrom, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextIntensify);
const RULE = {
  rule: 'WeaselWords',
  source: 'retext-intensify',
  url: 'https://github.com/retextjs/retext-intensify#readme',
};

const KIND: Record<string, string> = {
  weasel: 'a weasel word: say exactly how much, or remove it.',
  hedge: 'a hedge: say it with confidence, or remove it.',
  filler: 'a filler word: remove it.',
};

/** English weasel words, hedges and fillers (retext-intensify). */
export const weaselWordsCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds vague intensifiers, hedges and fillers (“very”, “I think”, “basically”) that weaken a claim.',
  run: ({ tree, text }) =>
    findingsFrom(run(tree, text), text, RULE, ({ message, actual }) => ({
      severity: 'suggestion',
      message: `${quote(actual)} is ${KIND[message.ruleId ?? ''] ?? KIND['filler']}`,
      expected: [],
    })),
};
