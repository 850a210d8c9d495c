import retextPassive from 'retext-passive';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { messageRange, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextPassive);

/** English passive voice (retext-passive): “was written” hides who acts. */
export const passiveCheck: BlockCheck = {
  rule: 'Passive',
  languages: ['en'],
  summary: 'Finds the passive voice (“was written by”) and asks for the active voice, which names who acts.',
  run({ tree, text }) {
    const findings: Finding[] = [];
    for (const message of run(tree, text)) {
      const range = messageRange(message);
      if (!range) continue;
      findings.push({
        rule: 'Passive',
        source: 'retext-passive',
        severity: 'suggestion',
        message: `${quote(text.slice(range.start, range.end))} is in the passive voice: say who does it, in the active voice.`,
        range,
        expected: [],
        url: 'https://github.com/retextjs/retext-passive#readme',
      });
    }
    return findings;
  },
};
