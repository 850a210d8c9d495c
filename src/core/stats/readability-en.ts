import { syllable } from 'syllable';

export interface EnglishReadability {
  /** Flesch reading ease: 0 (very hard) to 100 (very easy); may fall outside on extreme text. */
  fleschReadingEase: number;
  /** Flesch–Kincaid grade level: the US school grade that can follow the text. */
  fleschKincaidGrade: number;
}

/**
 * Syllables of one English word, as retext-readability counts them (the
 * `syllable` package), at least one per word: "2017" or "API" is read aloud.
 */
export function englishSyllables(word: string): number {
  return Math.max(1, syllable(word));
}

/**
 * Flesch (1948) reading ease and Kincaid et al. (1975) grade level from counts.
 * Undefined without words or sentences: a score of nothing means nothing.
 */
export function englishReadability(counts: {
  words: number;
  sentences: number;
  syllables: number;
}): EnglishReadability | undefined {
  const { words, sentences, syllables } = counts;
  if (words === 0 || sentences === 0) return undefined;
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  return {
    fleschReadingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
    fleschKincaidGrade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
  };
}

/** What a Flesch reading ease score means, in the bands Flesch published. */
export type FleschBand =
  'very-easy' | 'easy' | 'fairly-easy' | 'plain' | 'fairly-difficult' | 'difficult' | 'very-difficult';

export function fleschBand(score: number): FleschBand {
  if (score >= 90) return 'very-easy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly-easy';
  if (score >= 60) return 'plain';
  if (score >= 50) return 'fairly-difficult';
  if (score >= 30) return 'difficult';
  return 'very-difficult';
}
