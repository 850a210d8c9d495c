/**
 * The document scorecard: readability scores with their meaning and the
 * channel's target, reading time, counts, passive, long and hard sentences,
 * and the data of the sentence-length chart. Built from a check result; pure.
 */
import type { ChannelId } from '../channels/channel';
import type { PvDocument } from '../document/document';
import type { Diagnostic } from '../engine/diagnostic';
import type { DocumentSummary } from '../engine/document-summary';
import type { Language } from '../language/detect';
import { LONG_SENTENCE_WORDS } from '../retext/sentence-length';
import { SCORE_ORDER, describeScore, type ScoreMeaning, type ScoreName, type UiLanguage } from './meanings';
import { checkTarget, targetFor, type LanguageTarget, type TargetOverrides } from './targets';

/** What the scorecard is built from. */
export interface ScorecardInput {
  summary: DocumentSummary;
  diagnostics: readonly Diagnostic[];
  channel: ChannelId;
  ui: UiLanguage;
  /** The user's targets, from settings. */
  targets?: TargetOverrides;
  /** The checked document, for the paragraph and heading counts. */
  doc?: PvDocument;
}

/** A score against the channel's target. */
export interface ScoreTarget {
  bound: 'min' | 'max';
  limit: number;
  met: boolean;
  /** "Meets the target for LinkedIn (60 or more).", or what to do when it does not. */
  message: string;
}

/** One readability score, with its meaning and, when the channel limits it, its target. */
export interface ScoreLine extends ScoreMeaning {
  name: ScoreName;
  value: number;
  target?: ScoreTarget;
}

/** The readability of the text in one language of the document. */
export interface LanguageScorecard {
  language: Language;
  scores: ScoreLine[];
  target: LanguageTarget;
  /** Whether every limited score meets the channel's target. */
  meetsTarget: boolean;
}

/** The document's counts. */
export interface ScorecardCounts {
  words: number;
  sentences: number;
  /** User-perceived characters, spaces included. */
  characters: number;
  longestSentence: number;
  /** Text blocks other than headings (paragraphs, list items, quotes) with some text; only with `doc`. */
  paragraphs?: number;
  /** Heading blocks; only with `doc`. */
  headings?: number;
}

/** Sentences in the passive voice (checked in English only). */
export interface PassiveFigures {
  /** Sentences with at least one passive construction. */
  sentences: number;
  /** `PorteVoix.Passive` findings (a sentence can have several). */
  findings: number;
  /** `sentences` over all the document's sentences, 0 to 1. */
  share: number;
  message: string;
}

/** Sentences longer than the `PorteVoix.SentenceLength` threshold. */
export interface LongSentenceFigures {
  /** A sentence is long above this many words. */
  threshold: number;
  /** Long sentences, very long ones included. */
  long: number;
  /** Sentences of more than twice the threshold. */
  veryLong: number;
  share: number;
  message: string;
}

/** Sentences that `PorteVoix.HardSentence` rates hard (suggestion) or very hard (warning). */
export interface HardSentenceFigures {
  /** Hard but not very hard. */
  hard: number;
  veryHard: number;
  /** Hard and very hard over all sentences, 0 to 1. */
  share: number;
  message: string;
}

/** Everything the scorecard panel shows. */
export interface Scorecard {
  channel: ChannelId;
  ui: UiLanguage;
  /** The document's language first, then the other language if the document has text in it. */
  languages: LanguageScorecard[];
  readingTimeMinutes: number;
  counts: ScorecardCounts;
  /** Absent when the document has no English text (the passive check is English only). */
  passive?: PassiveFigures;
  longSentences: LongSentenceFigures;
  hardSentences: HardSentenceFigures;
  chart: SentenceChart;
}

// ---------------------------------------------------------------------------
// Sentence-length chart

/** One bar of the sentence-length chart; positions and heights are normalised to 0–1. */
export interface SentenceBar {
  /** The sentence's position in reading order, from 0. */
  index: number;
  words: number;
  /** Left edge, 0 to 1. */
  x: number;
  width: number;
  /** `words / max`, 0 to 1. */
  height: number;
  long: boolean;
  veryLong: boolean;
}

/** The data of a small bar chart of sentence lengths. */
export interface SentenceChart {
  bars: SentenceBar[];
  /** The length a bar of height 1 stands for: the longest sentence, or the threshold if no sentence reaches it. */
  max: number;
  threshold: number;
  /** Where the threshold line goes, 0 to 1. */
  thresholdHeight: number;
}

/** Options of `sentenceChart`. */
export interface SentenceChartOptions {
  /** Long above this many words. Default: `LONG_SENTENCE_WORDS` (25). */
  threshold?: number;
}

/** The bars of a sentence-length chart from the words of each sentence (`summary.sentenceLengths`). */
export function sentenceChart(lengths: readonly number[], opts: SentenceChartOptions = {}): SentenceChart {
  const threshold = opts.threshold ?? LONG_SENTENCE_WORDS;
  let max = Math.max(threshold, 1);
  for (const length of lengths) max = Math.max(max, length);
  const n = lengths.length;
  const bars = lengths.map((length, index): SentenceBar => {
    const words = Math.max(0, length);
    return {
      index,
      words,
      x: index / n,
      width: 1 / n,
      height: words / max,
      long: words > threshold,
      veryLong: words > 2 * threshold,
    };
  });
  return { bars, max, threshold, thresholdHeight: Math.max(0, threshold) / max };
}

function coordinate(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * An SVG path `d` for a sparkline of the chart in a box of `width` × `height`
 * (y grows downwards): a point at the middle of each bar's top, joined by
 * lines; coordinates rounded to 2 decimals. A single sentence gives a flat
 * line across the box; no sentence, an empty string.
 */
export function sentenceChartPath(chart: SentenceChart, size: { width: number; height: number }): string {
  const y = (bar: SentenceBar): string => coordinate((1 - bar.height) * size.height);
  const [first] = chart.bars;
  if (first === undefined) return '';
  if (chart.bars.length === 1) return `M0 ${y(first)}L${coordinate(size.width)} ${y(first)}`;
  return chart.bars
    .map((bar, i) => `${i === 0 ? 'M' : 'L'}${coordinate((bar.x + bar.width / 2) * size.width)} ${y(bar)}`)
    .join('');
}

// ---------------------------------------------------------------------------
// Messages

const CHANNEL_NAMES: Record<UiLanguage, Record<ChannelId, string>> = {
  en: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'blog articles' },
  fr: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'les articles de blog' },
};

function formatNumber(value: number, ui: UiLanguage): string {
  const text = String(Math.round(value * 10) / 10);
  return ui === 'fr' ? text.replace('.', ',') : text;
}

function percent(share: number, ui: UiLanguage): string {
  const n = Math.round(share * 100);
  return ui === 'fr' ? `${n}\u00a0%` : `${n}%`;
}

function targetMessage(channel: ChannelId, bound: 'min' | 'max', limit: number, met: boolean, ui: UiLanguage): string {
  const name = CHANNEL_NAMES[ui][channel];
  const value = formatNumber(limit, ui);
  if (ui === 'fr') {
    const range = bound === 'min' ? `${value} ou plus` : `${value} ou moins`;
    if (met) return `Atteint l’objectif pour ${name} (${range}).`;
    const where = bound === 'min' ? 'Sous' : 'Au-dessus de';
    return `${where} l’objectif pour ${name} (${range})\u00a0: raccourcissez les phrases et préférez des mots courts et courants.`;
  }
  const range = bound === 'min' ? `${value} or more` : `${value} or less`;
  if (met) return `Meets the target for ${name} (${range}).`;
  const where = bound === 'min' ? 'Below' : 'Above';
  return `${where} the target for ${name} (${range}): use shorter sentences and shorter, more common words.`;
}

function sentencesOf(n: number, total: number, ui: UiLanguage): string {
  if (ui === 'fr') return `${n} ${n > 1 ? 'phrases' : 'phrase'} sur ${total}`;
  return `${n} of ${total} ${total === 1 ? 'sentence' : 'sentences'}`;
}

function passiveMessage(sentences: number, total: number, share: number, ui: UiLanguage): string {
  if (ui === 'fr') {
    if (sentences === 0) return 'Aucune phrase n’est au passif.';
    const verb = sentences > 1 ? 'sont' : 'est';
    return `${sentencesOf(sentences, total, ui)} (${percent(share, ui)}) ${verb} au passif\u00a0: dites qui fait quoi, à la voix active.`;
  }
  if (sentences === 0) return 'No sentence is in the passive voice.';
  const verb = sentences > 1 ? 'are' : 'is';
  return `${sentencesOf(sentences, total, ui)} (${percent(share, ui)}) ${verb} in the passive voice: say who does what, in the active voice.`;
}

function longMessage(long: number, veryLong: number, total: number, threshold: number, ui: UiLanguage): string {
  if (ui === 'fr') {
    if (long === 0) return `Aucune phrase n’a plus de ${threshold} mots.`;
    const verb = long > 1 ? 'ont' : 'a';
    const them = long > 1 ? 'coupez-les' : 'coupez-la';
    return `${sentencesOf(long, total, ui)} ${verb} plus de ${threshold} mots (dont ${veryLong} plus de ${2 * threshold})\u00a0: ${them} en phrases de ${threshold} mots au plus.`;
  }
  if (long === 0) return `No sentence has more than ${threshold} words.`;
  const verb = long > 1 ? 'have' : 'has';
  const them = long > 1 ? 'split them' : 'split it';
  return `${sentencesOf(long, total, ui)} ${verb} more than ${threshold} words (${veryLong} more than ${2 * threshold}): ${them} into sentences of ${threshold} words or fewer.`;
}

function hardMessage(hard: number, veryHard: number, total: number, ui: UiLanguage): string {
  const all = hard + veryHard;
  if (ui === 'fr') {
    if (all === 0) return 'Aucune phrase n’est difficile à lire.';
    const verb = all > 1 ? 'sont difficiles' : 'est difficile';
    const them = all > 1 ? 'raccourcissez-les' : 'raccourcissez-la';
    return `${sentencesOf(all, total, ui)} ${verb} à lire (dont ${veryHard} très ${veryHard > 1 ? 'difficiles' : 'difficile'})\u00a0: ${them} ou employez des mots plus simples.`;
  }
  if (all === 0) return 'No sentence is hard to read.';
  const verb = all > 1 ? 'are' : 'is';
  const them = all > 1 ? 'shorten them' : 'shorten it';
  return `${sentencesOf(all, total, ui)} ${verb} hard to read (${veryHard} very hard): ${them} or use simpler words.`;
}

// ---------------------------------------------------------------------------
// Scorecard

function languageScorecard(
  language: Language,
  summary: DocumentSummary,
  channel: ChannelId,
  ui: UiLanguage,
  overrides: TargetOverrides | undefined,
): LanguageScorecard | undefined {
  const scores = summary.readability[language];
  if (!scores) return undefined;
  const target = targetFor(channel, language, overrides);
  const checks = checkTarget(scores, target);
  const lines: ScoreLine[] = [];
  for (const name of SCORE_ORDER) {
    const value = scores[name];
    if (value === undefined) continue;
    const line: ScoreLine = { name, value, ...describeScore(name, value, ui) };
    const check = checks.find((c) => c.score === name);
    if (check) {
      line.target = {
        bound: check.bound,
        limit: check.limit,
        met: check.met,
        message: targetMessage(channel, check.bound, check.limit, check.met, ui),
      };
    }
    lines.push(line);
  }
  const limited = lines.filter((l) => l.target !== undefined);
  return { language, scores: lines, target, meetsTarget: limited.length > 0 && limited.every((l) => l.target?.met) };
}

function share(n: number, total: number): number {
  return total > 0 ? n / total : 0;
}

/** The scorecard of a checked document for a channel, in the interface's language. */
export function buildScorecard(input: ScorecardInput): Scorecard {
  const { summary, diagnostics, channel, ui } = input;
  const total = summary.counts.sentences;

  const order: Language[] = summary.language === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
  const languages: LanguageScorecard[] = [];
  for (const language of order) {
    const card = languageScorecard(language, summary, channel, ui, input.targets);
    if (card) languages.push(card);
  }

  const counts: ScorecardCounts = {
    words: summary.counts.words,
    sentences: total,
    characters: summary.counts.characters,
    longestSentence: summary.counts.longestSentence,
  };
  if (input.doc) {
    const blocks = input.doc.blocks;
    counts.paragraphs = blocks.filter((b) => b.kind !== 'heading' && b.kind !== 'code' && b.text.trim() !== '').length;
    counts.headings = blocks.filter((b) => b.kind === 'heading').length;
  }

  // HardSentence reports a sentence once, over the whole sentence; count each range once all the same.
  const hardRanges = new Map<string, Diagnostic>();
  let passiveFindings = 0;
  for (const d of diagnostics) {
    if (d.ruleId === 'PorteVoix.Passive') passiveFindings += 1;
    if (d.ruleId === 'PorteVoix.HardSentence') {
      const key = `${d.blockId}\u0000${d.range.start}`;
      const seen = hardRanges.get(key);
      if (!seen || d.severity === 'warning') hardRanges.set(key, d);
    }
  }
  let hard = 0;
  let veryHard = 0;
  for (const d of hardRanges.values()) {
    if (d.severity === 'suggestion') hard += 1;
    else veryHard += 1;
  }

  const chart = sentenceChart(summary.sentenceLengths);
  const long = chart.bars.filter((b) => b.long).length;
  const veryLong = chart.bars.filter((b) => b.veryLong).length;

  const scorecard: Scorecard = {
    channel,
    ui,
    languages,
    readingTimeMinutes: summary.readingTimeMinutes,
    counts,
    longSentences: {
      threshold: chart.threshold,
      long,
      veryLong,
      share: share(long, total),
      message: longMessage(long, veryLong, total, chart.threshold, ui),
    },
    hardSentences: {
      hard,
      veryHard,
      share: share(hard + veryHard, total),
      message: hardMessage(hard, veryHard, total, ui),
    },
    chart,
  };
  if (summary.readability.en) {
    // The engine counts passive sentences once per sentence from the same findings.
    const sentences = summary.counts.passiveSentences;
    const passiveShare = share(sentences, total);
    scorecard.passive = {
      sentences,
      findings: passiveFindings,
      share: passiveShare,
      message: passiveMessage(sentences, total, passiveShare, ui),
    };
  }
  return scorecard;
}
