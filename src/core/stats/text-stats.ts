import { detectLanguage, type Language } from '../language/detect';
import { englishReadability, englishSyllables, type EnglishReadability } from './readability-en';
import { readingTimeMinutes } from './reading-time';
import { countGraphemes, sentences, words } from './segment';

export interface TextStats {
  language: Language;
  words: number;
  /** User-perceived characters, spaces included. */
  characters: number;
  sentences: number;
  readingTimeMinutes: number;
  /** English text only. */
  english?: EnglishReadability;
}

export interface TextStatsOptions {
  /** The document's language, used when the text is too short to tell. */
  fallbackLanguage?: Language;
  /** Skip detection and use this language. */
  language?: Language;
}

/** The figures of the status bar for one text. Pure and deterministic. */
export function computeTextStats(text: string, options: TextStatsOptions = {}): TextStats {
  const language = options.language ?? detectLanguage(text, options.fallbackLanguage ?? 'en');
  const wordList = words(text, language);
  const sentenceCount = sentences(text, language).length;
  const stats: TextStats = {
    language,
    words: wordList.length,
    characters: countGraphemes(text),
    sentences: sentenceCount,
    readingTimeMinutes: readingTimeMinutes(wordList.length),
  };
  if (language === 'en') {
    const syllables = wordList.reduce((sum, w) => sum + englishSyllables(w), 0);
    const english = englishReadability({ words: wordList.length, sentences: sentenceCount, syllables });
    if (english) stats.english = english;
  }
  return stats;
}
