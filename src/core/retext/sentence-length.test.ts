import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { sentenceLengthCheck } from './sentence-length';

describe('PorteVoix.SentenceLength', () => {
  it('finds long English sentences (en-article-1585w.txt)', () => {
    expect(
      checkLines(
        sentenceLengthCheck,
        'As the Rust user base, the community, and the ecosystem continues to grow, we need to look forward and consider how we need to scale to adapt to the needs of the ever expanding Rust ecosystem.',
        'en',
      ),
    ).toEqual([
      '0:192:PorteVoix.SentenceLength:This sentence has 36 words: split it into sentences of 25 words or fewer.',
    ]);
  });

  it('finds long French sentences (a sentence of fr-article-1614w.txt, lengthened)', () => {
    expect(
      checkLines(
        sentenceLengthCheck,
        'Certaines de ces tentatives ont réussi ; mais bien davantage se sont révélées des impasses qui nous ont toutefois fourni de nouvelles pistes et qui ont été reprises, discutées, testées puis abandonnées par une équipe qui voulait avancer vite.',
        'fr',
      ),
    ).toEqual([
      '0:242:PorteVoix.SentenceLength:This sentence has 38 words: split it into sentences of 25 words or fewer.',
    ]);
  });

  it('passes sentences of 25 words or fewer', () => {
    expect(
      checkLines(
        sentenceLengthCheck,
        'In this blog post, we, the Rust library team, will share our perspective on the future of the Rust standard library and the library ecosystem.',
        'en',
      ),
    ).toEqual([]);
  });

  it('writes its message in French for a French interface', () => {
    expect(
      checkLines(
        sentenceLengthCheck,
        'As the Rust user base, the community, and the ecosystem continues to grow, we need to look forward and consider how we need to scale to adapt to the needs of the ever expanding Rust ecosystem.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '0:192:PorteVoix.SentenceLength:Cette phrase compte 36\u00A0mots\u00A0: coupez-la en phrases de 25\u00A0mots au plus.',
    ]);
  });
});
