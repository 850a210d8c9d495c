import type { BlockCheck, Wording } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import type { Language } from '../language/detect';
import { hasLetter } from './nlcst-walk';
import { quote } from './run-plugin';

/** The dictionary's language, named in the interface language. */
const ENGLISH_NAME: Record<Language, string> = { en: 'English', fr: 'French' };
const FRENCH_NAME: Record<Language, string> = { en: 'anglais', fr: 'français' };

const UNKNOWN_WORD: Wording<[word: string, language: Language]> = {
  en: (word, language) =>
    `${quote(word, 'en')} is not in the ${ENGLISH_NAME[language]} dictionary: check its spelling, or add it to your vocabulary.`,
  fr: (word, language) =>
    `${quote(word, 'fr')} n’est pas dans le dictionnaire ${FRENCH_NAME[language]}\u00A0: vérifiez son orthographe, ou ajoutez-le à votre vocabulaire.`,
};

/** Whether the user's vocabulary accepts `word`, as typed or in lower case. */
function inVocabulary(word: string, vocabulary: ReadonlySet<string>): boolean {
  return vocabulary.has(word) || vocabulary.has(word.toLowerCase());
}

/**
 * Words the dictionary (dictionary-en / dictionary-fr) and the user's
 * vocabulary do not know. Suggestions are not computed here (one can cost
 * 300 ms): the editor asks for them when the writer opens the finding.
 */
export const spellingCheck: BlockCheck = {
  rule: 'Spelling',
  languages: ['en', 'fr'],
  summary: 'Finds words that are not in the dictionary or your vocabulary; suggestions come on request.',
  run({ text: blockText, sentences, speller, vocabulary, language, ui }) {
    if (!speller) return [];
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        const text = word.text;
        if (!hasLetter(text) || /\d/u.test(text) || inVocabulary(text, vocabulary)) continue;
        // Hashtags and mentions are names, not words (#CloudCosts, @acme).
        const before = blockText.charAt(word.range.start - 1);
        if (before === '#' || before === '@') continue;
        if (speller.correct(text)) continue;
        // A compound the dictionary lists only in parts (French “essayez-le”, “dit-il”) is correct when every part is.
        const parts = text.split(/[-‑]/u).filter((p) => p !== '');
        if (parts.length > 1 && parts.every((p) => !hasLetter(p) || speller.correct(p))) continue;
        findings.push({
          rule: 'Spelling',
          source: 'porte-voix',
          severity: 'error',
          message: UNKNOWN_WORD[ui](text, language),
          range: word.range,
          expected: [],
        });
      }
    }
    return findings;
  },
};
