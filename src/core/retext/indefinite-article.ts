import retextIndefiniteArticle from 'retext-indefinite-article';
import type { BlockCheck, Wording } from '../engine/check';
import { findingsFrom, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextIndefiniteArticle);
const RULE = {
  rule: 'IndefiniteArticle',
  source: 'retext-indefinite-article',
  url: 'https://github.com/retextjs/retext-indefinite-article#readme',
};

const USE_BEFORE: Wording<[replacement: string, next: string, actual: string]> = {
  en: (replacement, next, actual) =>
    `Use ${quote(replacement, 'en')} before ${quote(next, 'en')}, not ${quote(actual, 'en')}.`,
  fr: (replacement, next, actual) =>
    `Écrivez ${quote(replacement, 'fr')} devant ${quote(next, 'fr')}, et non ${quote(actual, 'fr')}.`,
};
const USE_HERE: Wording<[replacement: string, actual: string]> = {
  en: (replacement, actual) => `Use ${quote(replacement, 'en')} here, not ${quote(actual, 'en')}.`,
  fr: (replacement, actual) => `Écrivez ${quote(replacement, 'fr')} ici, et non ${quote(actual, 'fr')}.`,
};

/** English “a” versus “an” by sound (retext-indefinite-article): “an hour”, “a user”. */
export const indefiniteArticleCheck: BlockCheck = {
  rule: RULE.rule,
  languages: ['en'],
  summary: 'Finds “a” where “an” is needed and the reverse, by the sound of the next word (“an hour”, “a user”).',
  run: ({ tree, text, ui }) =>
    findingsFrom(run(tree, text), text, RULE, ({ message, actual }) => {
      const wanted = (message.expected ?? []).find((e): e is string => typeof e === 'string');
      if (!wanted) return undefined;
      // Keep the writer's capital: “A” becomes “An”.
      const replacement = actual[0] === actual[0]?.toUpperCase() ? wanted[0]?.toUpperCase() + wanted.slice(1) : wanted;
      const next = /before `([^`]*)`/u.exec(message.reason)?.[1];
      return {
        severity: 'error',
        message: next ? USE_BEFORE[ui](replacement, next, actual) : USE_HERE[ui](replacement, actual),
        expected: [replacement],
      };
    }),
};
