import { describe, expect, it } from 'vitest';
import { SCORECARD_STRINGS } from './scorecard-strings';

const { en, fr } = SCORECARD_STRINGS;

/** Every string of a table, functions called with sample arguments. */
function allStrings(table: typeof en): string[] {
  const out: string[] = [];
  for (const value of Object.values(table) as unknown[]) {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'object' && value !== null) out.push(...(Object.values(value) as string[]));
  }
  out.push(
    table.target('LinkedIn', 'min', '60'),
    table.minutes('7'),
    table.chartSummary(42, 6, 25, 79),
    table.legendShort(25),
    table.legendLong(25),
    table.legendThreshold(25),
  );
  return out;
}

describe('SCORECARD_STRINGS', () => {
  it('writes the target for the channel', () => {
    expect(en.target(en.channelNames.linkedin, 'min', '60')).toBe('Target for LinkedIn: 60 or more');
    expect(en.target(en.channelNames.blog, 'max', '12')).toBe('Target for Blog: 12 or less');
    expect(fr.target(fr.channelNames.x, 'min', '70')).toBe('Objectif pour X\u00a0: 70 ou plus');
    expect(fr.target(fr.channelNames.blog, 'max', '8,5')).toBe('Objectif pour Blog\u00a0: 8,5 ou moins');
  });

  it('sums up the sentence-length chart in words', () => {
    expect(en.chartSummary(42, 6, 25, 79)).toBe('42 sentences; 6 longer than 25 words; longest 79 words');
    expect(en.chartSummary(1, 0, 25, 1)).toBe('1 sentence; 0 longer than 25 words; longest 1 word');
    expect(en.chartSummary(1250, 300, 25, 80)).toBe('1,250 sentences; 300 longer than 25 words; longest 80 words');
    expect(fr.chartSummary(42, 6, 25, 79)).toBe(
      '42 phrases\u00a0; 6 de plus de 25 mots\u00a0; la plus longue\u00a0: 79 mots',
    );
    expect(fr.chartSummary(1, 0, 25, 1)).toBe(
      '1 phrase\u00a0; 0 de plus de 25 mots\u00a0; la plus longue\u00a0: 1 mot',
    );
  });

  it('writes reading time and the chart legend', () => {
    expect(en.minutes('7')).toBe('7 min');
    expect(fr.minutes('7')).toBe('7\u00a0min');
    expect(en.legendShort(25)).toBe('25 words or fewer');
    expect(fr.legendLong(25)).toBe('Plus de 25 mots');
    expect(fr.legendThreshold(25)).toBe('Seuil\u00a0: 25 mots');
  });

  it('names the channels as the brief does, Blog included', () => {
    expect(en.channelNames).toEqual({ linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' });
    expect(fr.channelNames).toEqual({ linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' });
  });

  it('has a no-break space, never a plain one or none, before : ; ! ? and % in French', () => {
    for (const text of allStrings(fr)) {
      expect(text, text).not.toMatch(/(?:^|[^\u00a0])[:;!?%]/);
    }
  });

  it('has no space before : ; ! ? in English', () => {
    for (const text of allStrings(en)) expect(text, text).not.toMatch(/\s[:;!?%]/);
  });
});
