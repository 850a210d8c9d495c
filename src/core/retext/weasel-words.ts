import retextIntensify from 'retext-intensify';
import type { BlockCheck, Wording } from '../engine/check';
import { findingsFrom, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextIntensify);
const RULE = {
  rule: 'WeaselWords',
  source: 'retext-intensify',
  url: 'https://github.com/retextjs/retext-intensify#readme',
};

const FILLER: Wording<[words: string]> = {
  en: (words) => `${quote(words, 'en')} is a filler word: remove it.`,
  fr: (words) => `${quote(words, 'fr')} est un mot de remplissage\u00A0: supprimez-le.`,
};

/** By retext-intensify's kind of word; an unknown kind is worded as a filler. */
const KIND: Readonly<Record<string, Wording<[words: string]>>> = {
  weasel: {
    en: (words) => `${quote(words, 'en')} is a weasel word: say exactly how much, or remove it.`,
    fr: (words) => `${quote(words, 'fr')} est un mot flou\u00A0: précisez combien, ou supprimez-le.`,
  },
  hedge: {
    en: (words) => `${quote(words, 'en')} is a hedge: say it with confidence, or remove it.`,
    fr: (words) =>
      `${quote(words, 'fr')} est une précaution oratoire\u00A0: affirmez votre propos avec assurance, ou retirez-la.`,
  },
  filler: FILLER,
};

/** English weasel words, hedges and fillers (retext-intensify). */
export const weaselWordsCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds vague intensifiers, hedges and fillers (“very”, “I think”, “basically”) that weaken a claim.',
  run: ({ tree, text, ui }) =>
    findingsFrom(run(tree, text), text, RULE, ({ message, actual }) => ({
      severity: 'suggestion',
      message: (KIND[message.ruleId ?? ''] ?? FILLER)[ui](actual),
      expected: [],
    })),
};
