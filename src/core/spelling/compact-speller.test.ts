import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nspell from 'nspell';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDictionaries, encodeDictionary, type Language } from '../../../scripts/compile-dictionaries.mjs';
import { loadSpeller } from '../../cli/dictionaries';
import { CompactDictionary } from './compact-dictionary';
import { createCompactSpeller } from './compact-speller';
import type { Speller } from './speller';

const SLOW = 120_000;

/** What nspell keeps besides its methods, which its types do not declare. */
interface NSpellTable {
  data: Record<string, string[]>;
  flags: Record<string, unknown>;
}

/** A dictionary from a hand-made word list: each word with the flag codes it carries. */
function tinyDictionary(entries: Record<string, string[]>, blockSize: number): CompactDictionary {
  return new CompactDictionary(
    encodeDictionary(
      {
        words: new Map(Object.entries(entries)),
        flags: { FORBIDDENWORD: 'F', KEEPCASE: 'K', ONLYINCOMPOUND: 'O', NOSUGGEST: 'N' },
        conversion: { in: [], out: [] },
        replacementTable: [],
        compoundRules: [],
      },
      { blockSize },
    ),
  );
}

describe('CompactDictionary', () => {
  // Masks: FORBIDDENWORD 1, KEEPCASE 2, ONLYINCOMPOUND 4, NOSUGGEST 8.
  const entries: Record<string, string[]> = {
    a: [],
    abc: ['K'],
    abcd: [],
    abd: ['x', 'N'],
    b: [],
    bonjour: [],
    zèbre: ['F', 'O'],
    à: [],
    œuvre: ['K', 'N'],
    'l’œuvre': [],
    '’': [],
    '\uFFFD': [],
    ﬁn: [],
    '😀': ['O'],
  };
  const masks: Record<string, number> = { abc: 2, abd: 8, zèbre: 5, œuvre: 10, '😀': 4 };

  it.each([1, 2, 3, 4, 32])('finds every word with its mask (blocks of %i)', (blockSize) => {
    const dictionary = tinyDictionary(entries, blockSize);
    expect(dictionary.header.wordCount).toBe(14);
    for (const word of Object.keys(entries)) expect([word, dictionary.lookup(word)]).toEqual([word, masks[word] ?? 0]);
  });

  it.each([1, 2, 3, 4, 32])('finds no other word (blocks of %i)', (blockSize) => {
    const dictionary = tinyDictionary(entries, blockSize);
    const absent = [
      '', // empty
      '0', // before the first word
      'A', // before the first word, and not lower-cased
      '😁', // after the last word
      '\u{10FFFF}',
      'ab', // a prefix of a word, between "a" and "abc"
      'abcc', // between "abc" and "abcd"
      'abcde', // a word plus a letter
      'abe', // between "abd" and "b"
      'bonjou',
      'bonjourx',
      'zebre',
      'ä', // between "à" and "œuvre"
      'oeuvre',
      'œuvr',
      'œuvres',
      "l'œuvre", // another apostrophe
      '‘', // U+2018 < "’" U+2019
      'fin',
      '\uD800', // a lone surrogate, which encodes as "\uFFFD"
      'a\uDC00',
      'a'.repeat(200), // longer than any word can be
    ];
    for (const word of absent) expect([word, dictionary.lookup(word)]).toEqual([word, -1]);
  });

  it('answers as a Set of the same words would', () => {
    const letter = fc.constantFrom('a', 'b', 'é', 'œ', '’', '😀', 'ﬁ', '\uFFFD');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 60 }),
        fc.array(fc.oneof(word, fc.constant('\uD83D')), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (words, queries, blockSize) => {
          const dictionary = tinyDictionary(Object.fromEntries(words.map((w) => [w, []])), blockSize);
          for (const query of [...words, ...queries]) {
            expect(dictionary.lookup(query)).toBe(words.includes(query) ? 0 : -1);
          }
        },
      ),
    );
  });

  it('refuses a file that is not a dictionary', () => {
    expect(() => new CompactDictionary(new TextEncoder().encode('not a dictionary'))).toThrow(/Not a Porte-voix/);
  });
});

const corpus = new URL('../../../../shared/corpus/', import.meta.url);

/** Every word token of the corpus, once each, in the order met. */
function corpusWords(): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(new URL(file, corpus), 'utf8');
    for (const segment of new Intl.Segmenter(file.slice(0, 2), { granularity: 'word' }).segment(text)) {
      if (segment.isWordLike) words.add(segment.segment);
    }
  }
  return [...words];
}

function casings(word: string): string[] {
  const lower = word.toLowerCase();
  return [word, lower, word.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1)];
}

/** One letter deleted, doubled, or swapped with the next. */
function misspellings(word: string): string[] {
  const letters = Array.from(word);
  const result: string[] = [];
  letters.forEach((letter, index) => {
    const before = letters.slice(0, index).join('');
    const after = letters.slice(index + 1).join('');
    result.push(before + after, before + letter + letter + after);
    if (index + 1 < letters.length)
      result.push(before + letters[index + 1] + letter + letters.slice(index + 2).join(''));
  });
  return result;
}

describe.each<Language>(['en', 'fr'])('compact speller (%s) against nspell', (language) => {
  let reference: nspell;
  let compact: Speller;
  let bytes: Uint8Array;
  let outDir: string;
  const words = corpusWords();
  const misspelled = [...new Set(words.flatMap(misspellings))];

  beforeAll(async () => {
    const folder = new URL(`../../../node_modules/dictionary-${language}/`, import.meta.url);
    reference = nspell(readFileSync(new URL('index.aff', folder)), readFileSync(new URL('index.dic', folder)));
    outDir = mkdtempSync(join(tmpdir(), 'pvdict-'));
    const [result] = await compileDictionaries({ languages: [language], outDir, force: true });
    if (!result) throw new Error('Nothing compiled');
    bytes = readFileSync(result.path);
    compact = createCompactSpeller(bytes);
  }, SLOW);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  function compare(list: string[], label: string): void {
    const differences = list.filter((word) => compact.correct(word) !== reference.correct(word));
    const accepted = list.filter((word) => reference.correct(word)).length;
    console.log(`${language} ${label}: ${list.length} words, ${accepted} accepted, ${list.length - accepted} rejected`);
    expect(differences).toEqual([]);
  }

  it('compiles to a small file, and skips it when up to date', async () => {
    expect(bytes.length).toBeLessThan(20e6);
    const [again] = await compileDictionaries({ languages: [language], outDir });
    expect(again?.compiled).toBe(false);
  });

  it(
    'holds every word of nspell’s table with its flags, and no other',
    () => {
      const dictionary = new CompactDictionary(bytes);
      const { data, flags } = reference as unknown as NSpellTable;
      const keys = Object.keys(data);
      expect(dictionary.header.wordCount).toBe(keys.length);
      const wrong: string[] = [];
      for (const word of keys) {
        let mask = 0;
        dictionary.header.maskFlags.forEach((name, bit) => {
          if (name in flags && data[word]?.includes(flags[name] as string)) mask |= 1 << bit;
        });
        if (dictionary.lookup(word) !== mask) wrong.push(word);
      }
      const absent = misspelled.filter((word) => !(word in data));
      for (const word of absent) if (dictionary.lookup(word) !== -1) wrong.push(word);
      console.log(`${language} table: ${keys.length} words found with their flags, ${absent.length} absent ones not`);
      expect(wrong).toEqual([]);
    },
    SLOW,
  );

  it('corrects every corpus word, in every casing, as nspell does', () => {
    compare([...new Set(words.flatMap(casings))], 'corpus words and casings');
  });

  it('corrects misspelled corpus words as nspell does', () => {
    compare(misspelled, 'corpus misspellings');
  });

  it(
    'corrects a sample of nspell’s own forms, in every casing, as nspell does',
    () => {
      const { data } = reference as unknown as NSpellTable;
      const keys = Object.keys(data);
      const step = Math.floor(keys.length / 25_000);
      const sample = keys.filter((word, index) => index % step === 0 || (data[word]?.length ?? 0) > 0);
      expect(sample.length).toBeGreaterThanOrEqual(25_000);
      compare([...new Set(sample.flatMap(casings))], 'dictionary forms and casings');
    },
    SLOW,
  );

  it(
    'suggests what nspell suggests',
    () => {
      const rejected = misspelled.filter((word) => !reference.correct(word));
      const step = Math.floor(rejected.length / 45);
      const sample = rejected.filter((_word, index) => index % step === 0).slice(0, 45);
      expect(sample.length).toBe(45);
      let suggestions = 0;
      for (const word of sample) {
        const expected = reference.suggest(word);
        suggestions += expected.length;
        expect([word, compact.suggest(word)]).toEqual([word, expected]);
      }
      console.log(`${language} suggest: ${sample.length} misspelled words, ${suggestions} suggestions, all identical`);
    },
    SLOW,
  );
});

describe('loadSpeller', () => {
  it(
    'loads the compiled dictionary, compiling it when missing',
    async () => {
      const speller = await loadSpeller('en');
      expect(speller.correct('hello')).toBe(true);
      expect(speller.correct('helo')).toBe(false);
      expect(speller.suggest('helo')).toContain('hello');
    },
    SLOW,
  );
});
