import { describe, expect, it } from 'vitest';
import { checkLines } from '../../../tests/support/check-lines';
import { passiveCheck } from './passive';

// Sentences from ../shared/corpus/en-article-1585w.txt.
describe('PorteVoix.Passive', () => {
  it('finds the passive voice', () => {
    expect(
      checkLines(
        passiveCheck,
        'The majority of the work itself is done by contributors, like yourself, both in and outside the Rust team.',
        'en',
      ),
    ).toEqual(['35:39:PorteVoix.Passive:“done” is in the passive voice: say who does it, in the active voice.']);
    expect(
      checkLines(
        passiveCheck,
        'Lots of commonly used functionality is found in other crates in the ecosystem, rather than the standard library.',
        'en',
      ),
    ).toEqual(['39:44:PorteVoix.Passive:“found” is in the passive voice: say who does it, in the active voice.']);
  });

  it('passes the active voice', () => {
    expect(
      checkLines(
        passiveCheck,
        'Over the past years, Rust has grown from a language used by a few dedicated users into a well-known language used by lots of highly visible projects and successful companies.',
        'en',
      ),
    ).toEqual([]);
  });

  it('writes its message in French for a French interface', () => {
    expect(
      checkLines(
        passiveCheck,
        'The majority of the work itself is done by contributors, like yourself, both in and outside the Rust team.',
        'en',
        { ui: 'fr' },
      ),
    ).toEqual([
      '35:39:PorteVoix.Passive:«\u00A0done\u00A0» est à la voix passive\u00A0: passez à la voix active, en disant qui agit.',
    ]);
  });
});
