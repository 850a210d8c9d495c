import retextEquality from 'retext-equality';
import type { BlockCheck } from '../engine/check';
import { findingsFrom, listOr, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextEquality);
const RULE = {
  rule: 'InclusiveLanguage',
  source: 'retext-equality',
  url: 'https://github.com/retextjs/retext-equality#readme',
};

/** English gender-favouring, polarising, race-related or other inconsiderate wording (retext-equality). */
export const inclusiveLanguageCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds wording that may exclude or hurt readers (“chairman”, “crazy”) and offers neutral alternatives.',
  run: ({ tree, text }) =>
    findingsFrom(run(tree, text), text, RULE, ({ message, actual }) => {
      const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
      return {
        severity: 'warning',
        message:
          expected.length > 0
            ? `${quote(actual)} may exclude or hurt some readers: consider ${listOr(expected)}.`
            : `${quote(actual)} may exclude or hurt some readers: rephrase without it.`,
        expected,
        note: message.note ?? undefined,
      };
    }),
};
