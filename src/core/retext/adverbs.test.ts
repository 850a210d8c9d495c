import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { adverbsCheck, isHemingwayAdverb } from './adverbs';

describe('PorteVoix.Adverbs', () => {
  it('finds -ly adverbs (en-article-1585w.txt)', () => {
    expect(
      checkLines(
        adverbsCheck,
        'Recently, the compiler team shared their blog post detailing their ambitions for 2022, and the language team published a roadmap.',
        'en',
      ),
    ).toEqual(['0:8:PorteVoix.Adverbs:“Recently” is an adverb: use a more precise verb, or remove it.']);
  });

  it('does not count -ly nouns and adjectives', () => {
    expect(['family', 'only', 'early', 'friendly', 'supply', 'July', 'fly'].filter(isHemingwayAdverb)).toEqual([]);
    expect(['really', 'quickly', 'Effectively'].every(isHemingwayAdverb)).toBe(true);
  });

  it('writes its message in French for a French interface', () => {
    expect(
      checkLines(
        adverbsCheck,
        'Recently, the compiler team shared their blog post detailing their ambitions for 2022, and the language team published a roadmap.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '0:8:PorteVoix.Adverbs:«\u00A0Recently\u00A0» est un adverbe\u00A0: employez un verbe plus précis, ou supprimez-le.',
    ]);
  });
});
