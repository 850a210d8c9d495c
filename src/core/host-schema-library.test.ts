import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError, validateHostArguments } from './host-schema';

const stamp = { mtimeMs: 1700000000000.5, size: 12, sha256: 'a'.repeat(64) };
const entry = {
  path: '/home/me/launch.md',
  name: 'launch.md',
  title: 'Launch notes',
  channel: 'linkedin',
  language: 'en',
  score: { name: 'fleschReadingEase', value: 61.2, errors: 0, warnings: 3 },
  caret: { block: 3, offset: 17 },
  scroll: 420.5,
  edited: true,
};

describe('the drafts library and disk checks in the host contract', () => {
  it('accepts library entries, absolute paths and stamps', () => {
    expect(validateHostArguments.updateLibraryEntry([entry])).toEqual([entry]);
    const minimal = { path: 'C:\\Users\\me\\post.md', name: 'post.md', title: '', edited: false };
    expect(validateHostArguments.updateLibraryEntry([minimal])).toEqual([minimal]);
    expect(validateHostArguments.forgetLibraryEntry(['/home/me/launch.md'])).toEqual(['/home/me/launch.md']);
    expect(validateHostArguments.openTextDocumentAt(['\\\\server\\share\\post.md'])).toEqual([
      '\\\\server\\share\\post.md',
    ]);
    expect(validateHostArguments.checkTextDocument(['/home/me/launch.md', stamp])).toEqual([
      '/home/me/launch.md',
      stamp,
    ]);
    expect(validateHostArguments.listLibrary([])).toEqual([]);
  });

  it.each([
    ['updateLibraryEntry', [{ ...entry, path: 'launch.md' }]],
    ['updateLibraryEntry', [{ ...entry, path: '/a\0b.md' }]],
    ['updateLibraryEntry', [{ ...entry, path: `/${'x'.repeat(4096)}` }]],
    ['updateLibraryEntry', [{ ...entry, name: '' }]],
    ['updateLibraryEntry', [{ ...entry, title: 'x'.repeat(501) }]],
    ['updateLibraryEntry', [{ ...entry, channel: 'facebook' }]],
    ['updateLibraryEntry', [{ ...entry, language: 'de' }]],
    ['updateLibraryEntry', [{ ...entry, score: { ...entry.score, value: Number.NaN } }]],
    ['updateLibraryEntry', [{ ...entry, score: { ...entry.score, errors: 1.5 } }]],
    ['updateLibraryEntry', [{ ...entry, caret: { block: -1, offset: 0 } }]],
    ['updateLibraryEntry', [{ ...entry, caret: { block: 0 } }]],
    ['updateLibraryEntry', [{ ...entry, scroll: Number.POSITIVE_INFINITY }]],
    ['updateLibraryEntry', [{ ...entry, editedAt: '2025-01-01T00:00:00.000Z' }]],
    ['updateLibraryEntry', [{ ...entry, edited: undefined }]],
    ['updateLibraryEntry', [entry, entry]],
    ['forgetLibraryEntry', ['']],
    ['forgetLibraryEntry', []],
    ['openTextDocumentAt', ['../../etc/passwd']],
    ['openTextDocumentAt', [42]],
    ['checkTextDocument', ['/home/me/launch.md']],
    ['checkTextDocument', ['/home/me/launch.md', { ...stamp, sha256: 'not hex' }]],
    ['checkTextDocument', ['/home/me/launch.md', { ...stamp, size: -1 }]],
    ['checkTextDocument', ['/home/me/launch.md', { ...stamp, extra: true }]],
    ['listLibrary', ['x']],
  ] as const)('refuses %s(%j)', (method, args) => {
    expect(() => (validateHostArguments[method] as (a: readonly unknown[]) => unknown)(args)).toThrow(
      InvalidArgumentsError,
    );
  });
});
