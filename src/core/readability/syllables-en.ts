import { syllable } from 'syllable';

/**
 * Syllables of one English word, as retext-readability counts them (the
 * `syllable` package), at least one per word: "2017" or "API" is read aloud.
 */
export function englishSyllables(word: string): number {
  return Math.max(1, syllable(word));
}
