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

  it('writes its message in the interface language', () => {
    const sentence =
      'À partir de maintenant, nous souhaitons partager régulièrement avec la communauté des informations sur nos travaux en cours au sein de ces projets.';
    expect(checkLines(sentenceReadabilityFrCheck, sentence, 'fr', { ui: 'fr' })).toEqual([
      '0:147:PorteVoix.HardSentence:Cette phrase est difficile à lire\u00A0: raccourcissez-la ou employez des mots plus simples.',
    ]);
  });

  it('says “very hard” in both languages', () => {
    // A sentence of long words (fr-article-1614w.txt's vocabulary) that Kandel–Moles rates below 30.
    const sentence =
      'Parallèlement, nous explorons diverses configurations organisationnelles, fonctionnalités expérimentales particulièrement sophistiquées et implémentations architecturales innovantes.';
    expect(checkLines(sentenceReadabilityFrCheck, sentence, 'fr')).toEqual([
      `0:${sentence.length}:PorteVoix.HardSentence:This sentence is very hard to read: split it, and prefer short, common words.`,
    ]);
    expect(checkLines(sentenceReadabilityFrCheck, sentence, 'fr', { ui: 'fr' })).toEqual([
      `0:${sentence.length}:PorteVoix.HardSentence:Cette phrase est très difficile à lire\u00A0: coupez-la, et préférez des mots courts et courants.`,
    ]);
  });
});
