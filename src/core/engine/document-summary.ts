import type { Language } from '../language/detect';
import { readingTimeMinutes } from '../stats/reading-time';
import { SUMMABLE_KEYS, type BlockFacts, type SummableCounts } from './block-facts';
import { readabilityScores, type ReadabilityScores } from './readability-scores';

/** Counts summed over the blocks of one language, or of the whole document. */
export interface Counts extends SummableCounts {
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
  const counts = { longestSentence: 0 } as Counts;
  for (const key of SUMMABLE_KEYS) counts[key] = 0;
  return counts;
}

function add(counts: Counts, facts: BlockFacts): void {
  for (const key of SUMMABLE_KEYS) counts[key] += facts[key];
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
