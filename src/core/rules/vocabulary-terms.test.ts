import { describe, expect, it } from 'vitest';
import { markdownToDocument } from '../document/markdown';
import { Engine } from '../engine/engine';

describe('the vocabulary as Vale.Terms in the editor', () => {
  it('reports a vocabulary word written with another case, with the vocabulary spelling as the fix', () => {
    const doc = markdownToDocument('We ship porte-voix and C++ today. Porte-voix is ready.\n');
    const result = new Engine().check(doc, { vocabulary: ['Porte-voix', 'C++'], disabledRules: [] });
    const terms = result.diagnostics.filter((d) => d.ruleId === 'Vale.Terms');
    expect(terms.map((d) => [d.actual, d.message, d.expected])).toEqual([
      ['porte-voix', "Use 'Porte-voix' instead of 'porte-voix'.", ['Porte-voix']],
    ]);
    const french = new Engine().check(doc, { vocabulary: ['Porte-voix'], ui: 'fr' });
    expect(french.diagnostics.find((d) => d.ruleId === 'Vale.Terms')?.message).toBe(
      "Écrivez 'Porte-voix' et non 'porte-voix', comme dans votre vocabulaire.",
    );
    expect(
      new Engine()
        .check(doc, { vocabulary: ['Porte-voix'], disabledRules: ['Vale.Terms'] })
        .diagnostics.some((d) => d.ruleId === 'Vale.Terms'),
    ).toBe(false);
  });
});
