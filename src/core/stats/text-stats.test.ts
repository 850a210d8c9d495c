import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishReadability, fleschBand } from './readability-en';
import { readingTimeMinutes } from './reading-time';
import { countGraphemes, sentences, words } from './segment';
import { computeTextStats } from './text-stats';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');

describe('words', () => {
  it('counts the corpus paragraph as wc does (90 words)', () => {
    expect(words(corpus('en-paragraph-90w.txt'))).toHaveLength(90);
  });

  it('keeps words joined by punctuation together and leaves punctuation out', () => {
    expect(words('A well-known API, e.g. itertools::Itertools — and/or “quotes”!')).toEqual([
      'A',
      'well-known',
      'API',
      'e.g',
      'itertools::Itertools',
      'and/or',
      'quotes',
    ]);
  });

  it('splits text written without spaces into words', () => {
    expect(words('我喜欢写作', 'zh').length).toBeGreaterThan(1);
  });

  it('finds no word in punctuation, emoji or spaces', () => {
    expect(words(' — … 🎉 \u200b \n')).toEqual([]);
  });
});

describe('sentences', () => {
  it('finds the four sentences of the corpus paragraph', () => {
    const found = sentences(corpus('en-paragraph-90w.txt'));
    expect(found).toHaveLength(4);
    expect(found[0]).toBe(
      'There are also cases when adding a new API can subtly break existing Rust code, even when not changing any existing API.',
    );
  });
});

describe('countGraphemes', () => {
  it('counts what the user sees', () => {
    expect(countGraphemes('e\u0301')).toBe(1); // e + combining acute
    expect(countGraphemes('👩🏽‍💻 ok')).toBe(4);
    expect(countGraphemes('')).toBe(0);
  });
});

describe('English readability', () => {
  it('applies the Flesch and Flesch–Kincaid formulas', () => {
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables.
    const r = englishReadability({ words: 6, sentences: 1, syllables: 6 });
    expect(r?.fleschReadingEase).toBeCloseTo(116.145, 3);
    expect(r?.fleschKincaidGrade).toBeCloseTo(-1.45, 3);
  });

  it('has no score for no text', () => {
    expect(englishReadability({ words: 0, sentences: 0, syllables: 0 })).toBeUndefined();
  });

  it('names the Flesch bands', () => {
    expect([95, 85, 75, 65, 55, 40, 10].map(fleschBand)).toEqual([
      'very-easy',
      'easy',
      'fairly-easy',
      'plain',
      'fairly-difficult',
      'difficult',
      'very-difficult',
    ]);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds up at 238 words a minute', () => {
    expect([0, 1, 238, 239, 10016].map((n) => readingTimeMinutes(n))).toEqual([0, 1, 1, 2, 43]);
  });
});

describe('computeTextStats', () => {
  it('gives the status bar figures of the corpus paragraph', () => {
    const stats = computeTextStats(corpus('en-paragraph-90w.txt'));
    expect(stats).toMatchObject({ language: 'en', words: 90, sentences: 4, readingTimeMinutes: 1 });
    expect(stats.characters).toBe(corpus('en-paragraph-90w.txt').length);
    // 90 words, 4 sentences, 162 syllables (counted by the `syllable` package).
    expect(stats.english?.fleschReadingEase).toBeCloseTo(206.835 - 1.015 * (90 / 4) - 84.6 * (162 / 90), 6);
    expect(stats.english?.fleschKincaidGrade).toBeCloseTo(0.39 * (90 / 4) + 11.8 * (162 / 90) - 15.59, 6);
  });

  it('detects French and gives no English score', () => {
    const stats = computeTextStats(corpus('fr-article-1614w.txt'));
    expect(stats.language).toBe('fr');
    expect(stats.english).toBeUndefined();
    expect(stats.words).toBeGreaterThan(1500);
  });

  it('uses the fallback language for short text', () => {
    expect(computeTextStats('Oui.', { fallbackLanguage: 'fr' }).language).toBe('fr');
    expect(computeTextStats('Oui.', { fallbackLanguage: 'en' }).language).toBe('en');
  });

  it('is empty for an empty document', () => {
    expect(computeTextStats('')).toEqual({
      language: 'en',
      words: 0,
      characters: 0,
      sentences: 0,
      readingTimeMinutes: 0,
    });
  });
});
