import { describe, expect, it } from 'vitest';
import { englishSyllables } from './syllables-en';

describe('englishSyllables', () => {
  it('counts as the syllable package does, at least one per word', () => {
    expect(['cat', 'standard', 'library', 'API', '2017', 'itertools'].map(englishSyllables)).toEqual([
      1, 2, 3, 2, 1, 3,
    ]);
  });
});
