import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { sentenceReadabilityEnCheck } from './readability-sentence-en';

// Sentences from ../shared/corpus/en-article-1585w.txt.
describe('PorteVoix.HardSentence', () => {
  it('finds sentences most formulas rate hard', () => {
    expect(
      checkLines(
        sentenceReadabilityEnCheck,
        'Recently, the compiler team shared their blog post detailing their ambitions for 2022, and the language team published a roadmap with their vision for Rust in 2024.',
        'en',
      ),
    ).toEqual(['0:164:PorteVoix.HardSentence:This sentence is hard to read: shorten it or use simpler words.']);
  });

  it('passes a sentence of plain words', () => {
    expect(
      checkLines(
        sentenceReadabilityEnCheck,
        'In this blog post, we will share our view of the future of the library.',
        'en',
      ),
    ).toEqual([]);
  });
});
