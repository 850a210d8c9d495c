import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { simplerWordsCheck } from './simpler-words';

// Sentences from ../shared/corpus/en-article-1585w.txt.
describe('PorteVoix.SimplerWords', () => {
  it('offers simpler words as quick fixes', () => {
    expect(
      checkLines(
        simplerWordsCheck,
        'While we often also participate in design and implementation work, we do so as contributors, like everyone else.',
        'en',
      ),
    ).toEqual([
      '20:31:PorteVoix.SimplerWords:Use “take part” instead of “participate”: simpler words read faster. => take part',
    ]);
  });

  it('asks to rephrase where removing words could break the sentence, without a quick fix', () => {
    expect(
      checkLines(simplerWordsCheck, 'While we are very careful with adding new APIs, mistakes can still happen.', 'en'),
    ).toEqual(['13:17:PorteVoix.SimplerWords:Rephrase without “very”: it adds length, not meaning.']);
  });

  it('passes plain words', () => {
    expect(
      checkLines(
        simplerWordsCheck,
        'Recently, the compiler team shared their blog post detailing their ambitions for 2022.',
        'en',
      ),
    ).toEqual([]);
  });

  it('writes its messages in French for a French interface', () => {
    expect(
      checkLines(
        simplerWordsCheck,
        'While we often also participate in design and implementation work, we do so as contributors, like everyone else.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '20:31:PorteVoix.SimplerWords:Employez «\u00A0take part\u00A0» plutôt que «\u00A0participate\u00A0»\u00A0: les mots simples se lisent plus vite. => take part',
    ]);
    expect(
      checkLines(
        simplerWordsCheck,
        'While we are very careful with adding new APIs, mistakes can still happen.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '13:17:PorteVoix.SimplerWords:Reformulez sans «\u00A0very\u00A0»\u00A0: cela allonge la phrase sans ajouter de sens.',
    ]);
  });
});
