import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from './channel';
import { countForChannel, foldOffset } from './count';

/** Words of 9 letters, each followed by a space: a word starts at every multiple of 10. */
const words = (count: number): string => 'abcdefghi '.repeat(count);

describe('countForChannel: X', () => {
  it('counts weighted characters against 280', () => {
    expect(countForChannel(`${'a'.repeat(279)}é`, 'x')).toEqual({
      channel: 'x',
      used: 280,
      limit: 280,
      remaining: 0,
      over: false,
    });
    expect(countForChannel(`${'a'.repeat(279)}é!`, 'x')).toEqual({
      channel: 'x',
      used: 281,
      limit: 280,
      remaining: -1,
      over: true,
      overflowStart: 280,
    });
    expect(countForChannel(`${'a'.repeat(278)}你好`, 'x')).toMatchObject({ used: 282, overflowStart: 279 });
  });
});

describe('countForChannel: Mastodon', () => {
  it('counts every http(s) URL 23 characters, and bare domains as typed', () => {
    expect(countForChannel(`Read https://example.com/${'a'.repeat(100)}`, 'mastodon').used).toBe(28);
    expect(countForChannel('example.com', 'mastodon').used).toBe(11);
    expect(countForChannel('https://example.social/@alice@example.social', 'mastodon').used).toBe(23);
  });

  it('counts a remote mention as its @user part only', () => {
    expect(countForChannel('@alice@example.social', 'mastodon').used).toBe(6);
    expect(countForChannel('Hi @alice@example.social!', 'mastodon').used).toBe(10);
    expect(countForChannel('@alice', 'mastodon').used).toBe(6);
    // After a word character it is an e-mail address, not a mention.
    expect(countForChannel('bob@alice@example.social', 'mastodon').used).toBe(24);
  });

  it('counts grapheme clusters', () => {
    expect(countForChannel('👩‍💻', 'mastodon').used).toBe(1);
    expect(countForChannel('e\u0301🇫🇷🇩🇪', 'mastodon').used).toBe(3);
  });

  it('puts the overflow at the first grapheme past 500, at a URL start inside a URL', () => {
    expect(countForChannel(`${'a'.repeat(499)}👩‍💻b`, 'mastodon')).toEqual({
      channel: 'mastodon',
      used: 501,
      limit: 500,
      remaining: -1,
      over: true,
      overflowStart: 504,
    });
    expect(countForChannel(`${'a'.repeat(490)} https://example.com/x`, 'mastodon')).toMatchObject({
      used: 514,
      overflowStart: 491,
    });
    expect(countForChannel(`${'a'.repeat(497)} @alice@example.social`, 'mastodon')).toMatchObject({
      used: 504,
      overflowStart: 500,
    });
    expect(countForChannel('a'.repeat(500), 'mastodon')).toEqual({
      channel: 'mastodon',
      used: 500,
      limit: 500,
      remaining: 0,
      over: false,
    });
  });
});

describe('countForChannel: LinkedIn', () => {
  it('counts UTF-16 code units, URLs as typed', () => {
    expect(countForChannel('👩‍💻', 'linkedin').used).toBe(5);
    expect(countForChannel(`https://example.com/${'a'.repeat(40)}`, 'linkedin').used).toBe(60);
  });

  it('is over at 3001 characters, never overflowing inside a grapheme', () => {
    expect(countForChannel('a'.repeat(3000), 'linkedin')).toMatchObject({ used: 3000, remaining: 0, over: false });
    expect(countForChannel('a'.repeat(3000), 'linkedin').overflowStart).toBeUndefined();
    expect(countForChannel('a'.repeat(3001), 'linkedin')).toMatchObject({
      used: 3001,
      remaining: -1,
      over: true,
      overflowStart: 3000,
    });
    expect(countForChannel(`${'a'.repeat(2999)}😀`, 'linkedin')).toMatchObject({ used: 3001, overflowStart: 2999 });
  });

  it('folds at the end of the last word within 210 (desktop) and 140 (mobile) characters', () => {
    expect(countForChannel(words(30), 'linkedin').folds).toEqual({ desktop: 209, mobile: 139 });
    // Shifted by 3: 210 and 140 fall inside words; the folds move back before them.
    const shifted = `ab ${words(30)}`;
    const { folds } = countForChannel(shifted, 'linkedin');
    expect(folds).toEqual({ desktop: 202, mobile: 132 });
    expect(shifted.slice(193, 203)).toBe('abcdefghi ');
    expect(shifted.slice(123, 133)).toBe('abcdefghi ');
  });

  it('folds only texts longer than the fold', () => {
    expect(countForChannel(words(14), 'linkedin').folds).toBeUndefined();
    expect(countForChannel(`${'a'.repeat(140)}   \n`, 'linkedin').folds).toBeUndefined();
    expect(countForChannel(words(15), 'linkedin').folds).toEqual({ mobile: 139 });
    expect(countForChannel('a'.repeat(209), 'linkedin').folds).toEqual({ mobile: 140 });
  });

  it('cuts a word longer than the fold at a grapheme boundary', () => {
    expect(countForChannel('a'.repeat(300), 'linkedin').folds).toEqual({ desktop: 210, mobile: 140 });
    expect(countForChannel(`${'a'.repeat(209)}😀${'a'.repeat(100)}`, 'linkedin').folds?.desktop).toBe(209);
  });

  it('treats a line break as white space', () => {
    const text = `${'a'.repeat(100)}\n${'b'.repeat(200)}`;
    expect(countForChannel(text, 'linkedin').folds).toEqual({ desktop: 100, mobile: 100 });
  });
});

describe('countForChannel: blog', () => {
  it('counts grapheme clusters, with no limit', () => {
    expect(countForChannel('Hello 👩‍💻 https://example.com/long/path', 'blog')).toEqual({
      channel: 'blog',
      used: 37,
      limit: undefined,
      remaining: undefined,
      over: false,
    });
    expect(countForChannel('a'.repeat(10_000), 'blog').over).toBe(false);
  });
});

describe('foldOffset', () => {
  it('is undefined for a text that fits and the end of the last whole word otherwise', () => {
    expect(foldOffset('one two three', 13)).toBeUndefined();
    expect(foldOffset('one two three', 9)).toBe(7);
    expect(foldOffset('one two three', 7)).toBe(7);
    expect(foldOffset('one  two three', 5)).toBe(3);
    expect(foldOffset('  onetwothree', 5)).toBe(5);
  });
});

const token = fc.constantFrom(
  'a',
  'É',
  'e\u0301',
  '你',
  '👩‍💻',
  '🇫🇷',
  '1️⃣',
  '©',
  ' ',
  ' ',
  '\n',
  '.',
  '/',
  '@',
  '#',
  '-',
  '(',
  ')',
  'https://example.com/a_(b)',
  'http://x.co',
  'www.example.org',
  'example.com',
  'example.fr',
  '/path',
  '?q=1',
  '@alice@example.social',
  '\u0301',
  '\uD83D',
);
const text = fc.oneof(
  fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join('')),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('countForChannel: properties', () => {
  it('X weights are additive across a space', () => {
    fc.assert(
      fc.property(text, (t) => {
        const parts = t.split(' ');
        const sum = parts.reduce((total, part) => total + countForChannel(part, 'x').used, 0);
        expect(countForChannel(t, 'x').used).toBe(sum + parts.length - 1);
      }),
      { numRuns: 400 },
    );
  });

  it('overflowStart is defined exactly when used is over the limit, and inside the text', () => {
    const long = fc.tuple(text, fc.integer({ min: 0, max: 3100 })).map(([t, n]) => 'a'.repeat(n) + t);
    fc.assert(
      fc.property(long, fc.constantFrom(...CHANNEL_IDS), (t, channel) => {
        const count = countForChannel(t, channel);
        expect(count.over).toBe(count.limit !== undefined && count.used > count.limit);
        expect(count.overflowStart !== undefined).toBe(count.over);
        if (count.limit !== undefined) expect(count.remaining).toBe(count.limit - count.used);
        if (count.overflowStart !== undefined) {
          expect(count.overflowStart).toBeGreaterThanOrEqual(0);
          expect(count.overflowStart).toBeLessThan(t.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
