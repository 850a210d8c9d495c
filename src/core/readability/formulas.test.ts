import { describe, expect, it } from 'vitest';
import { englishSyllables } from './syllables-en';
import {
  automatedReadabilityIndex,
  colemanLiau,
  countLetters,
  fleschKincaidGrade,
  fleschKincaidGradeBand,
  fleschReadingEase,
  fleschReadingEaseBand,
  gradeBand,
  gunningFog,
  gunningFogBand,
  isComplexWord,
  isLongWord,
  kandelMoles,
  kandelMolesBand,
  lix,
  lixBand,
  readabilityCounts,
  smog,
  smogBand,
  type ReadabilityCounts,
} from './formulas';
import { frenchSyllables } from './syllables-fr';

/** Round numbers so that every score can be checked by hand. */
const TEXT: ReadabilityCounts = {
  words: 100,
  sentences: 5,
  syllables: 150,
  letters: 480,
  complexWords: 10,
  polysyllables: 12,
  longWords: 25,
};

const NO_WORDS: ReadabilityCounts = { ...TEXT, words: 0 };
const NO_SENTENCES: ReadabilityCounts = { ...TEXT, sentences: 0 };

describe('English formulas', () => {
  // words/sentences = 100/5 = 20; syllables/words = 150/100 = 1.5

  it('Flesch reading ease', () => {
    // 206.835 − 1.015 × 20 − 84.6 × 1.5 = 206.835 − 20.3 − 126.9 = 59.635
    expect(fleschReadingEase(TEXT)).toBeCloseTo(59.635, 10);
    // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables:
    // 206.835 − 1.015 × 6 − 84.6 × 1 = 206.835 − 6.09 − 84.6 = 116.145 (not clamped)
    expect(fleschReadingEase({ words: 6, sentences: 1, syllables: 6 })).toBeCloseTo(116.145, 10);
  });

  it('Flesch–Kincaid grade', () => {
    // 0.39 × 20 + 11.8 × 1.5 − 15.59 = 7.8 + 17.7 − 15.59 = 9.91
    expect(fleschKincaidGrade(TEXT)).toBeCloseTo(9.91, 10);
    // 0.39 × 6 + 11.8 × 1 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
    expect(fleschKincaidGrade({ words: 6, sentences: 1, syllables: 6 })).toBeCloseTo(-1.45, 10);
  });

  it('Gunning fog', () => {
    // 0.4 × (20 + 100 × 10/100) = 0.4 × (20 + 10) = 12
    expect(gunningFog(TEXT)).toBeCloseTo(12, 10);
  });

  it('SMOG, normalised to 30 sentences', () => {
    // 1.043 × √(12 × 30 / 5) + 3.1291 = 1.043 × √72 + 3.1291 = 1.043 × 8.485281 + 3.1291 = 8.850148 + 3.1291 = 11.979248
    expect(smog(TEXT)).toBeCloseTo(11.979248, 5);
    // No polysyllable: 1.043 × 0 + 3.1291 = 3.1291
    expect(smog({ ...TEXT, polysyllables: 0 })).toBeCloseTo(3.1291, 10);
  });

  it('Coleman–Liau', () => {
    // L = 480/100 × 100 = 480 letters per 100 words; S = 5/100 × 100 = 5 sentences per 100 words
    // 0.0588 × 480 − 0.296 × 5 − 15.8 = 28.224 − 1.48 − 15.8 = 10.944
    expect(colemanLiau(TEXT)).toBeCloseTo(10.944, 10);
  });

  it('automated readability index', () => {
    // 4.71 × 480/100 + 0.5 × 20 − 21.43 = 22.608 + 10 − 21.43 = 11.178
    expect(automatedReadabilityIndex(TEXT)).toBeCloseTo(11.178, 10);
  });
});

describe('French formulas', () => {
  it('Kandel & Moles', () => {
    // 207 − 1.015 × 20 − 73.6 × 1.5 = 207 − 20.3 − 110.4 = 76.3
    expect(kandelMoles(TEXT)).toBeCloseTo(76.3, 10);
  });

  it('LIX', () => {
    // 20 + 100 × 25/100 = 20 + 25 = 45
    expect(lix(TEXT)).toBeCloseTo(45, 10);
  });
});

describe('every formula', () => {
  const formulas = {
    fleschReadingEase,
    fleschKincaidGrade,
    gunningFog,
    smog,
    colemanLiau,
    automatedReadabilityIndex,
    kandelMoles,
    lix,
  };

  it('is undefined without words or without sentences', () => {
    for (const [name, formula] of Object.entries(formulas)) {
      expect(formula(NO_WORDS), name).toBeUndefined();
      expect(formula(NO_SENTENCES), name).toBeUndefined();
      expect(formula(TEXT), name).toEqual(expect.any(Number));
    }
  });
});

describe('bands', () => {
  it('reads Flesch and Kandel–Moles with Flesch’s bands, a bound in the easier band', () => {
    const band = (s: number) => `${s} ${fleschReadingEaseBand(s)}`;
    expect([100, 90, 89.9, 80, 70, 60, 59.635, 50, 49.9, 30, 29.9, -5].map(band)).toEqual([
      '100 very easy',
      '90 very easy',
      '89.9 easy',
      '80 easy',
      '70 fairly easy',
      '60 standard',
      '59.635 fairly difficult',
      '50 fairly difficult',
      '49.9 difficult',
      '30 difficult',
      '29.9 very difficult',
      '-5 very difficult',
    ]);
    expect(kandelMolesBand(76.3)).toBe('fairly easy');
  });

  it('reads grade levels with the school grades of Flesch’s bands', () => {
    const band = (g: number) => `${g} ${gradeBand(g)}`;
    expect([-1.45, 5.9, 6, 7, 8, 9.91, 10, 12.9, 13, 15.9, 16, 20].map(band)).toEqual([
      '-1.45 very easy',
      '5.9 very easy',
      '6 easy',
      '7 fairly easy',
      '8 standard',
      '9.91 standard',
      '10 fairly difficult',
      '12.9 fairly difficult',
      '13 difficult',
      '15.9 difficult',
      '16 very difficult',
      '20 very difficult',
    ]);
    expect(fleschKincaidGradeBand(9.91)).toBe('standard');
    expect(gunningFogBand(12)).toBe('fairly difficult');
    expect(smogBand(11.979248)).toBe('fairly difficult');
  });

  it('reads LIX with Björnsson’s bands, a bound in the harder band', () => {
    const band = (s: number) => `${s} ${lixBand(s)}`;
    expect([20, 30, 39.9, 40, 45, 50, 59.9, 60, 75].map(band)).toEqual([
      '20 very easy',
      '30 easy',
      '39.9 easy',
      '40 standard',
      '45 standard',
      '50 difficult',
      '59.9 difficult',
      '60 very difficult',
      '75 very difficult',
    ]);
  });
});

describe('counting', () => {
  /** Syllables by hand, so that these tests do not depend on a syllable counter. */
  const HAND: Record<string, number> = {
    beautiful: 3, // beau-ti-ful
    created: 3, // cre-a-ted
    interesting: 4, // in-ter-est-ing
    witnesses: 3, // wit-ness-es
    companies: 3, // com-pa-nies
    changes: 2, // chang-es
    Canada: 3,
    well: 1,
    known: 1,
    self: 1,
    explanatory: 5, // ex-plan-a-to-ry
    cat: 1,
    // the words without -es, -ed, -ing
    creat: 2, // cre-at
    interest: 3, // in-ter-est
    witness: 2, // wit-ness
    chang: 1,
    compani: 3, // com-pa-ni
  };
  const hand = (w: string): number => HAND[w] ?? 1;

  it('takes Gunning’s complex words: 3 syllables without -es, -ed, -ing, proper nouns or easy compounds', () => {
    const complex = Object.keys(HAND).filter((w) => isComplexWord(w, hand));
    // created: creat = 2, not complex; interesting: interest = 3, complex; witnesses: witness = 2, not complex;
    // companies: compani = 3, complex
    expect(complex).toEqual(['beautiful', 'interesting', 'companies', 'explanatory', 'interest', 'compani']);
    // French: the counter already leaves out the mute -es (ex-pé-rien(ces) = 3, ex-pé-rienc = 3)
    expect(isComplexWord('expériences', frenchSyllables)).toBe(true);
    expect(isComplexWord('ressources', frenchSyllables)).toBe(false);
    expect(isComplexWord('well-known', hand)).toBe(false);
    expect(isComplexWord('self-explanatory', hand)).toBe(true);
  });

  it('counts letters and digits, and long words by their letters', () => {
    expect(countLetters('l’équipe')).toBe(7); // l é q u i p e
    expect(countLetters('React-18')).toBe(7); // R e a c t 1 8
    expect(isLongWord('réécriture')).toBe(true);
    expect(isLongWord('terminé')).toBe(true); // 7 letters
    expect(isLongWord('fiable')).toBe(false); // 6 letters
    expect(isLongWord('2022-2023')).toBe(false);
  });

  it('counts a French sentence of the corpus (fr-article-1614w.txt)', () => {
    // "Nous avons récemment terminé une réécriture de ce compilateur afin qu'il soit plus fiable et plus malin."
    const words = ['Nous', 'avons', 'récemment', 'terminé', 'une', 'réécriture', 'de', 'ce', 'compilateur'].concat([
      'afin',
      "qu'il",
      'soit',
      'plus',
      'fiable',
      'et',
      'plus',
      'malin',
    ]);
    const counts = readabilityCounts(words, 1, frenchSyllables);
    // syllables: 1 + 2 + 3 + 3 + 1 + 4 + 1 + 1 + 4 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 2 = 30
    // letters: 4 + 5 + 9 + 7 + 3 + 10 + 2 + 2 + 11 + 4 + 4 + 4 + 4 + 6 + 2 + 4 + 5 = 86
    // 3 syllables or more, and more than 6 letters: récemment, terminé, réécriture, compilateur
    expect(counts).toEqual({
      words: 17,
      sentences: 1,
      syllables: 30,
      letters: 86,
      complexWords: 4,
      polysyllables: 4,
      longWords: 4,
    });
    // 207 − 1.015 × 17 − 73.6 × 30/17 = 207 − 17.255 − 129.882353 = 59.862647: fairly difficult
    expect(kandelMoles(counts)).toBeCloseTo(59.862647, 5);
    expect(kandelMolesBand(kandelMoles(counts) ?? 0)).toBe('fairly difficult');
    // 17/1 + 100 × 4/17 = 17 + 23.529412 = 40.529412: standard
    expect(lix(counts)).toBeCloseTo(40.529412, 5);
    expect(lixBand(lix(counts) ?? 0)).toBe('standard');
  });

  it('counts an English sentence with the status bar’s syllable counter', () => {
    const counts = readabilityCounts(['The', 'cat', 'sat', 'on', 'the', 'mat'], 1, englishSyllables);
    // letters: 3 + 3 + 3 + 2 + 3 + 3 = 17
    expect(counts).toEqual({
      words: 6,
      sentences: 1,
      syllables: 6,
      letters: 17,
      complexWords: 0,
      polysyllables: 0,
      longWords: 0,
    });
    expect(fleschReadingEase(counts)).toBeCloseTo(116.145, 10);
  });
});
