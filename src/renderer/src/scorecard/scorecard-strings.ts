/**
 * The scorecard panel's own words, in English and French; the scores' names
 * and meanings and the figures' messages come from the core
 * (`buildScorecard`), already in the interface's language. French
 * typography: a no-break space (U+00A0) before « : ; ! ? » and « % ».
 */
import type { ChannelId } from '../../../core/channels/channel';
import type { Language } from '../../../core/language/detect';
import { formatCount } from './scorecard-format';

/** Every word of the scorecard panel that the core does not give. */
export interface ScorecardStrings {
  /** The panel's name (its region label and heading). */
  title: string;
  /** Shown instead of the figures when the document has no words. */
  empty: string;
  /** The heading of the readability scores of the text in one language. */
  readabilityOf: Record<Language, string>;
  /** The channels' names, as the target line writes them. */
  channelNames: Record<ChannelId, string>;
  targetMet: string;
  targetNotMet: string;
  /** "Target for LinkedIn: 60 or more", with the limit already formatted. */
  target: (channel: string, bound: 'min' | 'max', limit: string) => string;
  /** The heading of reading time and counts. */
  lengthHeading: string;
  readingTime: string;
  /** Reading time, from the formatted number of minutes. */
  minutes: (n: string) => string;
  words: string;
  sentences: string;
  characters: string;
  paragraphs: string;
  /** The heading of the passive, long and hard sentences. */
  sentencesHeading: string;
  passive: string;
  /** Shown instead of the passive share when the document has no English text. */
  passiveEnglishOnly: string;
  longSentences: string;
  hardSentences: string;
  /** The heading of the sentence-length chart. */
  chartHeading: string;
  /** The chart in words (its accessible name): "42 sentences; 6 longer than 25 words; longest 79 words". */
  chartSummary: (sentences: number, long: number, threshold: number, longest: number) => string;
  /** Legend of the bars of sentences up to the threshold. */
  legendShort: (threshold: number) => string;
  /** Legend of the highlighted bars. */
  legendLong: (threshold: number) => string;
  /** Legend of the sparkline drawn for long documents. */
  legendLine: string;
  /** Legend of the dashed line. */
  legendThreshold: (threshold: number) => string;
}

const en: ScorecardStrings = {
  title: 'Scorecard',
  empty: 'Write a few sentences: their readability, counts and lengths will show here.',
  readabilityOf: { en: 'Readability (English)', fr: 'Readability (French)' },
  channelNames: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' },
  targetMet: 'Target met',
  targetNotMet: 'Target not met',
  target: (channel, bound, limit) => `Target for ${channel}: ${limit} ${bound === 'min' ? 'or more' : 'or less'}`,
  lengthHeading: 'Length',
  readingTime: 'Reading time',
  minutes: (n) => `${n} min`,
  words: 'Words',
  sentences: 'Sentences',
  characters: 'Characters',
  paragraphs: 'Paragraphs',
  sentencesHeading: 'Sentence style',
  passive: 'Passive voice',
  passiveEnglishOnly: 'The passive voice is checked in English text only.',
  longSentences: 'Long sentences',
  hardSentences: 'Hard / very hard sentences',
  chartHeading: 'Sentence lengths',
  chartSummary: (sentences, long, threshold, longest) =>
    `${formatCount(sentences, 'en')} ${sentences === 1 ? 'sentence' : 'sentences'}; ` +
    `${formatCount(long, 'en')} longer than ${formatCount(threshold, 'en')} words; ` +
    `longest ${formatCount(longest, 'en')} ${longest === 1 ? 'word' : 'words'}`,
  legendShort: (threshold) => `${formatCount(threshold, 'en')} words or fewer`,
  legendLong: (threshold) => `More than ${formatCount(threshold, 'en')} words`,
  legendLine: 'Words per sentence',
  legendThreshold: (threshold) => `Limit: ${formatCount(threshold, 'en')} words`,
};

const fr: ScorecardStrings = {
  title: 'Tableau de bord',
  empty: 'Écrivez quelques phrases\u00a0: leur lisibilité, les comptes et leur longueur s’afficheront ici.',
  readabilityOf: { en: 'Lisibilité (anglais)', fr: 'Lisibilité (français)' },
  channelNames: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' },
  targetMet: 'Objectif atteint',
  targetNotMet: 'Objectif non atteint',
  target: (channel, bound, limit) =>
    `Objectif pour ${channel}\u00a0: ${limit} ${bound === 'min' ? 'ou plus' : 'ou moins'}`,
  lengthHeading: 'Longueur',
  readingTime: 'Temps de lecture',
  minutes: (n) => `${n}\u00a0min`,
  words: 'Mots',
  sentences: 'Phrases',
  characters: 'Caractères',
  paragraphs: 'Paragraphes',
  sentencesHeading: 'Style des phrases',
  passive: 'Voix passive',
  passiveEnglishOnly: 'La voix passive n’est vérifiée que dans le texte en anglais.',
  longSentences: 'Phrases longues',
  hardSentences: 'Phrases difficiles / très difficiles',
  chartHeading: 'Longueur des phrases',
  chartSummary: (sentences, long, threshold, longest) =>
    `${formatCount(sentences, 'fr')} ${sentences > 1 ? 'phrases' : 'phrase'}\u00a0; ` +
    `${formatCount(long, 'fr')} de plus de ${formatCount(threshold, 'fr')} mots\u00a0; ` +
    `la plus longue\u00a0: ${formatCount(longest, 'fr')} ${longest > 1 ? 'mots' : 'mot'}`,
  legendShort: (threshold) => `${formatCount(threshold, 'fr')} mots ou moins`,
  legendLong: (threshold) => `Plus de ${formatCount(threshold, 'fr')} mots`,
  legendLine: 'Mots par phrase',
  legendThreshold: (threshold) => `Seuil\u00a0: ${formatCount(threshold, 'fr')} mots`,
};

/** The scorecard panel's words in each interface language, for `useLocalized`. */
export const SCORECARD_STRINGS: Readonly<Record<'en' | 'fr', ScorecardStrings>> = { en, fr };
