import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { profanitiesCheck } from './profanities';

// Corpus sentences (en-paragraph-90w.txt, fr-article-1614w.txt) with a profanity added.
describe('PorteVoix.Profanities', () => {
  it('finds English profanities', () => {
    expect(
      checkLines(
        profanitiesCheck,
        'Adding a method to the standard library can result in a damn existing method call resolving differently, potentially breaking shit.',
        'en',
      ),
    ).toEqual([
      '56:60:PorteVoix.Profanities:“damn” may be read as profane: remove it or use a neutral word.',
      '126:130:PorteVoix.Profanities:“shit” may be read as profane: remove it or use a neutral word.',
    ]);
  });

  it('finds French vulgarities with the French list', () => {
    expect(
      checkLines(
        profanitiesCheck,
        'Sa sortie était l’aboutissement de nombreuses années de recherche, en explorant de nouvelles voies de merde.',
        'fr',
      ),
    ).toEqual(['102:107:PorteVoix.Profanities:“merde” may be read as vulgar: remove it or use a neutral word.']);
  });

  it('does not flag words that are rarely profane', () => {
    expect(
      checkLines(profanitiesCheck, 'Standardizing some bigger features the ecosystem needs is no doom.', 'en'),
    ).toEqual([]);
    expect(
      checkLines(profanitiesCheck, 'React 18 a pris des années, mais il était porteur de précieuses leçons.', 'fr'),
    ).toEqual([]);
  });

  it('writes its messages in French for a French interface', () => {
    expect(
      checkLines(
        profanitiesCheck,
        'Adding a method to the standard library can result in a damn existing method call resolving differently, potentially breaking shit.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '56:60:PorteVoix.Profanities:«\u00A0damn\u00A0» peut être jugé grossier\u00A0: retirez-le ou employez un mot neutre.',
      '126:130:PorteVoix.Profanities:«\u00A0shit\u00A0» peut être jugé grossier\u00A0: retirez-le ou employez un mot neutre.',
    ]);
    expect(
      checkLines(
        profanitiesCheck,
        'Sa sortie était l’aboutissement de nombreuses années de recherche, en explorant de nouvelles voies de merde.',
        'fr',
        { ui: 'fr' },
      ),
    ).toEqual([
      '102:107:PorteVoix.Profanities:«\u00A0merde\u00A0» peut être jugé vulgaire\u00A0: retirez-le ou employez un mot neutre.',
    ]);
  });
});
