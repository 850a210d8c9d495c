import { describe, expect, it } from 'vitest';
import type { PvDocument } from '../../../core/document/document';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import type { CheckResult } from '../../../core/engine/engine';
import type { LibraryEntry } from '../../../core/host';
import { fileNameOf, foldForSearch, libraryFacts, libraryUpdate, searchLibrary } from './library-model';

function entry(path: string, more: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    path,
    name: fileNameOf(path),
    title: '',
    editedAt: '2025-03-01T10:00:00.000Z',
    usedAt: '2025-03-01T10:00:00.000Z',
    ...more,
  };
}

const doc: PvDocument = {
  title: '',
  blocks: [
    { id: '1', kind: 'paragraph', text: 'Intro.' },
    { id: '2', kind: 'heading', level: 2, text: '  Launch   day ' },
    { id: '3', kind: 'heading', level: 1, text: 'Later' },
  ],
};

function result(language: 'en' | 'fr', readability: CheckResult['summary']['readability']): CheckResult {
  return {
    language,
    diagnostics: [],
    blockLanguages: {},
    summary: {
      language,
      counts: {} as CheckResult['summary']['counts'],
      readingTimeMinutes: 1,
      sentenceLengths: [],
      readability,
    },
    checkedBlocks: 0,
    cachedBlocks: 0,
    ruleFailures: [],
  };
}

const finding = (severity: Diagnostic['severity']) => ({ severity }) as Diagnostic;

describe('what the library keeps about a document', () => {
  it('takes the front matter’s title, else the first heading', () => {
    const base = { doc, result: undefined, diagnostics: [], channel: 'blog' as const };
    expect(libraryFacts({ ...base, frontMatterTitle: 'From the front matter' })).toEqual({
      title: 'From the front matter',
      channel: 'blog',
    });
    expect(libraryFacts({ ...base, frontMatterTitle: undefined }).title).toBe('Launch day');
    expect(libraryFacts({ ...base, frontMatterTitle: '  ' }).title).toBe('Launch day');
    expect(libraryFacts({ ...base, doc: { title: '', blocks: [] }, frontMatterTitle: undefined }).title).toBe('');
    expect(libraryFacts({ ...base, frontMatterTitle: 'x'.repeat(600) }).title).toHaveLength(500);
  });

  it('takes the main score of the document’s language and counts errors and warnings', () => {
    const diagnostics = [finding('error'), finding('warning'), finding('warning'), finding('suggestion')];
    const base = { frontMatterTitle: undefined, doc, diagnostics, channel: 'linkedin' as const };
    expect(libraryFacts({ ...base, result: result('en', { en: { fleschReadingEase: 61.234 } }) })).toMatchObject({
      language: 'en',
      score: { name: 'fleschReadingEase', value: 61.2, errors: 1, warnings: 2 },
    });
    expect(libraryFacts({ ...base, result: result('fr', { fr: { kandelMoles: 48.06, lix: 40 } }) })).toMatchObject({
      language: 'fr',
      score: { name: 'kandelMoles', value: 48.1 },
    });
    // No text, no score; an extreme one is bounded to what the host accepts.
    expect(libraryFacts({ ...base, result: result('en', {}) })).not.toHaveProperty('score');
    expect(libraryFacts({ ...base, result: result('en', { en: { fleschReadingEase: -5000 } }) }).score?.value).toBe(
      -1000,
    );
  });

  it('builds the host’s update, with the file name from the path when the state has none', () => {
    const facts = { title: 'T', channel: 'x' as const };
    expect(
      libraryUpdate({ path: '/a/b/post.md', name: undefined, facts, caret: undefined, scroll: 12.6, edited: false }),
    ).toEqual({ path: '/a/b/post.md', name: 'post.md', title: 'T', channel: 'x', scroll: 13, edited: false });
    expect(
      libraryUpdate({
        path: 'C:\\docs\\post.md',
        name: 'post.md',
        facts,
        caret: { block: 1, offset: 2 },
        scroll: Number.NaN,
        edited: true,
      }),
    ).toEqual({
      path: 'C:\\docs\\post.md',
      name: 'post.md',
      title: 'T',
      channel: 'x',
      caret: { block: 1, offset: 2 },
      edited: true,
    });
  });
});

describe('searching the library', () => {
  const entries = [
    entry('/d/ete.md', { title: 'Été à Montréal', channel: 'blog', language: 'fr' }),
    entry('/d/launch.md', { title: 'Launch notes', channel: 'linkedin', language: 'en' }),
    entry('/d/cœur.md', { title: '', channel: 'x' }),
  ];
  const labels = {
    channel: (c: string) =>
      ({ linkedin: 'LinkedIn post', x: 'X post', mastodon: 'Mastodon post', blog: 'Blog article' })[c] ?? c,
    language: (l: string) => ({ en: 'English', fr: 'French' })[l] ?? l,
  };
  const paths = (query: string) => searchLibrary(entries, query, labels).map((e) => e.path);

  it('folds case and accents', () => {
    expect(foldForSearch('  ÉTÉ   à Montréal ')).toBe('ete a montreal');
    expect(foldForSearch('Cœur')).toBe('coeur');
    expect(paths('ete')).toEqual(['/d/ete.md']);
    expect(paths('MONTREAL')).toEqual(['/d/ete.md']);
    expect(paths('coeur')).toEqual(['/d/cœur.md']);
  });

  it('looks in the title, the file name, the channel and the language; every word must match', () => {
    expect(paths('launch.md')).toEqual(['/d/launch.md']);
    expect(paths('linkedin')).toEqual(['/d/launch.md']);
    expect(paths('article')).toEqual(['/d/ete.md']);
    expect(paths('french')).toEqual(['/d/ete.md']);
    expect(paths('fr')).toEqual(['/d/ete.md']);
    expect(paths('launch english')).toEqual(['/d/launch.md']);
    expect(paths('launch french')).toEqual([]);
    expect(paths('   ')).toEqual(['/d/ete.md', '/d/launch.md', '/d/cœur.md']);
  });
});
