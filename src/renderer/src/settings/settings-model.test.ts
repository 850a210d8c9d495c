import { describe, expect, it } from 'vitest';
import { targetFor } from '../../../core/scorecard/targets';
import { parseTarget, targetValue, withPack, withTarget, withWord } from './settings-model';

describe('settings screen edits', () => {
  it('read a target field: a number, empty for the default, or invalid', () => {
    expect(parseTarget('70')).toBe(70);
    expect(parseTarget(' 62.5 ')).toBe(62.5);
    expect(parseTarget('62,5')).toBe(62.5);
    expect(parseTarget('')).toBeUndefined();
    expect(parseTarget('  ')).toBeUndefined();
    expect(parseTarget('abc')).toBe('invalid');
    expect(parseTarget('500')).toBe('invalid');
    expect(parseTarget('Infinity')).toBe('invalid');
  });

  it('set a target, and leave out empty languages and channels when it goes back to its default', () => {
    const ease = { language: 'en', key: 'minFleschReadingEase' } as const;
    const lix = { language: 'fr', key: 'maxLix' } as const;
    const one = withTarget({}, 'linkedin', ease, 70);
    expect(one).toEqual({ linkedin: { en: { minFleschReadingEase: 70 } } });
    expect(targetFor('linkedin', 'en', one)).toEqual({ minFleschReadingEase: 70, maxFleschKincaidGrade: 9 });
    const two = withTarget(one, 'linkedin', lix, 35);
    expect(two).toEqual({ linkedin: { en: { minFleschReadingEase: 70 }, fr: { maxLix: 35 } } });
    expect(targetValue(two, 'linkedin', lix)).toBe(35);
    expect(targetValue(two, 'x', lix)).toBeUndefined();
    expect(withTarget(two, 'linkedin', ease, undefined)).toEqual({ linkedin: { fr: { maxLix: 35 } } });
    expect(withTarget(withTarget(two, 'linkedin', ease, undefined), 'linkedin', lix, undefined)).toEqual({});
    expect(one).toEqual({ linkedin: { en: { minFleschReadingEase: 70 } } });
  });

  it('turn packs on and off, and add words once', () => {
    expect(withPack([], 'Ethics', false)).toEqual(['Ethics']);
    expect(withPack(['Ethics', 'Social'], 'Ethics', true)).toEqual(['Social']);
    expect(withPack(['Ethics'], 'Ethics', false)).toEqual(['Ethics']);
    expect(withWord(['Acme'], ' Porte-voix ')).toEqual(['Acme', 'Porte-voix']);
    expect(withWord(['Acme'], 'Acme')).toEqual(['Acme']);
    expect(withWord(['Acme'], '  ')).toEqual(['Acme']);
  });
});
