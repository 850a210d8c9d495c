import retextIntensify from 'retext-intensify';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { messageRange, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextIntensify);

const KIND: Record<string, string> = {
  weasel: 'a weasel word: say exactly how much, or remove it.',
  hedge: 'a hedge: say it with confidence, or remove it.',
  filler: 'a filler word: remove it.',
};

/** English weasel words, hedges and fillers (retext-intensify). */
export const weaselWordsCheck: BlockCheck = {
  rule: 'WeaselWords',
  languages: ['en'],
  summary: 'Finds vague intensifiers, hedges and fillers (“very”, “I think”, “basically”) that weaken a claim.',
  run({ tree, text }) {
    const findings: Finding[] = [];
    for (const message of run(tree, text)) {
      const range = messageRange(message);
      if (!range) continue;
      const kind = KIND[message.ruleId ?? ''] ?? KIND['filler'];
      findings.push({
        rule: 'WeaselWords',
        source: 'retext-intensify',
        severity: 'suggestion',
        message: `${quote(text.slice(range.start, range.end))} is ${kind}`,
        range,
        expected: [],
        url: 'https://github.com/retextjs/retext-intensify#readme',
      });
    }
    return findings;
  },
};
