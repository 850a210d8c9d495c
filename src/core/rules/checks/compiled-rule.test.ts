import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiWordVariant, translateValeRegex } from '../vale-regex';
import type { ValeBlock } from '../vale-text';
import { blockMatches, matchesOf } from './compiled-rule';

function regex(pattern: string): RegExp {
  const result = translateValeRegex(pattern);
  if (!result.ok) throw new Error(result.error);
  return result.regex;
}

function blocksOf(texts: readonly string[]): ValeBlock[] {
  return texts.map((text) => ({ scopes: ['text'], text, offsets: [...text].map((_, i) => i) }));
}

/** The reference: every block scanned alone with the exact (Unicode-aware) pattern. */
function oneByOne(re: RegExp, blocks: readonly ValeBlock[]): string[] {
  return blocks.flatMap((b, i) => [...matchesOf(re, b.text)].map((m) => `${i}:${m.index}:${m[0]}`));
}

function joinedScan(re: RegExp, blocks: readonly ValeBlock[]): string[] {
  return [...blockMatches(re, blocks)].map(({ block, match, start }) => `${block}:${start}:${match[0]}`);
}

const PATTERNS = [
  '\\b(?:very|real)\\b',
  '(?i)\\b\\w+ly\\b',
  '\\w+\\d',
  '\\B[a-z]{2}\\b',
  '(?:[^,]+,){1,}\\s\\w+\\s(?:and|or)',
];

describe('blockMatches', () => {
  it('uses a faster ASCII form of \\b, \\w and \\d that finds the same matches in ASCII text', () => {
    const exact = regex('\\bnaive\\w*\\b');
    const fast = asciiWordVariant(exact);
    expect(fast?.source).toBe('(?<!\\w)naive[\\w]*\\b');
    const ascii = 'A naively naive plan.';
    expect([...matchesOf(fast ?? exact, ascii)].map((m) => m[0])).toEqual(
      [...matchesOf(exact, ascii)].map((m) => m[0]),
    );
    // Outside ASCII the forms differ, which is why such blocks are scanned with the exact pattern.
    expect([...matchesOf(exact, 'naiveé')].map((m) => m[0])).toEqual(['naiveé']);
    expect([...matchesOf(fast ?? exact, 'naiveé')].map((m) => m[0])).toEqual(['naive']);
  });

  it('gives the matches of a block-by-block scan, with words outside ASCII anywhere', () => {
    const word = fc.constantFrom(
      'very',
      'real',
      'really',
      'naïve',
      'café',
      'x2',
      'éa',
      'ab',
      'and',
      'or',
      '’s',
      '👩‍💻',
      'ñu',
    );
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', ', ', '. ', '\n')), { maxLength: 12 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.array(text, { minLength: 1, maxLength: 5 }), (pattern, texts) => {
        const re = regex(pattern);
        const blocks = blocksOf(texts);
        expect(joinedScan(re, blocks)).toEqual(oneByOne(re, blocks));
      }),
      { numRuns: 400 },
    );
  });
});
