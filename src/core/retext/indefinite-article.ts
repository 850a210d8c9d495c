import retextIndefiniteArticle from 'retext-indefinite-article';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { messageRange, quote, retextRunner } from './run-plugin';

const run = retextRunner(retextIndefiniteArticle);

/** English “a” versus “an” by sound (retext-indefinite-article): “an hour”, “a user”. */
export const indefiniteArticleCheck: BlockCheck = {
  rule: 'IndefiniteArticle',
  languages: ['en'],
  summary: 'Finds “a” where “an” is needed and the reverse, by the sound of the next word (“an hour”, “a user”).',
  run({ tree, text }) {
    const findings: Finding[] = [];
    for (const message of run(tree, text)) {
      const range = messageRange(message);
      if (!range) continue;
      const actual = text.slice(range.start, range.end);
      const wanted = (message.expected ?? []).find((e): e is string => typeof e === 'string');
      if (!wanted) continue;
      // Keep the writer's capital: “A” becomes “An”.
      const replacement = actual[0] === actual[0]?.toUpperCase() ? wanted[0]?.toUpperCase() + wanted.slice(1) : wanted;
      const next = /before `([^`]*)`/u.exec(message.reason)?.[1];
      findings.push({
        rule: 'IndefiniteArticle',
        source: 'retext-indefinite-article',
        severity: 'error',
        message: next
          ? `Use ${quote(replacement)} before ${quote(next)}, not ${quote(actual)}.`
          : `Use ${quote(replacement)} here, not ${quote(actual)}.`,
        range,
        expected: [replacement],
        url: 'https://github.com/retextjs/retext-indefinite-article#readme',
      });
    }
    return findings;
  },
};
