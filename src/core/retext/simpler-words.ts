import retextSimplify from 'retext-simplify';
import type { BlockCheck, Wording } from '../engine/check';
import { findingsFrom, listOr, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextSimplify);
const RULE = {
  rule: 'SimplerWords',
  source: 'retext-simplify',
  url: 'https://github.com/retextjs/retext-simplify#readme',
};

const USE_SIMPLER: Wording<[simpler: readonly string[], actual: string]> = {
  en: (simpler, actual) => `Use ${listOr(simpler, 'en')} instead of ${quote(actual, 'en')}: simpler words read faster.`,
  fr: (simpler, actual) =>
    `Employez ${listOr(simpler, 'fr')} plutôt que ${quote(actual, 'fr')}\u00A0: les mots simples se lisent plus vite.`,
};
const REPHRASE: Wording<[actual: string]> = {
  en: (actual) => `Rephrase without ${quote(actual, 'en')}: it adds length, not meaning.`,
  fr: (actual) => `Reformulez sans ${quote(actual, 'fr')}\u00A0: cela allonge la phrase sans ajouter de sens.`,
};

/** English complex words and phrases with simpler alternatives (retext-simplify). */
export const simplerWordsCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds complex words and phrases (“utilize”, “in order to”) and offers simpler ones.',
  run: ({ tree, text, ui }) =>
    findingsFrom(run(tree, text), text, RULE, ({ message, actual }) => {
      const expected = (message.expected ?? []).filter((e): e is string => typeof e === 'string');
      return {
        severity: 'suggestion',
        message: expected.length > 0 ? USE_SIMPLER[ui](expected, actual) : REPHRASE[ui](actual),
        // Removing words can break the sentence: only true replacements are quick fixes.
        expected,
      };
    }),
};
