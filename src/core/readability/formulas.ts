/**
 * Readability formulas, English and French, as pure functions of counts.
 *
 * Every formula returns `undefined` when there is no word or no sentence: a
 * score of nothing means nothing. Scores are not rounded or clamped (Flesch
 * can fall below 0 or above 100 on extreme text); round them for display.
 *
 * Each score has a band function that says what it means in words, for the
 * status bar and the scorecard.
 */

/** What the formulas count in a text. Build it with `readabilityCounts`. */
export interface ReadabilityCounts {
  words: number;
  sentences: number;
  syllables: number;
  /** Letters and digits of the words (no spaces, no punctuation), for Coleman–Liau and ARI. */
  letters: number;
  /**
   * Gunning's complex words, for the fog index: 3 or more syllables, counted
   * as `isComplexWord` does (no proper nouns, no -es/-ed/-ing that only adds a
   * syllable, no compound of easy words).
   */
  complexWords: number;
  /** Words of 3 or more syllables, all of them, for SMOG. */
  polysyllables: number;
  /** Words of more than 6 letters, for LIX. */
  longWords: number;
}

type Counts<K extends keyof ReadabilityCounts> = Pick<ReadabilityCounts, 'words' | 'sentences' | K>;

// ---------------------------------------------------------------------------
// Counting

const LETTER = /\p{L}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** Letters and digits of a word: "l’équipe" has 7, "React-18" has 7. */
export function countLetters(word: string): number {
  return word.match(LETTER_OR_DIGIT)?.length ?? 0;
}

/** LIX's long word: more than 6 letters (digits and punctuation do not count). */
export function isLongWord(word: string): boolean {
  return (word.match(LETTER)?.length ?? 0) > 6;
}

/**
 * Whether a word is complex in Gunning's sense (The Technique of Clear
 * Writing, 1952): 3 or more syllables, except
 *
 * - proper nouns: a capitalised word, as retext-readability decides it (so a
 *   capitalised first word of a sentence is not complex either);
 * - a compound of easy words: a hyphenated word whose parts all have fewer
 *   than 3 syllables ("well-known", "up-to-date");
 * - words that reach 3 syllables only through the ending -es, -ed or -ing:
 *   the word without it has fewer than 3 ("witnesses", "created"; but
 *   "interesting" stays complex). The French counter does not count a mute
 *   -es, so French words keep their count ("expériences" is complex).
 *
 * retext-readability (and so the `gunning-fog` package as it is used there)
 * applies the first rule only, so it counts a few more complex words than this.
 */
export function isComplexWord(word: string, syllablesOf: (word: string) => number): boolean {
  if (/^\p{Lu}/u.test(word)) return false;
  const parts = word.split(/[-‐‑]/u).filter((p) => p.length > 0);
  if (parts.length > 1) return parts.some((part) => isComplexWord(part, syllablesOf));
  if (syllablesOf(word) < 3) return false;
  const suffix = /(?:es|ed|ing)$/iu.exec(word);
  return !suffix || suffix.index < 3 || syllablesOf(word.slice(0, suffix.index)) >= 3;
}

/**
 * The counts of a text from its words, its sentence count and a syllable
 * counter for its language (`englishSyllables`, `frenchSyllables`).
 */
export function readabilityCounts(
  words: readonly string[],
  sentences: number,
  syllablesOf: (word: string) => number,
): ReadabilityCounts {
  const counts: ReadabilityCounts = {
    words: words.length,
    sentences,
    syllables: 0,
    letters: 0,
    complexWords: 0,
    polysyllables: 0,
    longWords: 0,
  };
  for (const word of words) {
    const syllables = syllablesOf(word);
    counts.syllables += syllables;
    counts.letters += countLetters(word);
    if (syllables >= 3) counts.polysyllables++;
    if (syllables >= 3 && isComplexWord(word, syllablesOf)) counts.complexWords++;
    if (isLongWord(word)) counts.longWords++;
  }
  return counts;
}

function empty(counts: { words: number; sentences: number }): boolean {
  return counts.words === 0 || counts.sentences === 0;
}

// ---------------------------------------------------------------------------
// English

/** Flesch (1948) reading ease: 206.835 − 1.015 × words/sentences − 84.6 × syllables/words. Higher is easier. */
export function fleschReadingEase(c: Counts<'syllables'>): number | undefined {
  if (empty(c)) return undefined;
  return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words);
}

/** Kincaid et al. (1975) grade level: 0.39 × words/sentences + 11.8 × syllables/words − 15.59. */
export function fleschKincaidGrade(c: Counts<'syllables'>): number | undefined {
  if (empty(c)) return undefined;
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

/** Gunning (1952) fog index: 0.4 × (words/sentences + 100 × complexWords/words). A US grade. */
export function gunningFog(c: Counts<'complexWords'>): number | undefined {
  if (empty(c)) return undefined;
  return 0.4 * (c.words / c.sentences + 100 * (c.complexWords / c.words));
}

/**
 * McLaughlin (1969) SMOG grade, normalised to 30 sentences:
 * 1.043 × √(polysyllables × 30 / sentences) + 3.1291. A US grade.
 */
export function smog(c: Counts<'polysyllables'>): number | undefined {
  if (empty(c)) return undefined;
  return 1.043 * Math.sqrt((c.polysyllables * 30) / c.sentences) + 3.1291;
}

/**
 * Coleman & Liau (1975) index: 0.0588 L − 0.296 S − 15.8, where L is letters
 * per 100 words and S sentences per 100 words. A US grade.
 */
export function colemanLiau(c: Counts<'letters'>): number | undefined {
  if (empty(c)) return undefined;
  const l = (c.letters / c.words) * 100;
  const s = (c.sentences / c.words) * 100;
  return 0.0588 * l - 0.296 * s - 15.8;
}

/** Automated readability index (Smith & Senter, 1967): 4.71 × letters/words + 0.5 × words/sentences − 21.43. */
export function automatedReadabilityIndex(c: Counts<'letters'>): number | undefined {
  if (empty(c)) return undefined;
  return 4.71 * (c.letters / c.words) + 0.5 * (c.words / c.sentences) - 21.43;
}

// ---------------------------------------------------------------------------
// French

/**
 * Kandel & Moles (1958), Flesch's reading ease adapted to French:
 * 207 − 1.015 × words/sentences − 73.6 × syllables/words. Higher is easier;
 * read it with Flesch's bands. Count syllables with `frenchSyllables`.
 */
export function kandelMoles(c: Counts<'syllables'>): number | undefined {
  if (empty(c)) return undefined;
  return 207 - 1.015 * (c.words / c.sentences) - 73.6 * (c.syllables / c.words);
}

/**
 * Björnsson (1968) LIX, "läsbarhetsindex", for any language written with
 * Latin letters: words/sentences + 100 × longWords/words. Higher is harder.
 */
export function lix(c: Counts<'longWords'>): number | undefined {
  if (empty(c)) return undefined;
  return c.words / c.sentences + (100 * c.longWords) / c.words;
}

// ---------------------------------------------------------------------------
// Bands

/** What a score means, in words: the same seven steps for every formula. */
export type ReadabilityBand =
  'very easy' | 'easy' | 'fairly easy' | 'standard' | 'fairly difficult' | 'difficult' | 'very difficult';

/**
 * Flesch reading ease bands, as Flesch published them (The Art of Readable
 * Writing, 1949): 90–100 very easy, 80–90 easy, 70–80 fairly easy, 60–70
 * standard, 50–60 fairly difficult, 30–50 difficult, below 30 very difficult
 * (Flesch's "very confusing"). A bound belongs to the easier band.
 */
export function fleschReadingEaseBand(score: number): ReadabilityBand {
  if (score >= 90) return 'very easy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly easy';
  if (score >= 60) return 'standard';
  if (score >= 50) return 'fairly difficult';
  if (score >= 30) return 'difficult';
  return 'very difficult';
}

/** Kandel–Moles is read with Flesch's bands (it was calibrated to give French text Flesch's scale). */
export const kandelMolesBand = fleschReadingEaseBand;

/**
 * Bands of a US grade level, the school grades Flesch gave for his bands:
 * up to grade 5 very easy, 6 easy, 7 fairly easy, 8–9 standard ("plain
 * English"), 10–12 (high school) fairly difficult, 13–15 (college)
 * difficult, 16 and more (college graduate) very difficult. A grade of 9.5
 * is still standard; 10.0 is fairly difficult.
 */
export function gradeBand(grade: number): ReadabilityBand {
  if (grade < 6) return 'very easy';
  if (grade < 7) return 'easy';
  if (grade < 8) return 'fairly easy';
  if (grade < 10) return 'standard';
  if (grade < 13) return 'fairly difficult';
  if (grade < 16) return 'difficult';
  return 'very difficult';
}

/** Flesch–Kincaid, fog, SMOG, Coleman–Liau and ARI all give a US grade: read them with `gradeBand`. */
export const fleschKincaidGradeBand = gradeBand;
export const gunningFogBand = gradeBand;
export const smogBand = gradeBand;
export const colemanLiauBand = gradeBand;
export const automatedReadabilityIndexBand = gradeBand;

/**
 * LIX bands as they are commonly given after Björnsson (1968): below 30 very
 * easy (children's books), 30–40 easy (fiction), 40–50 standard
 * (newspapers), 50–60 difficult (official texts), 60 and more very difficult
 * (specialist and academic texts). A bound belongs to the harder band.
 */
export function lixBand(score: number): Exclude<ReadabilityBand, 'fairly easy' | 'fairly difficult'> {
  if (score < 30) return 'very easy';
  if (score < 40) return 'easy';
  if (score < 50) return 'standard';
  if (score < 60) return 'difficult';
  return 'very difficult';
}
