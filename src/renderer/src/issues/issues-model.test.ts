import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../../../core/engine/diagnostic';
import { categoryKey, categoryOf, groupIssues, nextIssue, styleOf, stylesIn } from './issues-model';
import { ISSUES_STRINGS } from './issues-strings';

function diag(
  id: string,
  ruleId: string,
  severity: Severity,
  blockId: string,
  start: number,
  end = start + 3,
): Diagnostic {
  return {
    id,
    ruleId,
    source: 'test',
    severity,
    message: `message ${id}`,
    blockId,
    range: { start, end },
    actual: 'abc',
    expected: [],
  };
}

const ids = (list: readonly Diagnostic[]): string[] => list.map((d) => d.id);

describe('styleOf', () => {
  it('is the part before the first dot', () => {
    expect(styleOf('PorteVoix.Passive')).toBe('PorteVoix');
    expect(styleOf('Ethics.Disclosure')).toBe('Ethics');
    expect(styleOf('A.B.C')).toBe('A');
    expect(styleOf('NoDot')).toBe('NoDot');
  });
});

describe('categoryOf', () => {
  it.each([
    ['PorteVoix.Spelling', 'correctness'],
    ['PorteVoix.IndefiniteArticle', 'correctness'],
    ['PorteVoix.RepeatedWords', 'correctness'],
    ['PorteVoix.HardSentence', 'clarity'],
    ['PorteVoix.SentenceLength', 'clarity'],
    ['PorteVoix.Passive', 'clarity'],
    ['PorteVoix.SimplerWords', 'clarity'],
    ['PorteVoix.Adverbs', 'clarity'],
    ['PorteVoix.WeaselWords', 'clarity'],
    ['PorteVoix.InclusiveLanguage', 'inclusion'],
    ['PorteVoix.Profanities', 'inclusion'],
    ['PorteVoix.TypographyFr', 'typography'],
  ])('puts %s in %s', (ruleId, category) => {
    expect(categoryOf(ruleId)).toBe(category);
  });

  it('groups other styles by pack', () => {
    expect(categoryOf('Ethics.Disclosure')).toEqual({ pack: 'Ethics' });
    expect(categoryOf('Social.HashtagCount')).toEqual({ pack: 'Social' });
    expect(categoryOf('Vale.Terms')).toEqual({ pack: 'Vale' });
  });

  it('puts an unknown PorteVoix rule under its style rather than guessing a category', () => {
    expect(categoryOf('PorteVoix.Future')).toEqual({ pack: 'PorteVoix' });
  });

  it('gives stable keys', () => {
    expect(categoryKey('clarity')).toBe('clarity');
    expect(categoryKey({ pack: 'Ethics' })).toBe('pack:Ethics');
  });
});

describe('groupIssues', () => {
  const sample = [
    diag('a', 'PorteVoix.Passive', 'suggestion', 'b1', 0),
    diag('b', 'Social.HashtagCount', 'warning', 'b1', 5),
    diag('c', 'PorteVoix.Spelling', 'error', 'b1', 10),
    diag('d', 'Ethics.Disclosure', 'error', 'b2', 0),
    diag('e', 'PorteVoix.TypographyFr', 'suggestion', 'b2', 4),
    diag('f', 'AcmeBrand.Terms', 'warning', 'b2', 8),
    diag('g', 'PorteVoix.Spelling', 'error', 'b3', 1),
    diag('h', 'PorteVoix.HardSentence', 'warning', 'b3', 0),
  ];

  it('groups by severity, most serious first, keeping the input order', () => {
    const groups = groupIssues(sample, { by: 'severity' });
    expect(groups.map((g) => [g.key, g.count, ids(g.items)])).toEqual([
      ['error', 3, ['c', 'd', 'g']],
      ['warning', 3, ['b', 'f', 'h']],
      ['suggestion', 2, ['a', 'e']],
    ]);
    expect(groups.map((g) => g.descriptor)).toEqual([
      { by: 'severity', severity: 'error' },
      { by: 'severity', severity: 'warning' },
      { by: 'severity', severity: 'suggestion' },
    ]);
  });

  it('groups by category: built-in categories in a fixed order, then packs by name', () => {
    const groups = groupIssues(sample, { by: 'category' });
    expect(groups.map((g) => [g.key, g.count, ids(g.items)])).toEqual([
      ['correctness', 2, ['c', 'g']],
      ['clarity', 2, ['a', 'h']],
      ['typography', 1, ['e']],
      ['pack:AcmeBrand', 1, ['f']],
      ['pack:Ethics', 1, ['d']],
      ['pack:Social', 1, ['b']],
    ]);
    expect(groups[3]?.descriptor).toEqual({ by: 'category', category: { pack: 'AcmeBrand' } });
    expect(groups[0]?.descriptor).toEqual({ by: 'category', category: 'correctness' });
  });

  it('sorts packs without regard to case', () => {
    const groups = groupIssues(
      [
        diag('1', 'zeta.X', 'error', 'b', 0),
        diag('2', 'Beta.X', 'error', 'b', 1),
        diag('3', 'alpha.X', 'error', 'b', 2),
      ],
      { by: 'category' },
    );
    expect(groups.map((g) => g.key)).toEqual(['pack:alpha', 'pack:Beta', 'pack:zeta']);
  });

  it('omits empty groups', () => {
    expect(groupIssues([], { by: 'severity' })).toEqual([]);
    expect(groupIssues([], { by: 'category' })).toEqual([]);
    const only = diag('x', 'PorteVoix.Passive', 'warning', 'b', 0);
    expect(groupIssues([only], { by: 'severity' })).toEqual([
      { key: 'warning', descriptor: { by: 'severity', severity: 'warning' }, items: [only], count: 1 },
    ]);
    expect(groupIssues([only], { by: 'category' })).toEqual([
      { key: 'clarity', descriptor: { by: 'category', category: 'clarity' }, items: [only], count: 1 },
    ]);
  });

  it('keeps only one style when asked', () => {
    expect(groupIssues(sample, { by: 'severity', style: 'PorteVoix' }).map((g) => [g.key, ids(g.items)])).toEqual([
      ['error', ['c', 'g']],
      ['warning', ['h']],
      ['suggestion', ['a', 'e']],
    ]);
    expect(groupIssues(sample, { by: 'category', style: 'Ethics' }).map((g) => [g.key, ids(g.items)])).toEqual([
      ['pack:Ethics', ['d']],
    ]);
    expect(groupIssues(sample, { by: 'category', style: 'Nothing' })).toEqual([]);
    expect(groupIssues(sample, { by: 'severity', style: undefined })).toEqual(groupIssues(sample, { by: 'severity' }));
  });
});

describe('stylesIn', () => {
  it('lists the distinct styles, sorted, with counts', () => {
    expect(
      stylesIn([
        diag('1', 'Social.HashtagCount', 'warning', 'b', 0),
        diag('2', 'PorteVoix.Passive', 'suggestion', 'b', 1),
        diag('3', 'Ethics.Disclosure', 'error', 'b', 2),
        diag('4', 'PorteVoix.Spelling', 'error', 'b', 3),
        diag('5', 'Social.Shouting', 'warning', 'b', 4),
        diag('6', 'PorteVoix.Adverbs', 'suggestion', 'b', 5),
      ]),
    ).toEqual([
      { style: 'Ethics', count: 1 },
      { style: 'PorteVoix', count: 3 },
      { style: 'Social', count: 2 },
    ]);
    expect(stylesIn([])).toEqual([]);
  });
});

describe('nextIssue', () => {
  const order = new Map([
    ['p1', 0],
    ['p2', 1],
    ['p3', 2],
  ]);
  // Given out of document order on purpose: nextIssue does not rely on the input order.
  const list = [
    diag('p2-5', 'PorteVoix.Passive', 'suggestion', 'p2', 5),
    diag('p1-0', 'PorteVoix.Spelling', 'error', 'p1', 0),
    diag('p1-10', 'PorteVoix.Spelling', 'error', 'p1', 10),
    diag('p3-2', 'PorteVoix.Adverbs', 'suggestion', 'p3', 2),
  ];
  const next = (blockId: string, offset: number) => nextIssue(list, { blockId, offset }, order, 1)?.id;
  const previous = (blockId: string, offset: number) => nextIssue(list, { blockId, offset }, order, -1)?.id;

  it('goes to the first finding after the caret', () => {
    expect(next('p1', 3)).toBe('p1-10');
    expect(next('p1', 11)).toBe('p2-5');
    expect(next('p2', 0)).toBe('p2-5');
    expect(next('p2', 6)).toBe('p3-2');
  });

  it('goes to the last finding before the caret', () => {
    expect(previous('p1', 11)).toBe('p1-10');
    expect(previous('p2', 0)).toBe('p1-10');
    expect(previous('p3', 0)).toBe('p2-5');
    expect(previous('p3', 9)).toBe('p3-2');
  });

  it('treats a finding that starts at the caret as the current one', () => {
    expect(next('p1', 10)).toBe('p2-5');
    expect(next('p2', 5)).toBe('p3-2');
    expect(previous('p2', 5)).toBe('p1-10');
    expect(previous('p1', 10)).toBe('p1-0');
  });

  it('wraps around at the end and at the start', () => {
    expect(next('p3', 2)).toBe('p1-0');
    expect(next('p3', 50)).toBe('p1-0');
    expect(previous('p1', 0)).toBe('p3-2');
  });

  it('wraps onto the only finding when the caret is on it', () => {
    const one = [diag('only', 'PorteVoix.Spelling', 'error', 'p2', 4)];
    expect(nextIssue(one, { blockId: 'p2', offset: 4 }, order, 1)?.id).toBe('only');
    expect(nextIssue(one, { blockId: 'p2', offset: 4 }, order, -1)?.id).toBe('only');
  });

  it('starts at the first (last) finding without a caret or with a caret in an unknown block', () => {
    expect(nextIssue(list, undefined, order, 1)?.id).toBe('p1-0');
    expect(nextIssue(list, undefined, order, -1)?.id).toBe('p3-2');
    expect(nextIssue(list, { blockId: 'gone', offset: 0 }, order, 1)?.id).toBe('p1-0');
    expect(nextIssue(list, { blockId: 'gone', offset: 0 }, order, -1)?.id).toBe('p3-2');
  });

  it('skips findings in blocks that are no longer in the document', () => {
    const stale = [...list, diag('stale', 'PorteVoix.Spelling', 'error', 'removed', 0)];
    expect(nextIssue(stale, { blockId: 'p3', offset: 3 }, order, 1)?.id).toBe('p1-0');
    expect(nextIssue(stale, undefined, order, -1)?.id).toBe('p3-2');
  });

  it('returns undefined when there is nowhere to go', () => {
    expect(nextIssue([], { blockId: 'p1', offset: 0 }, order, 1)).toBeUndefined();
    expect(nextIssue([], undefined, order, -1)).toBeUndefined();
    expect(nextIssue(list, undefined, new Map(), 1)).toBeUndefined();
  });

  describe('with findings that start at the same place', () => {
    // Same start: ordered by end, then rule id.
    const tied = [
      diag('long', 'PorteVoix.SentenceLength', 'warning', 'p2', 0, 40),
      diag('spell', 'PorteVoix.Spelling', 'error', 'p2', 0, 5),
      diag('adverb', 'PorteVoix.Adverbs', 'suggestion', 'p2', 0, 5),
      diag('after', 'PorteVoix.Passive', 'suggestion', 'p2', 9),
      diag('before', 'PorteVoix.Passive', 'suggestion', 'p1', 9),
    ];
    const caret = { blockId: 'p2', offset: 0 };

    it('goes to the first of them in document order from before, and skips them all from the caret', () => {
      expect(nextIssue(tied, { blockId: 'p1', offset: 12 }, order, 1)?.id).toBe('adverb');
      expect(nextIssue(tied, { blockId: 'p2', offset: 3 }, order, -1)?.id).toBe('long');
      expect(nextIssue(tied, caret, order, 1)?.id).toBe('after');
      expect(nextIssue(tied, caret, order, -1)?.id).toBe('before');
    });

    it('visits each of them in turn when told which one is active', () => {
      expect(nextIssue(tied, caret, order, 1, 'adverb')?.id).toBe('spell');
      expect(nextIssue(tied, caret, order, 1, 'spell')?.id).toBe('long');
      expect(nextIssue(tied, caret, order, 1, 'long')?.id).toBe('after');
      expect(nextIssue(tied, caret, order, -1, 'long')?.id).toBe('spell');
      expect(nextIssue(tied, caret, order, -1, 'adverb')?.id).toBe('before');
    });

    it('wraps from the active finding too', () => {
      const onlyTied = tied.slice(0, 3);
      expect(nextIssue(onlyTied, caret, order, 1, 'long')?.id).toBe('adverb');
      expect(nextIssue(onlyTied, caret, order, -1, 'adverb')?.id).toBe('long');
    });

    it('ignores an active finding that is not at the caret', () => {
      expect(nextIssue(tied, { blockId: 'p1', offset: 12 }, order, 1, 'long')?.id).toBe('adverb');
      expect(nextIssue(tied, caret, order, 1, 'after')?.id).toBe('after');
    });
  });
});

describe('ISSUES_STRINGS', () => {
  it('names the region "Issues" in English and « Remarques » in French', () => {
    expect(ISSUES_STRINGS.en.title).toBe('Issues');
    expect(ISSUES_STRINGS.fr.title).toBe('Remarques');
  });

  it('counts in the singular and the plural', () => {
    expect(ISSUES_STRINGS.en.severityCount('error', 1)).toBe('1 error');
    expect(ISSUES_STRINGS.en.severityCount('suggestion', 2)).toBe('2 suggestions');
    expect(ISSUES_STRINGS.en.severityGroup('warning', 1)).toBe('Warning');
    expect(ISSUES_STRINGS.en.severityGroup('warning', 3)).toBe('Warnings');
    expect(ISSUES_STRINGS.fr.severityCount('warning', 1)).toBe('1\u00a0avertissement');
    expect(ISSUES_STRINGS.fr.severityCount('error', 2)).toBe('2\u00a0erreurs');
    expect(ISSUES_STRINGS.fr.issueCount(12)).toBe('12\u00a0remarques');
  });

  it('puts a no-break space before French high punctuation and inside guillemets', () => {
    expect(ISSUES_STRINGS.en.empty).toBe('No issues: nice work.');
    expect(ISSUES_STRINGS.fr.empty).toBe('Aucune remarque\u00a0: bravo.');
    expect(ISSUES_STRINGS.fr.quote('merde')).toBe('«\u00a0merde\u00a0»');
    for (const value of Object.values(ISSUES_STRINGS.fr)) {
      if (typeof value === 'string') expect(value).not.toMatch(/[^\u00a0\u202f][:;!?]/u);
    }
  });
});

describe('issues.css', () => {
  /** WCAG relative luminance of `#rrggbb`. */
  function luminance(hex: string): number {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function contrast(a: string, b: string): number {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  }
  function values(css: string, name: string): string[] {
    return [...css.matchAll(new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\b`, 'g'))].map((m) => m[1] ?? '');
  }

  const issues = readFileSync(new URL('./issues.css', import.meta.url), 'utf8');
  const app = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

  it.each(['--pv-surface', '--pv-surface-2'])(
    'gives severity colours a contrast of at least 4.5:1 on %s in both themes',
    (surfaceName) => {
      // Each file declares light values first, then dark ones (media query and data-theme).
      const [lightSurface = '', ...darkSurfaces] = values(app, surfaceName);
      expect(darkSurfaces.length).toBeGreaterThan(0);
      for (const severity of ['error', 'warning', 'suggestion']) {
        const [light = '', ...dark] = values(issues, `--pv-issues-${severity}`);
        expect(dark).toHaveLength(2);
        expect(contrast(light, lightSurface)).toBeGreaterThanOrEqual(4.5);
        for (const colour of dark) {
          for (const surface of darkSurfaces) expect(contrast(colour, surface)).toBeGreaterThanOrEqual(4.5);
        }
      }
    },
  );
});
