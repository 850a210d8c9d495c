import { describe, expect, it } from 'vitest';
import { detectLanguage, MIN_DETECTION_CHARS } from './detect';

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
});
