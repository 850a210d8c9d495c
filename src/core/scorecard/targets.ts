/**
 * Readability targets per channel: how easy a text should be for its
 * audience. English text is held to a minimum Flesch reading ease and a
 * maximum Flesch–Kincaid grade; French text to a minimum Kandel–Moles reading
 * ease and a maximum LIX. Social posts are read on the move, in a feed: they
 * aim easier than blog articles.
 */
import type { ChannelId } from '../channels/channel';
import type { ReadabilityScores } from '../engine/readability-scores';
import type { Language } from '../language/detect';
import type { ScoreName } from './meanings';

/** The target of English text: Flesch reading ease at least, Flesch–Kincaid grade at most. */
export interface EnglishTarget {
  minFleschReadingEase: number;
  maxFleschKincaidGrade: number;
}

/** The target of French text: Kandel–Moles reading ease at least, LIX at most. */
export interface FrenchTarget {
  minKandelMoles: number;
  maxLix: number;
}

/** A channel's targets, one per language. */
export interface ChannelTargets {
  en: EnglishTarget;
  fr: FrenchTarget;
}

/** The target of one language. */
export type LanguageTarget = EnglishTarget | FrenchTarget;

/**
 * Default targets. Flesch's table: 70–80 is fairly easy (7th grade), 60–70
 * plain language (8th–9th grade), 50–60 fairly difficult (10th–12th grade):
 * X and Mastodon aim at 70, LinkedIn at 60, blog articles at 50, and the
 * maximum grade is the highest grade of that band (8, 9, 12). Kandel–Moles is
 * on Flesch's scale and gets the same minimum. LIX at most 40 for social
 * posts (the middle of "medium" in `LIX_BANDS`) and 50 for blog articles (the
 * middle of "difficult", where newspapers and non-fiction are).
 */
export const DEFAULT_TARGETS: Readonly<Record<ChannelId, Readonly<ChannelTargets>>> = {
  linkedin: { en: { minFleschReadingEase: 60, maxFleschKincaidGrade: 9 }, fr: { minKandelMoles: 60, maxLix: 40 } },
  x: { en: { minFleschReadingEase: 70, maxFleschKincaidGrade: 8 }, fr: { minKandelMoles: 70, maxLix: 40 } },
  mastodon: { en: { minFleschReadingEase: 70, maxFleschKincaidGrade: 8 }, fr: { minKandelMoles: 70, maxLix: 40 } },
  blog: { en: { minFleschReadingEase: 50, maxFleschKincaidGrade: 12 }, fr: { minKandelMoles: 50, maxLix: 50 } },
};

/** The user's changes to the defaults, from settings: any channel, any language, any limit. */
export type TargetOverrides = {
  readonly [C in ChannelId]?: { readonly en?: Partial<EnglishTarget>; readonly fr?: Partial<FrenchTarget> };
};

/** One limit of a target: a score, and the value it must reach (`min`) or not pass (`max`). */
export interface ScoreLimit {
  score: ScoreName;
  bound: 'min' | 'max';
  limit: number;
}

/** A limit checked against a text's score. */
export interface TargetCheck extends ScoreLimit {
  value: number;
  met: boolean;
}

function merged<T extends object>(defaults: Readonly<T>, override: Partial<T> | undefined): T {
  const target: T = { ...defaults };
  if (!override) return target;
  for (const key of Object.keys(defaults) as (keyof T)[]) {
    const value: unknown = override[key];
    // Settings are user input: only a finite number replaces a default.
    if (typeof value === 'number' && Number.isFinite(value)) target[key] = value as T[keyof T];
  }
  return target;
}

/** The target of a channel for text in one language: the default, with the user's overrides. */
export function targetFor(channel: ChannelId, language: 'en', overrides?: TargetOverrides): EnglishTarget;
/** The target of a channel for text in one language: the default, with the user's overrides. */
export function targetFor(channel: ChannelId, language: 'fr', overrides?: TargetOverrides): FrenchTarget;
/** The target of a channel for text in one language: the default, with the user's overrides. */
export function targetFor(channel: ChannelId, language: Language, overrides?: TargetOverrides): LanguageTarget;
export function targetFor(channel: ChannelId, language: Language, overrides?: TargetOverrides): LanguageTarget {
  const defaults = DEFAULT_TARGETS[channel];
  const override = overrides?.[channel];
  return language === 'fr' ? merged(defaults.fr, override?.fr) : merged(defaults.en, override?.en);
}

/** The limits of a target, as scores and bounds. */
export function scoreLimits(target: LanguageTarget): ScoreLimit[] {
  if ('minKandelMoles' in target) {
    return [
      { score: 'kandelMoles', bound: 'min', limit: target.minKandelMoles },
      { score: 'lix', bound: 'max', limit: target.maxLix },
    ];
  }
  return [
    { score: 'fleschReadingEase', bound: 'min', limit: target.minFleschReadingEase },
    { score: 'fleschKincaidGrade', bound: 'max', limit: target.maxFleschKincaidGrade },
  ];
}

/**
 * Each limit of the target against the scores (a limit whose score is absent
 * is left out). A score equal to its limit meets it.
 */
export function checkTarget(scores: ReadabilityScores, target: LanguageTarget): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const limit of scoreLimits(target)) {
    const value = scores[limit.score];
    if (value === undefined) continue;
    const met = limit.bound === 'min' ? value >= limit.limit : value <= limit.limit;
    checks.push({ ...limit, value, met });
  }
  return checks;
}

/** Whether the scores meet every limit of the target; false when a limited score is missing (no text). */
export function meetsTarget(scores: ReadabilityScores, target: LanguageTarget): boolean {
  const checks = checkTarget(scores, target);
  return checks.length === scoreLimits(target).length && checks.every((c) => c.met);
}
