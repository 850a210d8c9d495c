import { readFileSync } from 'node:fs';
import retextReadability from 'retext-readability';
import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { parseBlock } from '../engine/parse';
import { sentencesOf } from './nlcst-walk';
import { HARD, sentenceReadabilityEnCheck, VERY_HARD } from './readability-sentence-en';
import { messageRange, retextRunner } from './run-plugin';

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

  it('writes its message in French for a French interface', () => {
    expect(
      checkLines(
        sentenceReadabilityEnCheck,
        'Recently, the compiler team shared their blog post detailing their ambitions for 2022, and the language team published a roadmap with their vision for Rust in 2024.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '0:164:PorteVoix.HardSentence:Cette phrase est difficile à lire\u00A0: raccourcissez-la ou employez des mots plus simples.',
    ]);
  });
});

describe('PorteVoix.HardSentence (English) against retext-readability', () => {
  it('flags exactly the sentences retext-readability flags, at both levels, on the whole English corpus', () => {
    const hardPlugin = retextRunner(retextReadability, { age: HARD.age, threshold: HARD.threshold, minWords: 5 });
    const veryHardPlugin = retextRunner(retextReadability, {
      age: VERY_HARD.age,
      threshold: VERY_HARD.threshold,
      minWords: 5,
    });
    let compared = 0;
    for (const name of ['en-article-1585w.txt', 'en-post-363w.txt', 'en-long-10016w.txt', 'en-paragraph-90w.txt']) {
      const text = readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');
      const tree = parseBlock(text, 'en');
      const starts = (messages: ReturnType<typeof hardPlugin>): number[] =>
        messages.map((m) => messageRange(m)?.start ?? -1);
      const ours = sentenceReadabilityEnCheck.run({
        text,
        language: 'en',
        ignore: [],
        tree,
        sentences: sentencesOf(tree),
        speller: undefined,
        vocabulary: new Set(),
        ui: 'en',
      });
      expect(
        ours.map((f) => f.range.start),
        name,
      ).toEqual(starts(hardPlugin(tree, text)));
      expect(
        ours.filter((f) => f.severity === 'warning').map((f) => f.range.start),
        name,
      ).toEqual(starts(veryHardPlugin(tree, text)));
      compared += sentencesOf(tree).length;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
