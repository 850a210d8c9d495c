import { cuss as cussEn } from 'cuss';
import { cuss as cussFr } from 'cuss/fr';
import retextProfanitiesEn from 'retext-profanities';
import retextProfanitiesFr from 'retext-profanities/fr';
import type { BlockCheck } from '../engine/check';
import type { Language } from '../language/detect';
import { findingsFrom, quote, retextRunner } from './run-plugin';

/** Only words that are profane in most uses (cuss's sureness 1 and 2): “bigger”, “doom” are not. */
const SURENESS = 1;

const runners: Record<Language, ReturnType<typeof retextRunner>> = {
  en: retextRunner(retextProfanitiesEn, { sureness: SURENESS }),
  fr: retextRunner(retextProfanitiesFr as typeof retextProfanitiesEn, { sureness: SURENESS }),
};

/** As nlcst-search compares words: lower case, without apostrophes and dashes. */
function normalize(word: string): string {
  return word.toLowerCase().replace(/[’'-]/gu, '');
}

/**
 * The first words of the phrases that can be reported. A text without any of
 * them has no finding, so the plugin (slow: it searches its whole list) is not run.
 */
const firstWords: Record<Language, Set<string>> = {
  en: firstWordsOf(cussEn),
  fr: firstWordsOf(cussFr),
};

function firstWordsOf(list: Record<string, number>): Set<string> {
  const words = new Set<string>();
  for (const [phrase, sureness] of Object.entries(list)) {
    if (sureness >= SURENESS) words.add(normalize(phrase.split(' ', 1)[0] ?? ''));
  }
  return words;
}

/** Profane or vulgar words, with retext-profanities' English and French lists. */
export const profanitiesCheck: BlockCheck = {
  rule: 'Profanities',
  languages: ['en', 'fr'],
  summary: 'Finds profane or vulgar words (English and French lists of retext-profanities) so you can remove them.',
  run({ tree, text, language, sentences }) {
    const candidates = firstWords[language];
    const mayMatch = sentences.some((s) => s.words.some((w) => candidates.has(normalize(w.text))));
    if (!mayMatch) return [];
    const rule = {
      rule: 'Profanities',
      source: 'retext-profanities',
      url: 'https://github.com/retextjs/retext-profanities#readme',
    };
    return findingsFrom(runners[language](tree, text), text, rule, ({ actual }) => ({
      severity: 'warning',
      message:
        language === 'fr'
          ? `${quote(actual)} may be read as vulgar: remove it or use a neutral word.`
          : `${quote(actual)} may be read as profane: remove it or use a neutral word.`,
      expected: [],
    }));
  },
};
