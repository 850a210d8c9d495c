import type { BlockCheck } from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { hasLetter } from './nlcst-walk';
import { quote } from './run-plugin';

const LANGUAGE_NAME = { en: 'English', fr: 'French' } as const;

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
  run({ sentences, speller, vocabulary, language }) {
    if (!speller) return [];
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      for (const word of sentence.words) {
        const text = word.text;
        if (!hasLetter(text) || /\d/u.test(text) || inVocabulary(text, vocabulary)) continue;
        if (speller.correct(text)) continue;
        findings.push({
          rule: 'Spelling',
          source: 'porte-voix',
          severity: 'error',
          message: `${quote(text)} is not in the ${LANGUAGE_NAME[language]} dictionary: check its spelling, or add it to your vocabulary.`,
          range: word.range,
          expected: [],
        });
      }
    }
    return findings;
  },
};
