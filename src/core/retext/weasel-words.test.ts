import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { weaselWordsCheck } from './weasel-words';

// Sentences from ../shared/corpus/en-article-1585w.txt.
describe('PorteVoix.WeaselWords', () => {
  it('finds weasel words, hedges and fillers', () => {
    expect(
      checkLines(
        weaselWordsCheck,
        'As the Rust user base, the community, and the ecosystem continues to grow, we need to look forward and consider how we need to scale to adapt to the needs of the ever expanding Rust ecosystem.',
        'en',
      ),
    ).toEqual([
      '103:111:PorteVoix.WeaselWords:“consider” is a hedge: say it with confidence, or remove it.',
      '162:166:PorteVoix.WeaselWords:“ever” is a weasel word: say exactly how much, or remove it.',
    ]);
  });

  it('passes precise wording', () => {
    expect(
      checkLines(
        weaselWordsCheck,
        'Recently, the compiler team shared their blog post detailing their ambitions for 2022, and the language team published a roadmap with their vision for Rust in 2024.',
        'en',
      ),
    ).toEqual([]);
  });

  it('writes its messages in French for a French interface', () => {
    expect(
      checkLines(
        weaselWordsCheck,
        'As the Rust user base, the community, and the ecosystem continues to grow, we need to look forward and consider how we need to scale to adapt to the needs of the ever expanding Rust ecosystem.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '103:111:PorteVoix.WeaselWords:«\u00A0consider\u00A0» est une précaution oratoire\u00A0: affirmez votre propos avec assurance, ou retirez-la.',
      '162:166:PorteVoix.WeaselWords:«\u00A0ever\u00A0» est un mot flou\u00A0: précisez combien, ou supprimez-le.',
    ]);
    // A sentence of en-article-1585w.txt, shortened, with a filler put in front.
    expect(
      checkLines(weaselWordsCheck, 'Basically, the language team published a roadmap.', 'en', { ui: 'fr' }),
    ).toEqual(['0:9:PorteVoix.WeaselWords:«\u00A0Basically\u00A0» est un mot de remplissage\u00A0: supprimez-le.']);
    expect(checkLines(weaselWordsCheck, 'Basically, the language team published a roadmap.', 'en')).toEqual([
      '0:9:PorteVoix.WeaselWords:“Basically” is a filler word: remove it.',
    ]);
  });
});
