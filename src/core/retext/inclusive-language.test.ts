import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { inclusiveLanguageCheck } from './inclusive-language';

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
});
