import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryEntryUpdate } from '../../core/host';
import { MAX_LIBRARY_ENTRIES } from '../../core/host-schema';
import { createLibraryStore, LIBRARY_FILE_NAME } from './library';

function dataFolder(): string {
  return mkdtempSync(join(tmpdir(), 'pv-library-'));
}

/** A clock that moves one second at each call. */
function ticking(start = Date.parse('2025-03-01T10:00:00.000Z')): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

function update(path: string, more: Partial<LibraryEntryUpdate> = {}): LibraryEntryUpdate {
  return { path, name: path.split('/').at(-1) ?? path, title: '', edited: true, ...more };
}

const silent = { warn: () => undefined };

describe('the drafts library', () => {
  it('starts empty when there is no file, and creates it (and its folder) at the first update', async () => {
    const dir = join(dataFolder(), 'not-yet');
    const file = join(dir, LIBRARY_FILE_NAME);
    const library = createLibraryStore(file, { now: () => new Date('2025-03-01T10:00:00.000Z') });
    expect(await library.list()).toEqual([]);
    await library.update({
      path: '/home/me/launch.md',
      name: 'launch.md',
      title: 'Launch notes',
      channel: 'linkedin',
      language: 'en',
      score: { name: 'fleschReadingEase', value: 62.5, errors: 1, warnings: 2 },
      caret: { block: 2, offset: 14 },
      scroll: 120,
      edited: true,
    });
    const entry = {
      path: '/home/me/launch.md',
      name: 'launch.md',
      title: 'Launch notes',
      channel: 'linkedin',
      language: 'en',
      score: { name: 'fleschReadingEase', value: 62.5, errors: 1, warnings: 2 },
      caret: { block: 2, offset: 14 },
      scroll: 120,
      editedAt: '2025-03-01T10:00:00.000Z',
      usedAt: '2025-03-01T10:00:00.000Z',
    };
    expect(await library.list()).toEqual([entry]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, entries: [entry] });
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(dir)).toEqual([LIBRARY_FILE_NAME]);
  });

  it('keeps one entry per path, the most recently used first', async () => {
    const library = createLibraryStore(join(dataFolder(), LIBRARY_FILE_NAME), { now: ticking() });
    await library.update(update('/docs/a.md', { title: 'A' }));
    await library.update(update('/docs/b.md', { title: 'B' }));
    await library.update(update('/docs/c.md', { title: 'C' }));
    await library.update(update('/docs/a.md', { title: 'A, again' }));
    expect((await library.list()).map((e) => [e.path, e.title])).toEqual([
      ['/docs/a.md', 'A, again'],
      ['/docs/c.md', 'C'],
      ['/docs/b.md', 'B'],
    ]);
  });

  it('moves the last edit only for edits; a new entry opened without an edit takes the file’s time', async () => {
    const folder = dataFolder();
    const doc = join(folder, 'old.md');
    writeFileSync(doc, '# Old');
    utimesSync(doc, new Date('2024-06-01T08:00:00.000Z'), new Date('2024-06-01T08:00:00.000Z'));
    const library = createLibraryStore(join(folder, LIBRARY_FILE_NAME), { now: ticking() });
    await library.update(update(doc, { edited: false }));
    expect(await library.list()).toMatchObject([
      { editedAt: '2024-06-01T08:00:00.000Z', usedAt: '2025-03-01T10:00:01.000Z' },
    ]);
    await library.update(update(doc, { edited: true }));
    await library.update(update(doc, { edited: false }));
    expect(await library.list()).toMatchObject([
      { editedAt: '2025-03-01T10:00:02.000Z', usedAt: '2025-03-01T10:00:03.000Z' },
    ]);
  });

  it('keeps what an update leaves out (caret, scroll, score, channel, language)', async () => {
    const library = createLibraryStore(join(dataFolder(), LIBRARY_FILE_NAME), { now: ticking() });
    await library.update(
      update('/docs/a.md', {
        channel: 'blog',
        language: 'fr',
        score: { name: 'kandelMoles', value: 55, errors: 0, warnings: 3 },
        caret: { block: 1, offset: 3 },
        scroll: 40,
      }),
    );
    await library.update(update('/docs/a.md', { title: 'Titre', caret: { block: 4, offset: 0 } }));
    expect(await library.list()).toMatchObject([
      {
        title: 'Titre',
        channel: 'blog',
        language: 'fr',
        score: { name: 'kandelMoles', value: 55, errors: 0, warnings: 3 },
        caret: { block: 4, offset: 0 },
        scroll: 40,
      },
    ]);
  });

  it('forgets an entry, and forgetting one that is not there changes nothing', async () => {
    const file = join(dataFolder(), LIBRARY_FILE_NAME);
    const library = createLibraryStore(file, { now: ticking() });
    await library.update(update('/docs/a.md'));
    await library.update(update('/docs/b.md'));
    await library.forget('/docs/a.md');
    expect((await library.list()).map((e) => e.path)).toEqual(['/docs/b.md']);
    const before = readFileSync(file, 'utf8');
    await library.forget('/docs/nothing.md');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('keeps at most MAX_LIBRARY_ENTRIES, dropping the least recently used', async () => {
    const file = join(dataFolder(), LIBRARY_FILE_NAME);
    const start = Date.parse('2025-01-01T00:00:00.000Z');
    const entries = Array.from({ length: MAX_LIBRARY_ENTRIES }, (_, i) => ({
      path: `/docs/${i}.md`,
      name: `${i}.md`,
      title: '',
      editedAt: new Date(start + i * 1000).toISOString(),
      usedAt: new Date(start + i * 1000).toISOString(),
    }));
    writeFileSync(file, JSON.stringify({ version: 1, entries }));
    const library = createLibraryStore(file, { now: () => new Date('2025-03-01T10:00:00.000Z') });
    await library.update(update('/docs/new.md'));
    const listed = await library.list();
    expect(listed).toHaveLength(MAX_LIBRARY_ENTRIES);
    expect(listed[0]?.path).toBe('/docs/new.md');
    expect(listed.some((e) => e.path === '/docs/0.md')).toBe(false);
    expect(listed.at(-1)?.path).toBe('/docs/1.md');
  });

  it('runs concurrent updates one after the other: none is lost', async () => {
    const file = join(dataFolder(), LIBRARY_FILE_NAME);
    // Two stores on the same file, as the web host makes one per request.
    const one = createLibraryStore(file, { now: ticking() });
    const two = createLibraryStore(file, { now: ticking(Date.parse('2025-03-02T10:00:00.000Z')) });
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? one : two).update(update(`/docs/${i}.md`))));
    expect((await one.list()).map((e) => e.path).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `/docs/${i}.md`).sort(),
    );
  });

  for (const [what, content] of [
    ['not JSON', '{"version": 1, "entries": ['],
    ['JSON but not a library', '["a", "b"]'],
    ['a library of another version', '{"version": 2, "entries": []}'],
  ] as const) {
    it(`keeps a file that is ${what} aside, under a new name, and starts empty`, async () => {
      const folder = dataFolder();
      const file = join(folder, LIBRARY_FILE_NAME);
      writeFileSync(file, content);
      const warnings: string[] = [];
      const library = createLibraryStore(file, {
        now: () => new Date('2025-03-01T10:00:00.000Z'),
        warn: (message) => warnings.push(message),
      });
      expect(await library.list()).toEqual([]);
      const aside = 'library.corrupt-2025-03-01T10-00-00-000Z.json';
      expect(readdirSync(folder).sort()).toEqual([aside]);
      expect(readFileSync(join(folder, aside), 'utf8')).toBe(content);
      expect(warnings).toEqual([expect.stringContaining(join(folder, aside))]);
      // The library works again, and a second corrupt file does not replace the first one kept aside.
      await library.update(update('/docs/a.md'));
      expect((await library.list()).map((e) => e.path)).toEqual(['/docs/a.md']);
      writeFileSync(file, 'garbage');
      expect(await library.list()).toEqual([]);
      expect(new Set(readdirSync(folder))).toEqual(new Set([aside, 'library.corrupt-2025-03-01T10-00-00-000Z-2.json']));
    });
  }

  it('leaves out single entries that do not fit, and keeps the others', async () => {
    const file = join(dataFolder(), LIBRARY_FILE_NAME);
    const good = {
      path: '/docs/good.md',
      name: 'good.md',
      title: 'Good',
      editedAt: '2025-03-01T10:00:00.000Z',
      usedAt: '2025-03-01T10:00:00.000Z',
    };
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        entries: [
          good,
          { ...good, path: 'relative.md' },
          { ...good, path: '/docs/bad-date.md', usedAt: 'yesterday' },
          { ...good, path: '/docs/bad-caret.md', caret: { block: -1, offset: 0 } },
          'not an entry',
          { ...good, title: 'Duplicate' },
        ],
      }),
    );
    const library = createLibraryStore(file, silent);
    expect(await library.list()).toEqual([good]);
  });

  it('reports a library it cannot write with a message that names the file', async () => {
    const folder = dataFolder();
    // A file where the library's folder should be: nothing can be written there, even as root.
    const notAFolder = join(folder, 'data');
    writeFileSync(notAFolder, 'a file');
    const library = createLibraryStore(join(notAFolder, LIBRARY_FILE_NAME), silent);
    await expect(library.update(update('/docs/a.md'))).rejects.toThrow(
      /^Cannot update the drafts library .*data\/library\.json: /,
    );
    expect(await library.list()).toEqual([]);
  });
});
