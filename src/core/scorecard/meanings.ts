/**
 * What each readability score means, in words, in English and French.
 *
 * Flesch reading ease and Kandel–Moles are read with Flesch's table, the
 * grade-level scores as US school grades (with the reader's age, and the
 * French school class in French): those bands are `../readability/formulas`'
 * own, so the scorecard and the status bar agree on them. LIX is read with
 * `LIX_BANDS` (25/35/45/55), which are not `lixBand`'s (30/40/50/60): the
 * status bar and the scorecard can name different bands for one LIX score.
 */
import type { ReadabilityScores } from '../engine/readability-scores';
import { fleschReadingEaseBand, gradeBand, type ReadabilityBand } from '../readability/formulas';

/** The language of the interface (messages, labels), not of the text. */
export type UiLanguage = 'en' | 'fr';

/** One of the readability scores the engine computes. */
export type ScoreName = keyof ReadabilityScores;

/** What a score means, from easiest to hardest. */
export type Band =
  'very-easy' | 'easy' | 'fairly-easy' | 'standard' | 'fairly-difficult' | 'difficult' | 'very-difficult';

/** A score in words: its display name, its band and a sentence that says who can read the text. */
export interface ScoreMeaning {
  label: string;
  band: Band;
  meaning: string;
}

/** The scores in the order a scorecard shows them: the English ones, then the French ones. */
export const SCORE_ORDER: readonly ScoreName[] = [
  'fleschReadingEase',
  'fleschKincaidGrade',
  'gunningFog',
  'smog',
  'colemanLiau',
  'automatedReadabilityIndex',
  'kandelMoles',
  'lix',
];

/** Whether a higher value of the score means an easier text (Flesch, Kandel–Moles) or a harder one. */
export function higherIsEasier(name: ScoreName): boolean {
  return name === 'fleschReadingEase' || name === 'kandelMoles';
}

const LABELS: Record<UiLanguage, Record<ScoreName, string>> = {
  en: {
    fleschReadingEase: 'Flesch reading ease',
    fleschKincaidGrade: 'Flesch–Kincaid grade',
    gunningFog: 'Gunning fog index',
    smog: 'SMOG grade',
    colemanLiau: 'Coleman–Liau index',
    automatedReadabilityIndex: 'Automated readability index',
    kandelMoles: 'Kandel–Moles reading ease',
    lix: 'LIX',
  },
  fr: {
    fleschReadingEase: 'Facilité de lecture de Flesch',
    fleschKincaidGrade: 'Niveau scolaire de Flesch–Kincaid',
    gunningFog: 'Indice de Gunning (fog)',
    smog: 'Indice SMOG',
    colemanLiau: 'Indice de Coleman–Liau',
    automatedReadabilityIndex: 'Indice ARI',
    kandelMoles: 'Facilité de lecture de Kandel–Moles',
    lix: 'LIX',
  },
};

/** The display name of a score in the interface's language. */
export function scoreLabel(name: ScoreName, ui: UiLanguage): string {
  return LABELS[ui][name];
}

const FROM_READABILITY_BAND: Record<ReadabilityBand, Band> = {
  'very easy': 'very-easy',
  easy: 'easy',
  'fairly easy': 'fairly-easy',
  standard: 'standard',
  'fairly difficult': 'fairly-difficult',
  difficult: 'difficult',
  'very difficult': 'very-difficult',
};

/**
 * LIX bands: below 25 very easy, 25 to 35 easy, 35 to 45 medium (`standard`),
 * 45 to 55 difficult, above 55 very difficult. A bound belongs to the harder
 * band, except 55, which is still difficult.
 */
export const LIX_BANDS = { veryEasyBelow: 25, easyBelow: 35, mediumBelow: 45, difficultUpTo: 55 } as const;

/** The band of a LIX score (five of the seven bands: LIX has no "fairly" steps). */
export function lixScoreBand(score: number): Band {
  if (score < LIX_BANDS.veryEasyBelow) return 'very-easy';
  if (score < LIX_BANDS.easyBelow) return 'easy';
  if (score < LIX_BANDS.mediumBelow) return 'standard';
  if (score <= LIX_BANDS.difficultUpTo) return 'difficult';
  return 'very-difficult';
}

/** The band of any score: Flesch's table for Flesch and Kandel–Moles, school grades for the grade levels, LIX's own. */
export function scoreBand(name: ScoreName, value: number): Band {
  if (name === 'lix') return lixScoreBand(value);
  if (higherIsEasier(name)) return FROM_READABILITY_BAND[fleschReadingEaseBand(value)];
  return FROM_READABILITY_BAND[gradeBand(value)];
}

// ---------------------------------------------------------------------------
// Words

/** Flesch's table (1949): what each band of reading ease means and the school grade that reads it. */
const READING_EASE: Record<UiLanguage, Record<Band, string>> = {
  en: {
    'very-easy': 'Very easy to read: 5th grade (10–11 years old).',
    easy: 'Easy to read: 6th grade (11–12 years old).',
    'fairly-easy': 'Fairly easy to read: 7th grade (12–13 years old).',
    standard: 'Plain language: 8th and 9th grade (13–15 years old).',
    'fairly-difficult': 'Fairly difficult to read: 10th to 12th grade, high school (15–18 years old).',
    difficult: 'Difficult to read: college level (18–22 years old).',
    'very-difficult': 'Very difficult to read: college graduates (22 years old and over).',
  },
  fr: {
    'very-easy': 'Très facile à lire\u00a0: niveau CM2 (10–11 ans).',
    easy: 'Facile à lire\u00a0: niveau 6e (11–12 ans).',
    'fairly-easy': 'Plutôt facile à lire\u00a0: niveau 5e (12–13 ans).',
    standard: 'Langage courant\u00a0: niveau 4e et 3e (13–15 ans).',
    'fairly-difficult': 'Plutôt difficile à lire\u00a0: niveau lycée, de la seconde à la terminale (15–18 ans).',
    difficult: 'Difficile à lire\u00a0: niveau études supérieures (18–22 ans).',
    'very-difficult': 'Très difficile à lire\u00a0: niveau diplômé du supérieur (22 ans et plus).',
  },
};

/** The band of a grade level in words, after the level itself. */
const GRADE_BAND_WORDS: Record<UiLanguage, Record<Band, string>> = {
  en: {
    'very-easy': 'very easy to read',
    easy: 'easy to read',
    'fairly-easy': 'fairly easy to read',
    standard: 'plain language',
    'fairly-difficult': 'fairly difficult to read',
    difficult: 'difficult to read',
    'very-difficult': 'very difficult to read',
  },
  fr: {
    'very-easy': 'très facile à lire',
    easy: 'facile à lire',
    'fairly-easy': 'plutôt facile à lire',
    standard: 'langage courant',
    'fairly-difficult': 'plutôt difficile à lire',
    difficult: 'difficile à lire',
    'very-difficult': 'très difficile à lire',
  },
};

/** Björnsson's examples of texts in each LIX band. */
const LIX_WORDS: Record<UiLanguage, Record<Band, string>> = {
  en: {
    'very-easy': 'Very easy to read, like children’s books.',
    easy: 'Easy to read, like fiction and simple texts.',
    'fairly-easy': 'Easy to read, like fiction and simple texts.',
    standard: 'Medium difficulty, like newspapers and magazines.',
    'fairly-difficult': 'Difficult to read, like non-fiction and official texts.',
    difficult: 'Difficult to read, like non-fiction and official texts.',
    'very-difficult': 'Very difficult to read, like specialist and academic texts.',
  },
  fr: {
    'very-easy': 'Très facile à lire, comme un livre pour enfants.',
    easy: 'Facile à lire, comme un roman ou un texte simple.',
    'fairly-easy': 'Facile à lire, comme un roman ou un texte simple.',
    standard: 'Difficulté moyenne, comme un article de presse.',
    'fairly-difficult': 'Difficile à lire, comme un texte documentaire ou administratif.',
    difficult: 'Difficile à lire, comme un texte documentaire ou administratif.',
    'very-difficult': 'Très difficile à lire, comme un texte spécialisé ou universitaire.',
  },
};

/** French school classes for US grades 1 to 12, with the article that goes before them ("du CP", "de 4e"). */
const FRENCH_CLASSES = [
  'du CP',
  'du CE1',
  'du CE2',
  'du CM1',
  'du CM2',
  'de 6e',
  'de 5e',
  'de 4e',
  'de 3e',
  'de seconde',
  'de première',
  'de terminale',
] as const;

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
}

/**
 * A US grade level in words, with the reader's age: "about 8th grade (13–14
 * years old)". The grade is read as school grades are (8.9 is the end of 8th
 * grade), which is also where `gradeBand` puts its bounds; grade n is for
 * readers of n + 5 to n + 6 years.
 */
export function gradeLevelInWords(grade: number, ui: UiLanguage): string {
  const n = Math.floor(grade);
  if (ui === 'fr') {
    if (n < 1) return 'avant le CP (moins de 6 ans)';
    if (n <= 12) return `environ le niveau ${FRENCH_CLASSES[n - 1] ?? ''} (${n + 5}–${n + 6} ans)`;
    if (n <= 16)
      return `niveau études supérieures, environ ${n === 13 ? '1re' : `${n - 12}e`} année (${n + 5}–${n + 6} ans)`;
    return 'niveau master ou au-delà (22 ans et plus)';
  }
  if (n < 1) return 'below 1st grade (under 6 years old)';
  if (n <= 12) return `about ${ordinal(n)} grade (${n + 5}–${n + 6} years old)`;
  if (n <= 16) return `college level, about year ${n - 12} (${n + 5}–${n + 6} years old)`;
  return 'graduate level (22 years old and over)';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a score means, in the interface's language: its display name, its
 * band, and a sentence such as "About 8th grade (13–14 years old): plain
 * language." or "Fairly difficult to read: 10th to 12th grade, high school
 * (15–18 years old)."
 */
export function describeScore(name: ScoreName, value: number, ui: UiLanguage): ScoreMeaning {
  const band = scoreBand(name, value);
  const label = scoreLabel(name, ui);
  if (name === 'lix') return { label, band, meaning: LIX_WORDS[ui][band] };
  if (higherIsEasier(name)) return { label, band, meaning: READING_EASE[ui][band] };
  const colon = ui === 'fr' ? '\u00a0:' : ':';
  return { label, band, meaning: `${capitalize(gradeLevelInWords(value, ui))}${colon} ${GRADE_BAND_WORDS[ui][band]}.` };
}
