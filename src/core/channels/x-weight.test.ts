import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { X_CONFIG, xCodePointWeight, xWeights } from './x-weight';

const length = (text: string): number => xWeights(text).length;

describe('xWeights: length', () => {
  it('counts Latin characters 1 and normalizes to NFC first', () => {
    expect(length('')).toBe(0);
    expect(length('This is a test.')).toBe(15);
    expect(length('a'.repeat(279) + 'é')).toBe(280);
    expect(length('a'.repeat(279) + 'e\u0301')).toBe(280);
    // U+FB2C decomposes into three characters of weight 1.
    expect(length('A\uFB2C')).toBe(4);
  });

  it('counts CJK and other characters outside the light ranges 2', () => {
    expect(length('你好')).toBe(4);
    expect(length('저찀쯿쿿')).toBe(8);
    expect(length('\u{10000}\u{10FFFF}')).toBe(4);
    expect(length('ABC\u202A\uFFFFABC\uFFFE')).toBe(12);
    expect(
      length(
        'This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008' +
          '\u2009\u200A\u200B\u200C\u200D ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷',
      ),
    ).toBe(112);
  });

  it('counts every emoji sequence 2, whatever its code points', () => {
    expect(length('👩‍💻')).toBe(2);
    expect(length('🇫🇷')).toBe(2);
    expect(length('1️⃣')).toBe(2);
    expect(length('1\u20E3')).toBe(2);
    expect(length('👍🏽')).toBe(2);
    expect(length('🏴󠁧󠁢󠁥󠁮󠁧󠁿')).toBe(2);
    expect(length('😷👾😡🔥💩')).toBe(10);
    expect(length('Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴󠁧󠁢󠁥󠁮󠁧󠁿')).toBe(34);
    expect(length('Unicode 9.0 emoji: 🤠; 💃; 💃🏾')).toBe(29);
    expect(length('👨‍👩‍👧‍👦'.repeat(140))).toBe(280);
    // Text-default symbols: © alone is in the light range; ❤ is not.
    expect(length('©')).toBe(1);
    expect(length('❤')).toBe(2);
  });

  it('counts every URL 23, with or without a protocol', () => {
    const url = `https://example.com/${'a'.repeat(40)}`;
    expect(url).toHaveLength(60);
    expect(length(url)).toBe(23);
    expect(length('http://t.co')).toBe(23);
    expect(length('Test https://test.com test https://test.com test.com test')).toBe(86);
    expect(length('www.example.fr example.com/path')).toBe(47);
    expect(length('\u2066\u202Ahttp://foobar.پاکستان/\u202C\u2069')).toBe(31);
  });
});

describe('xCodePointWeight', () => {
  it('weighs the configured ranges 100 and the rest 200', () => {
    const weights = [0x0000, 0x10ff, 0x1100, 0x2000, 0x200d, 0x200e, 0x2010, 0x201f, 0x2020, 0x2032, 0x2037, 0x2038];
    expect(weights.map(xCodePointWeight)).toEqual([100, 100, 200, 100, 100, 200, 100, 100, 200, 100, 100, 200]);
    expect(X_CONFIG).toMatchObject({
      maxWeightedTweetLength: 280,
      scale: 100,
      defaultWeight: 200,
      transformedURLLength: 23,
    });
  });
});

describe('xWeights: segments and offsetAt', () => {
  it('gives one segment per URL, emoji sequence or grapheme, in original offsets', () => {
    expect(xWeights('e\u0301👩‍💻 https://x.com/ab 你').segments).toEqual([
      { start: 0, end: 2, weight: 1 },
      { start: 2, end: 7, weight: 2 },
      { start: 7, end: 8, weight: 1 },
      { start: 8, end: 24, weight: 23 },
      { start: 24, end: 25, weight: 1 },
      { start: 25, end: 26, weight: 2 },
    ]);
  });

  it('keeps a grapheme whole when its characters weigh separately', () => {
    // q + U+0301 has no precomposed form: two characters of weight 1, one grapheme.
    expect(xWeights('q\u0301').segments).toEqual([{ start: 0, end: 2, weight: 2 }]);
    expect(xWeights('a'.repeat(279) + 'q\u0301').offsetAt(280)).toBe(279);
  });

  it('finds the UTF-16 offset of the first character past the limit', () => {
    expect(xWeights('a'.repeat(280)).offsetAt(280)).toBeUndefined();
    const cjk = xWeights(`${'a'.repeat(279)}你`);
    expect(cjk.length).toBe(281);
    expect(cjk.offsetAt(280)).toBe(279);
    const emoji = xWeights(`${'a'.repeat(278)}👩‍💻b`);
    expect(emoji.length).toBe(281);
    expect(emoji.offsetAt(280)).toBe(283);
    const url = xWeights(`${'a'.repeat(270)} https://example.com/page`);
    expect(url.length).toBe(294);
    expect(url.offsetAt(280)).toBe(271);
    const normalized = xWeights('e\u0301'.repeat(10) + 'a'.repeat(271));
    expect(normalized.length).toBe(281);
    expect(normalized.offsetAt(280)).toBe(290);
    expect(xWeights('故人西辞黄鹤楼'.repeat(23)).offsetAt(280)).toBe(140);
    expect(xWeights('').offsetAt(0)).toBeUndefined();
  });
});

describe('xWeights: properties', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc
      .array(
        fc.constantFrom('a', 'Å', 'é', 'ệ', '가', '각', 'ᄀ', 'ᅡ', 'ᆨ', 'שּׁ', '\u0301', '\u0323', '👩‍💻', ' ', 'x.com'),
        {
          maxLength: 30,
        },
      )
      .map((parts) => parts.join('')),
  );

  it('segments cover the text in order and add up to the length, the same in any normal form', () => {
    fc.assert(
      fc.property(text, (t) => {
        const weights = xWeights(t);
        let at = 0;
        let sum = 0;
        for (const segment of weights.segments) {
          expect(segment.start).toBe(at);
          expect(segment.end).toBeGreaterThan(segment.start);
          at = segment.end;
          sum += segment.weight;
        }
        expect(at).toBe(t.length);
        expect(sum).toBe(weights.length);
        expect(xWeights(t.normalize('NFD')).length).toBe(weights.length);
        expect(xWeights(t.normalize('NFC')).length).toBe(weights.length);
      }),
      { numRuns: 300 },
    );
  });
});
