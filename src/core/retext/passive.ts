import retextPassive from 'retext-passive';
import type { BlockCheck, Wording } from '../engine/check';
import { findingsFrom, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextPassive);
const RULE = { rule: 'Passive', source: 'retext-passive', url: 'https://github.com/retextjs/retext-passive#readme' };

const PASSIVE: Wording<[words: string]> = {
  en: (words) => `${quote(words, 'en')} is in the passive voice: say who does it, in the active voice.`,
  fr: (words) => `${quote(words, 'fr')} est à la voix passive\u00A0: passez à la voix active, en disant qui agit.`,
};

/** English passive voice (retext-passive): “was written” hides who acts. */
export const passiveCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds the passive voice (“was written by”) and asks for the active voice, which names who acts.',
  run: ({ tree, text, ui }) =>
    findingsFrom(run(tree, text), text, RULE, ({ actual }) => ({
      severity: 'suggestion',
      message: PASSIVE[ui](actual),
      expected: [],
    })),
};
