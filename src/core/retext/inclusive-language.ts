import retextEquality from 'retext-equality';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { listOr, messageRange, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextEquality);

/** English gender-favouring, polarising, race-related or other inconsiderate wording (retext-equality). */
export const inclusiveLanguageCheck: BlockCheck = {
  rule: 'InclusiveLanguage',
  languages: ['en'],
  summary: 'Finds wording that may exclude or hurt readers (“chairman”, “crazy”) and offers neutral alternatives.',
  run({ tree, text }) {
    const findings: Finding[] = [];
    for (const message of run(tree, text)) {
      const range = messageRange(message);
      if (!range) continue;
      const actual = text.slice(range.start, range.end);
      const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
      findings.push({
        rule: 'InclusiveLanguage',
        source: 'retext-equality',
        severity: 'warning',
        message:
          expected.length > 0
            ? `${quote(actual)} may exclude or hurt some readers: consider ${listOr(expected)}.`
            : `${quote(actual)} may exclude or hurt some readers: rephrase without it.`,
        range,
        expected,
        url: 'https://github.com/retextjs/retext-equality#readme',
        ...(message.note ? { note: message.note } : {}),
      });
    }
    return findings;
  },
};
