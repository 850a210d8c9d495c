import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { sentenceReadabilityFrCheck } from './readability-sentence-fr';

// Sentences from ../shared/corpus/fr-article-1614w.txt.
describe('PorteVoix.HardSentence (French)', () => {
  it('finds sentences Kandel–Moles rates difficult', () => {
    expect(
      checkLines(
        sentenceReadabilityFrCheck,
        'À partir de maintenant, nous souhaitons partager régulièrement avec la communauté des informations sur nos travaux en cours au sein de ces projets.',
        'fr',
      ),
    ).toEqual(['0:147:PorteVoix.HardSentence:This sentence is hard to read: shorten it or use simpler words.']);
  });

  it('passes an easier sentence, and short ones', () => {
    expect(
      checkLines(
        sentenceReadabilityFrCheck,
        'Certaines de ces tentatives ont réussi ; mais bien davantage se sont révélées des impasses qui nous ont toutefois fourni de nouvelles pistes.',
        'fr',
      ),
    ).toEqual([]);
    expect(checkLines(sentenceReadabilityFrCheck, 'Nous avons annoncé une démo.', 'fr')).toEqual([]);
  });
});
