import { beforeAll, describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { loadSpeller } from '../../cli/dictionaries';
import type { Speller } from '../spelling/speller';
import { spellingCheck } from './spelling';

let en: Speller;
let fr: Speller;
beforeAll(async () => {
  en = await loadSpeller('en');
  fr = await loadSpeller('fr');
}, 120_000);

describe('PorteVoix.Spelling', () => {
  it('finds English words the dictionary does not know (en-paragraph-90w.txt, two letters swapped)', () => {
    expect(
      checkLines(
        spellingCheck,
        'There are also cases when adding a new API can subtly break exsiting Rust code, even when not chnaging any existing API.',
        'en',
        { speller: en },
      ),
    ).toEqual([
      '60:68:PorteVoix.Spelling:“exsiting” is not in the English dictionary: check its spelling, or add it to your vocabulary.',
      '94:102:PorteVoix.Spelling:“chnaging” is not in the English dictionary: check its spelling, or add it to your vocabulary.',
    ]);
  });

  it('finds French words the dictionary does not know (fr-article-1614w.txt, one letter doubled)', () => {
    expect(
      checkLines(
        spellingCheck,
        'React 18 a pris des années, mais il était porteur de préccieuses leçons pour l’équipe React.',
        'fr',
        { speller: fr, vocabulary: ['React'] },
      ),
    ).toEqual([
      '53:64:PorteVoix.Spelling:“préccieuses” is not in the French dictionary: check its spelling, or add it to your vocabulary.',
    ]);
  });

  it('passes correct text, numbers, and the words of the vocabulary', () => {
    expect(
      checkLines(spellingCheck, 'Sa sortie était l’aboutissement de nombreuses années de recherche en 2022.', 'fr', {
        speller: fr,
      }),
    ).toEqual([]);
    expect(
      checkLines(spellingCheck, 'Porte-voix ships Kubernetes operators in 2024.', 'en', {
        speller: en,
        vocabulary: ['Porte-voix', 'kubernetes'],
      }),
    ).toEqual([]);
  });

  it('accepts a compound whose every part is in the dictionary, and flags one that is not', () => {
    expect(
      checkLines(spellingCheck, 'Essayez-le, puis dites-nous ce que vous en pensez.', 'fr', { speller: fr }),
    ).toEqual([]);
    expect(
      checkLines(spellingCheck, 'Essayez-lle demain.', 'fr', { speller: fr }).map((l) =>
        l.split(':').slice(0, 3).join(':'),
      ),
    ).toEqual(['0:11:PorteVoix.Spelling']);
  });

  it('leaves hashtags and mentions alone, but not the same words without # or @', () => {
    expect(
      checkLines(spellingCheck, 'Thanks @acmecloud for the help! #CloudCosts #finops', 'en', { speller: en }),
    ).toEqual([]);
    expect(
      checkLines(spellingCheck, 'We talk finops.', 'en', { speller: en }).map((l) =>
        l.split(':').slice(0, 3).join(':'),
      ),
    ).toEqual(['8:14:PorteVoix.Spelling']);
  });

  it('keeps suggesting after many unknown words (retext-spell stops after 30)', () => {
    const misspelled = Array.from({ length: 40 }, (_, i) => `wrods${'x'.repeat(i % 3)}`);
    expect(checkLines(spellingCheck, misspelled.join(' '), 'en', { speller: en })).toHaveLength(40);
    for (const word of ['recieve', 'langauge', 'libary']) expect(en.suggest(word).length).toBeGreaterThan(0);
    expect(en.suggest('recieve')).toContain('receive');
    expect(fr.suggest('préccieuses')).toContain('précieuses');
  });

  it('writes its message in the interface language, French here, whatever the text’s language', () => {
    expect(
      checkLines(
        spellingCheck,
        'There are also cases when adding a new API can subtly break exsiting Rust code, even when not chnaging any existing API.',
        'en',
        { speller: en, ui: 'fr' },
      ),
    ).toEqual([
      '60:68:PorteVoix.Spelling:«\u00A0exsiting\u00A0» n’est pas dans le dictionnaire anglais\u00A0: vérifiez son orthographe, ou ajoutez-le à votre vocabulaire.',
      '94:102:PorteVoix.Spelling:«\u00A0chnaging\u00A0» n’est pas dans le dictionnaire anglais\u00A0: vérifiez son orthographe, ou ajoutez-le à votre vocabulaire.',
    ]);
    expect(
      checkLines(
        spellingCheck,
        'React 18 a pris des années, mais il était porteur de préccieuses leçons pour l’équipe React.',
        'fr',
        { speller: fr, vocabulary: ['React'], ui: 'fr' },
      ),
    ).toEqual([
      '53:64:PorteVoix.Spelling:«\u00A0préccieuses\u00A0» n’est pas dans le dictionnaire français\u00A0: vérifiez son orthographe, ou ajoutez-le à votre vocabulaire.',
    ]);
  });
});
