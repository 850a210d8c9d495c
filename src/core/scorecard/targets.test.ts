import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../channels/channel';
import type { ReadabilityScores } from '../engine/readability-scores';
import { DEFAULT_TARGETS, checkTarget, meetsTarget, scoreLimits, targetFor, type TargetOverrides } from './targets';

/** The scores of en-article-1585w.txt and fr-article-1614w.txt (see scorecard.test.ts). */
const ENGLISH_ARTICLE: ReadabilityScores = {
  fleschReadingEase: 44.027221403289644,
  fleschKincaidGrade: 12.421521049344161,
};
const FRENCH_ARTICLE: ReadabilityScores = { kandelMoles: 56.44315982786071, lix: 51.835963239119124 };

describe('default targets', () => {
  it('ask social posts to be easier than blog articles', () => {
    expect(Object.keys(DEFAULT_TARGETS)).toEqual(CHANNEL_IDS);
    expect(DEFAULT_TARGETS).toEqual({
      linkedin: { en: { minFleschReadingEase: 60, maxFleschKincaidGrade: 9 }, fr: { minKandelMoles: 60, maxLix: 40 } },
      x: { en: { minFleschReadingEase: 70, maxFleschKincaidGrade: 8 }, fr: { minKandelMoles: 70, maxLix: 40 } },
      mastodon: { en: { minFleschReadingEase: 70, maxFleschKincaidGrade: 8 }, fr: { minKandelMoles: 70, maxLix: 40 } },
      blog: { en: { minFleschReadingEase: 50, maxFleschKincaidGrade: 12 }, fr: { minKandelMoles: 50, maxLix: 50 } },
    });
    for (const channel of ['linkedin', 'x', 'mastodon'] as const) {
      expect(DEFAULT_TARGETS[channel].en.minFleschReadingEase).toBeGreaterThan(
        DEFAULT_TARGETS.blog.en.minFleschReadingEase,
      );
      expect(DEFAULT_TARGETS[channel].fr.maxLix).toBeLessThan(DEFAULT_TARGETS.blog.fr.maxLix);
    }
  });
});

describe('targetFor', () => {
  it('gives the defaults without overrides, per language', () => {
    expect(targetFor('linkedin', 'en')).toEqual({ minFleschReadingEase: 60, maxFleschKincaidGrade: 9 });
    expect(targetFor('blog', 'fr')).toEqual({ minKandelMoles: 50, maxLix: 50 });
  });

  it('applies the user’s overrides limit by limit, for their channel only', () => {
    const overrides: TargetOverrides = { linkedin: { en: { minFleschReadingEase: 65 } }, blog: { fr: { maxLix: 55 } } };
    expect(targetFor('linkedin', 'en', overrides)).toEqual({ minFleschReadingEase: 65, maxFleschKincaidGrade: 9 });
    expect(targetFor('linkedin', 'fr', overrides)).toEqual({ minKandelMoles: 60, maxLix: 40 });
    expect(targetFor('blog', 'fr', overrides)).toEqual({ minKandelMoles: 50, maxLix: 55 });
    expect(targetFor('x', 'en', overrides)).toEqual({ minFleschReadingEase: 70, maxFleschKincaidGrade: 8 });
    // The defaults are not changed.
    expect(DEFAULT_TARGETS.linkedin.en.minFleschReadingEase).toBe(60);
  });

  it('ignores what is not a finite number (settings are user input)', () => {
    const overrides = JSON.parse(
      '{"x": {"en": {"minFleschReadingEase": "80", "maxFleschKincaidGrade": null}, "fr": {"maxLix": 1e999, "other": 3}}}',
    ) as TargetOverrides;
    expect(targetFor('x', 'en', overrides)).toEqual({ minFleschReadingEase: 70, maxFleschKincaidGrade: 8 });
    expect(targetFor('x', 'fr', overrides)).toEqual({ minKandelMoles: 70, maxLix: 40 });
  });
});

describe('checkTarget and meetsTarget', () => {
  it('check the English article against the blog target: both limits missed', () => {
    expect(scoreLimits(targetFor('blog', 'en'))).toEqual([
      { score: 'fleschReadingEase', bound: 'min', limit: 50 },
      { score: 'fleschKincaidGrade', bound: 'max', limit: 12 },
    ]);
    expect(checkTarget(ENGLISH_ARTICLE, targetFor('blog', 'en'))).toEqual([
      { score: 'fleschReadingEase', bound: 'min', limit: 50, value: 44.027221403289644, met: false },
      { score: 'fleschKincaidGrade', bound: 'max', limit: 12, value: 12.421521049344161, met: false },
    ]);
    expect(meetsTarget(ENGLISH_ARTICLE, targetFor('blog', 'en'))).toBe(false);
    const lenient = targetFor('blog', 'en', {
      blog: { en: { minFleschReadingEase: 44, maxFleschKincaidGrade: 12.5 } },
    });
    expect(meetsTarget(ENGLISH_ARTICLE, lenient)).toBe(true);
  });

  it('check the French article: Kandel–Moles meets the blog target, LIX does not', () => {
    expect(checkTarget(FRENCH_ARTICLE, targetFor('blog', 'fr'))).toEqual([
      { score: 'kandelMoles', bound: 'min', limit: 50, value: 56.44315982786071, met: true },
      { score: 'lix', bound: 'max', limit: 50, value: 51.835963239119124, met: false },
    ]);
    expect(meetsTarget(FRENCH_ARTICLE, targetFor('blog', 'fr'))).toBe(false);
    expect(meetsTarget(FRENCH_ARTICLE, targetFor('blog', 'fr', { blog: { fr: { maxLix: 52 } } }))).toBe(true);
  });

  it('counts a score equal to its limit as met, and a missing score as not met', () => {
    const target = targetFor('linkedin', 'en');
    expect(meetsTarget({ fleschReadingEase: 60, fleschKincaidGrade: 9 }, target)).toBe(true);
    expect(meetsTarget({ fleschReadingEase: 59.99, fleschKincaidGrade: 9 }, target)).toBe(false);
    expect(meetsTarget({ fleschReadingEase: 60, fleschKincaidGrade: 9.01 }, target)).toBe(false);
    expect(checkTarget({ fleschReadingEase: 75 }, target)).toEqual([
      { score: 'fleschReadingEase', bound: 'min', limit: 60, value: 75, met: true },
    ]);
    expect(meetsTarget({ fleschReadingEase: 75 }, target)).toBe(false);
    expect(meetsTarget({}, target)).toBe(false);
    // French scores do not meet an English target.
    expect(meetsTarget(FRENCH_ARTICLE, target)).toBe(false);
  });
});
