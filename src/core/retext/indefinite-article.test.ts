import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { indefiniteArticleCheck } from './indefinite-article';

// A sentence of ../shared/corpus/en-paragraph-90w.txt with “an” changed to “a”, and hand-written cases.
describe('PorteVoix.IndefiniteArticle', () => {
  it('asks for “an” before a vowel sound and “a” before a consonant sound', () => {
    expect(
      checkLines(
        indefiniteArticleCheck,
        'This is usually considered a acceptable breakage, but as Rust usage grows, the impact increases.',
        'en',
      ),
    ).toEqual(['27:28:PorteVoix.IndefiniteArticle:Use “an” before “acceptable”, not “a”. => an']);
    expect(
      checkLines(
        indefiniteArticleCheck,
        'A user gets an unique method, an European API and an hour of an HTTP call.',
        'en',
      ),
    ).toEqual([
      '12:14:PorteVoix.IndefiniteArticle:Use “a” before “unique”, not “an”. => a',
      '30:32:PorteVoix.IndefiniteArticle:Use “a” before “European”, not “an”. => a',
    ]);
  });

  it('keeps the capital of a sentence start', () => {
    expect(checkLines(indefiniteArticleCheck, 'An user asked.', 'en')).toEqual([
      '0:2:PorteVoix.IndefiniteArticle:Use “A” before “user”, not “An”. => A',
    ]);
  });

  it('passes correct articles', () => {
    expect(checkLines(indefiniteArticleCheck, 'Adding a method to an existing type takes an hour.', 'en')).toEqual([]);
  });

  it('writes its message in French for a French interface', () => {
    expect(
      checkLines(
        indefiniteArticleCheck,
        'This is usually considered a acceptable breakage, but as Rust usage grows, the impact increases.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '27:28:PorteVoix.IndefiniteArticle:Écrivez «\u00A0an\u00A0» devant «\u00A0acceptable\u00A0», et non «\u00A0a\u00A0». => an',
    ]);
    expect(checkLines(indefiniteArticleCheck, 'An user asked.', 'en', { ui: 'fr' })).toEqual([
      '0:2:PorteVoix.IndefiniteArticle:Écrivez «\u00A0A\u00A0» devant «\u00A0user\u00A0», et non «\u00A0An\u00A0». => A',
    ]);
  });
});
