import { describe, expect, it } from 'vitest';
import { formatCount, formatLimit, formatPercent, formatScore } from './scorecard-format';

describe('formatScore', () => {
  it('writes one decimal with the language’s decimal separator', () => {
    expect(formatScore(44.0347, 'en')).toBe('44.0');
    expect(formatScore(44.0347, 'fr')).toBe('44,0');
    expect(formatScore(12.96, 'en')).toBe('13.0');
    expect(formatScore(7, 'fr')).toBe('7,0');
  });

  it('keeps the sign of negative scores but never writes a negative zero', () => {
    expect(formatScore(-12.34, 'en')).toBe('-12.3');
    expect(formatScore(-12.34, 'fr')).toBe('-12,3');
    expect(formatScore(-0.04, 'en')).toBe('0.0');
    expect(formatScore(-0.04, 'fr')).toBe('0,0');
  });

  it('groups thousands', () => {
    expect(formatScore(1234.56, 'en')).toBe('1,234.6');
    expect(formatScore(1234.56, 'fr')).toBe('1\u202f234,6');
  });
});

describe('formatLimit', () => {
  it('writes whole limits without decimals and others with one', () => {
    expect(formatLimit(60, 'en')).toBe('60');
    expect(formatLimit(60, 'fr')).toBe('60');
    expect(formatLimit(8.5, 'en')).toBe('8.5');
    expect(formatLimit(8.5, 'fr')).toBe('8,5');
    expect(formatLimit(8.04, 'en')).toBe('8');
  });
});

describe('formatCount', () => {
  it('groups digits as each language does', () => {
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(9774, 'en')).toBe('9,774');
    expect(formatCount(9774, 'fr')).toBe('9\u202f774');
    expect(formatCount(1601.4, 'en')).toBe('1,601');
  });
});

describe('formatPercent', () => {
  it('writes a whole percentage, with a no-break space before % in French', () => {
    expect(formatPercent(2 / 75, 'en')).toBe('3%');
    expect(formatPercent(2 / 75, 'fr')).toBe('3\u00a0%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(0, 'fr')).toBe('0\u00a0%');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(22 / 75, 'fr')).toBe('29\u00a0%');
  });

  it('does not round a small share down to none', () => {
    expect(formatPercent(1 / 300, 'en')).toBe('<1%');
    expect(formatPercent(1 / 300, 'fr')).toBe('<\u00a01\u00a0%');
  });
});
