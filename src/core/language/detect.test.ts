import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_MAX_CHARS, detectLanguage, MIN_DETECTION_CHARS } from './detect';

describe('detectLanguage', () => {
  it('tells English from French in real sentences', () => {
    expect(
      detectLanguage(
        'React 18 a pris des années, mais il était porteur de précieuses leçons pour l’équipe React.',
        'en',
      ),
    ).toBe('fr');
    expect(
      detectLanguage('Rust’s development in 2017 fit into a single overarching theme: increasing productivity.', 'fr'),
    ).toBe('en');
  });

  it(`falls back below ${MIN_DETECTION_CHARS} characters`, () => {
    expect(detectLanguage('Merci beaucoup !', 'en')).toBe('en');
    expect(detectLanguage('Thank you!', 'fr')).toBe('fr');
  });

  it('falls back when both languages score about the same', () => {
    const sentence = 'Our on-premise gateway connects your web site to the ACME Cloud saas console.';
    // franc alone says French here (English scores 0.95 of it): the document's language decides.
    expect(detectLanguage(sentence, 'en')).toBe('en');
    expect(detectLanguage(sentence, 'fr')).toBe('fr');
  });

  it('keeps franc’s choice for long text, where French with English terms also scores close', () => {
    const french = readFileSync(new URL('../../../../shared/corpus/fr-article-1614w.txt', import.meta.url), 'utf8');
    expect(detectLanguage(french.slice(0, 3000), 'en')).toBe('fr');
    for (const paragraph of french.split(/\n\s*\n/).filter((p) => p.length >= AMBIGUOUS_MAX_CHARS)) {
      expect(detectLanguage(paragraph, 'en'), paragraph.slice(0, 60)).toBe('fr');
    }
  });
});
