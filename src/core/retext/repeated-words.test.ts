import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { repeatedWordsCheck } from './repeated-words';

// Corpus sentences (en-paragraph-90w.txt, fr-article-1614w.txt) with a word typed twice.
describe('PorteVoix.RepeatedWords', () => {
  it('finds a word typed twice, in English and French', () => {
    expect(
      checkLines(
        repeatedWordsCheck,
        'This can happen, for example, when a type gets a new method that was was already available through a popular trait.',
        'en',
      ),
    ).toEqual(['65:72:PorteVoix.RepeatedWords:“was” is repeated: remove one. => was']);
    expect(
      checkLines(
        repeatedWordsCheck,
        'Une des des leçons que nous en avons tirées, c’est qu’il est frustrant d’attendre.',
        'fr',
      ),
    ).toEqual(['4:11:PorteVoix.RepeatedWords:“des” is repeated: remove one. => des']);
  });

  it('passes text without repeats', () => {
    expect(
      checkLines(
        repeatedWordsCheck,
        'This can happen, for example, when a type gets a new method that was already available.',
        'en',
      ),
    ).toEqual([]);
  });

  it('writes its message in French for a French interface', () => {
    expect(
      checkLines(
        repeatedWordsCheck,
        'Une des des leçons que nous en avons tirées, c’est qu’il est frustrant d’attendre.',
        'fr',
        { ui: 'fr' },
      ),
    ).toEqual([
      '4:11:PorteVoix.RepeatedWords:«\u00A0des\u00A0» est écrit deux fois de suite\u00A0: supprimez l’un des deux. => des',
    ]);
  });
});
