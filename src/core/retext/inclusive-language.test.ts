import { readFileSync } from 'node:fs';
import retextEquality from 'retext-equality';
import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { parseBlock } from '../engine/parse';
import { inclusiveLanguageCheck } from './inclusive-language';
import { messageRange, retextRunner } from './run-plugin';

// Text from ../shared/corpus/en-article-1585w.txt.
describe('PorteVoix.InclusiveLanguage', () => {
  it('finds wording that may exclude readers, with alternatives when there are some', () => {
    expect(
      checkLines(inclusiveLanguageCheck, 'Making std less special / Empowering other crates in the ecosystem', 'en'),
    ).toEqual([
      '16:23:PorteVoix.InclusiveLanguage:“special” may exclude or hurt some readers: consider “has a disability”, “person with a disability” or “people with disabilities”. => has a disability | person with a disability | people with disabilities',
    ]);
    expect(
      checkLines(
        inclusiveLanguageCheck,
        'It\u2019s important we keep working on how we collaborate and make it as easy as possible for everyone to get involved in a way that works for them.',
        'en',
      ),
    ).toEqual(['68:72:PorteVoix.InclusiveLanguage:“easy” may exclude or hurt some readers: rephrase without it.']);
  });

  it('passes considerate wording', () => {
    expect(
      checkLines(
        inclusiveLanguageCheck,
        'In this blog post, we, the Rust library team, will share our perspective on the future of the library.',
        'en',
      ),
    ).toEqual([]);
  });

  it('finds what retext-equality finds over the whole tree, though it only gets the paragraphs that may match', () => {
    for (const name of ['en-article-1585w.txt', 'en-long-10016w.txt']) {
      const text = readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');
      const tree = parseBlock(text, 'en');
      const plain = retextRunner(retextEquality)(structuredClone(tree), text).map((m) => {
        const range = messageRange(m);
        return `${range?.start}:${range?.end}`;
      });
      const ours = inclusiveLanguageCheck
        .run({ text, language: 'en', ignore: [], tree, sentences: [], speller: undefined, vocabulary: new Set() })
        .map((f) => `${f.range.start}:${f.range.end}`);
      expect(plain.length).toBeGreaterThan(0);
      expect(ours.sort()).toEqual(plain.sort());
    }
  });
});
