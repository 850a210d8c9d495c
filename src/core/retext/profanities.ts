import { cuss as cussEn } from 'cuss';
import { cuss as cussFr } from 'cuss/fr';
import retextProfanitiesEn from 'retext-profanities';
import retextProfanitiesFr from 'retext-profanities/fr';
import type { BlockCheck, Wording } from '../engine/check';
import type { Language } from '../language/detect';
import { findingsFrom, firstWordSet, paragraphsWith, quote, retextRunner } from './run-plugin';

/** Only words that are profane in most uses (cuss's sureness 1 and 2): “bigger”, “doom” are not. */
const SURENESS = 1;

const runners: Record<Language, ReturnType<typeof retextRunner>> = {
  en: retextRunner(retextProfanitiesEn, { sureness: SURENESS }),
  fr: retextRunner(retextProfanitiesFr as typeof retextProfanitiesEn, { sureness: SURENESS }),
};

/**
 * The first words of the phrases that can be reported. Only paragraphs with
 * one of them go to the plugin (slow: it searches its whole list).
 */
const firstWords: Record<Language, Set<string>> = {
  en: firstWordSet(sureEnough(cussEn)),
  fr: firstWordSet(sureEnough(cussFr)),
};

function sureEnough(list: Record<string, number>): string[] {
  return Object.entries(list)
    .filter(([, sureness]) => sureness >= SURENESS)
    .map(([phrase]) => phrase);
}

/** By the language of the text: its list calls English words profane, French ones vulgar. */
const PROFANE: Record<Language, Wording<[word: string]>> = {
  en: {
    en: (word) => `${quote(word, 'en')} may be read as profane: remove it or use a neutral word.`,
    fr: (word) => `${quote(word, 'fr')} peut être jugé grossier\u00A0: retirez-le ou employez un mot neutre.`,
  },
  fr: {
    en: (word) => `${quote(word, 'en')} may be read as vulgar: remove it or use a neutral word.`,
    fr: (word) => `${quote(word, 'fr')} peut être jugé vulgaire\u00A0: retirez-le ou employez un mot neutre.`,
  },
};

/** Profane or vulgar words, with retext-profanities' English and French lists. */
export const profanitiesCheck: BlockCheck = {
  rule: 'Profanities',
  languages: ['en', 'fr'],
  summary: 'Finds profane or vulgar words (English and French lists of retext-profanities) so you can remove them.',
  run({ tree, text, language, ui }) {
    const candidates = paragraphsWith(tree, firstWords[language]);
    if (!candidates) return [];
    const rule = {
      rule: 'Profanities',
      source: 'retext-profanities',
      url: 'https://github.com/retextjs/retext-profanities#readme',
    };
    return findingsFrom(runners[language](candidates, text), text, rule, ({ actual }) => ({
      severity: 'warning',
      message: PROFANE[language][ui](actual),
      expected: [],
    }));
  },
};
