import { describe, expect, it } from 'vitest';
import {
  LIX_BANDS,
  SCORE_ORDER,
  describeScore,
  gradeLevelInWords,
  higherIsEasier,
  lixScoreBand,
  scoreBand,
  scoreLabel,
  type ScoreName,
} from './meanings';

describe('Flesch reading ease and Kandel–Moles', () => {
  it('follow Flesch’s table; a bound belongs to the easier band', () => {
    const bands = [100, 90, 89.9, 80, 70, 60, 59.9, 50, 30, 29.9, -5].map(
      (v) => `${v} ${scoreBand('fleschReadingEase', v)}`,
    );
    expect(bands).toEqual([
      '100 very-easy',
      '90 very-easy',
      '89.9 easy',
      '80 easy',
      '70 fairly-easy',
      '60 standard',
      '59.9 fairly-difficult',
      '50 fairly-difficult',
      '30 difficult',
      '29.9 very-difficult',
      '-5 very-difficult',
    ]);
    for (const v of [95, 85, 75, 65, 55, 40, 10]) {
      expect(scoreBand('kandelMoles', v)).toBe(scoreBand('fleschReadingEase', v));
    }
  });

  it('say who can read the text, in English and in French', () => {
    // 44.03: Flesch reading ease of en-article-1585w.txt (see scorecard.test.ts).
    expect(describeScore('fleschReadingEase', 44.03, 'en')).toEqual({
      label: 'Flesch reading ease',
      band: 'difficult',
      meaning: 'Difficult to read: college level (18–22 years old).',
    });
    expect(describeScore('fleschReadingEase', 44.03, 'fr')).toEqual({
      label: 'Facilité de lecture de Flesch',
      band: 'difficult',
      meaning: 'Difficile à lire\u00a0: niveau études supérieures (18–22 ans).',
    });
    // 56.44: Kandel–Moles of fr-article-1614w.txt.
    expect(describeScore('kandelMoles', 56.44, 'fr')).toEqual({
      label: 'Facilité de lecture de Kandel–Moles',
      band: 'fairly-difficult',
      meaning: 'Plutôt difficile à lire\u00a0: niveau lycée, de la seconde à la terminale (15–18 ans).',
    });
    expect(describeScore('kandelMoles', 65, 'en').meaning).toBe('Plain language: 8th and 9th grade (13–15 years old).');
    expect(describeScore('fleschReadingEase', 92, 'en').meaning).toBe(
      'Very easy to read: 5th grade (10–11 years old).',
    );
    expect(describeScore('fleschReadingEase', 12, 'fr').meaning).toBe(
      'Très difficile à lire\u00a0: niveau diplômé du supérieur (22 ans et plus).',
    );
  });
});

describe('grade levels', () => {
  it('are school grades in words, with the reader’s age', () => {
    const en = [-1.45, 0.99, 1, 2.5, 3.2, 8, 8.9, 11, 12.42, 13, 14.26, 16.99, 17, 22].map((g) =>
      gradeLevelInWords(g, 'en'),
    );
    expect(en).toEqual([
      'below 1st grade (under 6 years old)',
      'below 1st grade (under 6 years old)',
      'about 1st grade (6–7 years old)',
      'about 2nd grade (7–8 years old)',
      'about 3rd grade (8–9 years old)',
      'about 8th grade (13–14 years old)',
      'about 8th grade (13–14 years old)',
      'about 11th grade (16–17 years old)',
      'about 12th grade (17–18 years old)',
      'college level, about year 1 (18–19 years old)',
      'college level, about year 2 (19–20 years old)',
      'college level, about year 4 (21–22 years old)',
      'graduate level (22 years old and over)',
      'graduate level (22 years old and over)',
    ]);
    const fr = [0.5, 1, 5, 6, 8, 10, 11, 12, 13, 14, 17].map((g) => gradeLevelInWords(g, 'fr'));
    expect(fr).toEqual([
      'avant le CP (moins de 6 ans)',
      'environ le niveau du CP (6–7 ans)',
      'environ le niveau du CM2 (10–11 ans)',
      'environ le niveau de 6e (11–12 ans)',
      'environ le niveau de 4e (13–14 ans)',
      'environ le niveau de seconde (15–16 ans)',
      'environ le niveau de première (16–17 ans)',
      'environ le niveau de terminale (17–18 ans)',
      'niveau études supérieures, environ 1re année (18–19 ans)',
      'niveau études supérieures, environ 2e année (19–20 ans)',
      'niveau master ou au-delà (22 ans et plus)',
    ]);
  });

  it('have the same bands as the status bar, and a meaning that names level and band', () => {
    // Flesch–Kincaid 12.42 and Gunning fog 14.26: en-article-1585w.txt.
    expect(describeScore('fleschKincaidGrade', 12.42, 'en')).toEqual({
      label: 'Flesch–Kincaid grade',
      band: 'fairly-difficult',
      meaning: 'About 12th grade (17–18 years old): fairly difficult to read.',
    });
    expect(describeScore('gunningFog', 14.26, 'fr')).toEqual({
      label: 'Indice de Gunning (fog)',
      band: 'difficult',
      meaning: 'Niveau études supérieures, environ 2e année (19–20 ans)\u00a0: difficile à lire.',
    });
    expect(describeScore('smog', 8, 'en').meaning).toBe('About 8th grade (13–14 years old): plain language.');
    expect(describeScore('colemanLiau', 8, 'fr').meaning).toBe(
      'Environ le niveau de 4e (13–14 ans)\u00a0: langage courant.',
    );
    expect(describeScore('automatedReadabilityIndex', 3, 'en').band).toBe('very-easy');
    expect([5.9, 6, 7, 9.9, 10, 12.9, 13, 15.9, 16].map((g) => scoreBand('smog', g))).toEqual([
      'very-easy',
      'easy',
      'fairly-easy',
      'standard',
      'fairly-difficult',
      'fairly-difficult',
      'difficult',
      'difficult',
      'very-difficult',
    ]);
  });
});

describe('LIX', () => {
  it('has five bands: below 25, 25–35, 35–45, 45–55, above 55', () => {
    expect(LIX_BANDS).toEqual({ veryEasyBelow: 25, easyBelow: 35, mediumBelow: 45, difficultUpTo: 55 });
    const bands = [10, 24.9, 25, 34.9, 35, 44.9, 45, 55, 55.1, 70].map((v) => `${v} ${lixScoreBand(v)}`);
    expect(bands).toEqual([
      '10 very-easy',
      '24.9 very-easy',
      '25 easy',
      '34.9 easy',
      '35 standard',
      '44.9 standard',
      '45 difficult',
      '55 difficult',
      '55.1 very-difficult',
      '70 very-difficult',
    ]);
  });

  it('says what kind of text reads like it', () => {
    // 51.84: LIX of fr-article-1614w.txt.
    expect(describeScore('lix', 51.84, 'fr')).toEqual({
      label: 'LIX',
      band: 'difficult',
      meaning: 'Difficile à lire, comme un texte documentaire ou administratif.',
    });
    expect(describeScore('lix', 40, 'en').meaning).toBe('Medium difficulty, like newspapers and magazines.');
    expect(describeScore('lix', 20, 'en').meaning).toBe('Very easy to read, like children’s books.');
    expect(describeScore('lix', 60, 'fr').meaning).toBe(
      'Très difficile à lire, comme un texte spécialisé ou universitaire.',
    );
  });
});

describe('labels', () => {
  it('name every score in both languages', () => {
    expect(SCORE_ORDER.map((n) => scoreLabel(n, 'en'))).toEqual([
      'Flesch reading ease',
      'Flesch–Kincaid grade',
      'Gunning fog index',
      'SMOG grade',
      'Coleman–Liau index',
      'Automated readability index',
      'Kandel–Moles reading ease',
      'LIX',
    ]);
    expect(SCORE_ORDER.map((n) => scoreLabel(n, 'fr'))).toEqual([
      'Facilité de lecture de Flesch',
      'Niveau scolaire de Flesch–Kincaid',
      'Indice de Gunning (fog)',
      'Indice SMOG',
      'Indice de Coleman–Liau',
      'Indice ARI',
      'Facilité de lecture de Kandel–Moles',
      'LIX',
    ]);
    expect(SCORE_ORDER.filter(higherIsEasier)).toEqual(['fleschReadingEase', 'kandelMoles']);
  });

  it('French meanings follow French typography: a no-break space before a colon, no straight apostrophe', () => {
    const values = [-3, 4, 8, 12, 15, 20, 30, 40, 50, 55, 60, 65, 75, 85, 95];
    for (const name of SCORE_ORDER as ScoreName[]) {
      for (const value of values) {
        const { meaning } = describeScore(name, value, 'fr');
        expect(meaning).not.toMatch(/(?:^|[^\u00a0]):|'/u);
        expect(describeScore(name, value, 'en').meaning).not.toMatch(/\u00a0/u);
      }
    }
  });
});
