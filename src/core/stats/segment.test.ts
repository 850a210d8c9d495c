import { describe, expect, it } from 'vitest';
import { countGraphemes } from './segment';

describe('countGraphemes', () => {
  it('counts what the user sees', () => {
    expect(countGraphemes('e\u0301')).toBe(1); // e + combining acute
    expect(countGraphemes('👩🏽‍💻 ok')).toBe(4);
    expect(countGraphemes('')).toBe(0);
    expect(countGraphemes('Déjà “vu” — l’équipe… 10 €')).toBe(26);
    expect(countGraphemes('a\u200db')).toBe(2); // a joiner stays with the letter before it
    expect(countGraphemes('\r\n')).toBe(1);
  });
});
