import type { Root } from 'nlcst';
import retextProfanitiesEn from 'retext-profanities';
import retextProfanitiesFr from 'retext-profanities/fr';
import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import type { Language } from '../language/detect';
import { messageRange, quote, retextRunner } from './run-plugin';

const runners: Record<Language, ReturnType<typeof retextRunner>> = {
  // sureness 1: only words that are profane in most uses (“bigger”, “doom” are not).
  en: retextRunner(retextProfanitiesEn, { sureness: 1 }),
  fr: retextRunner(retextProfanitiesFr as typeof retextProfanitiesEn, { sureness: 1 }),
};

/** Profane or vulgar words, with retext-profanities' English and French lists. */
export const profanitiesCheck: BlockCheck = {
  rule: 'Profanities',
  languages: ['en', 'fr'],
  summary: 'Finds profane or vulgar words (English and French lists of retext-profanities) so you can remove them.',
  run({ tree, text, language }) {
    const findings: Finding[] = [];
    for (const message of runners[language](tree as Root, text)) {
      const range = messageRange(message);
      if (!range) continue;
      const actual = text.slice(range.start, range.end);
      findings.push({
        rule: 'Profanities',
        source: 'retext-profanities',
        severity: 'warning',
        message:
          language === 'fr'
            ? `${quote(actual)} may be read as vulgar: remove it or use a neutral word.`
            : `${quote(actual)} may be read as profane: remove it or use a neutral word.`,
        range,
        expected: [],
        url: 'https://github.com/retextjs/retext-profanities#readme',
      });
    }
    return findings;
  },
};
