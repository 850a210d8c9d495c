import type { Language } from '../language/detect';
import { readingTimeMinutes } from '../stats/reading-time';
import type { BlockFacts } from './block-facts';
import { readabilityScores, type ReadabilityScores } from './readability-scores';

/** Counts summed over the blocks of one language, or of the whole document. */
export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
  letters: number;
  complexWords: number;
  polysyllables: number;
  longWords: number;
  characters: number;
  passiveSentences: number;
  hardSentences: number;
  veryHardSentences: number;
  adverbs: number;
  longestSentence: number;
}

/** The document's figures, from the cached facts of its blocks. */
export interface DocumentSummary {
  language: Language;
  counts: Counts;
  readingTimeMinutes: number;
  /** Words in each sentence, in reading order (for the sentence-length chart). */
  sentenceLengths: number[];
  /** Readability of the text in each language the document uses. */
  readability: Partial<Record<Language, ReadabilityScores>>;
}

function emptyCounts(): Counts {
  return {
    words: 0,
    sentences: 0,
    syllables: 0,
    letters: 0,
    complexWords: 0,
    polysyllables: 0,
    longWords: 0,
    characters: 0,
    passiveSentences: 0,
    hardSentences: 0,
    veryHardSentences: 0,
    adverbs: 0,
    longestSentence: 0,
  };
}

function add(counts: Counts, facts: BlockFacts): void {
  counts.words += facts.words;
  counts.sentences += facts.sentences;
  counts.syllables += facts.syllables;
  counts.letters += facts.letters;
  counts.complexWords += facts.complexWords;
  counts.polysyllables += facts.polysyllables;
  counts.longWords += facts.longWords;
  counts.characters += facts.characters;
  counts.passiveSentences += facts.passiveSentences;
  counts.hardSentences += facts.hardSentences;
  counts.veryHardSentences += facts.veryHardSentences;
  counts.adverbs += facts.adverbs;
  for (const length of facts.sentenceLengths) counts.longestSentence = Math.max(counts.longestSentence, length);
}

export function summarizeDocument(blocks: readonly BlockFacts[], language: Language): DocumentSummary {
  const counts = emptyCounts();
  const perLanguage: Partial<Record<Language, Counts>> = {};
  const sentenceLengths: number[] = [];
  for (const facts of blocks) {
    add(counts, facts);
    add((perLanguage[facts.language] ??= emptyCounts()), facts);
    sentenceLengths.push(...facts.sentenceLengths);
  }
  const readability: Partial<Record<Language, ReadabilityScores>> = {};
  for (const [lang, c] of Object.entries(perLanguage) as [Language, Counts][]) {
    const scores = readabilityScores(lang, c);
    if (scores) readability[lang] = scores;
  }
  return { language, counts, readingTimeMinutes: readingTimeMinutes(counts.words), sentenceLengths, readability };
}
