import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../core/host';
import { MAX_FILE_BYTES, readTextDocument, writeTextDocument } from './documents';

const dir = mkdtempSync(join(tmpdir(), 'pv-docs-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function failure(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('readTextDocument', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const path = file('post.md', '\ufeff# Titre\n\nÇa marche très bien. 🎉');
    expect(await readTextDocument(path)).toEqual({
      path,
      name: 'post.md',
      content: '# Titre\n\nÇa marche très bien. 🎉',
    });
  });

  it('refuses a binary file, naming it', async () => {
    const error = await failure(
      readTextDocument(file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))),
    );
    expect(error.code).toBe('EBINARY');
    expect(error.message).toBe(
      'Cannot open “photo.png”: it is a binary file, not text. Open a Markdown, text or HTML file.',
    );
  });

  it('refuses invalid UTF-8 and says how to fix it', async () => {
    const error = await failure(readTextDocument(file('latin1.txt', Buffer.from('caf\xe9', 'latin1'))));
    expect(error.code).toBe('EENCODING');
    expect(error.message).toMatch(/“latin1.txt”: it is not valid UTF-8 text\. Save it as UTF-8/);
  });

  it('refuses a file over 10 MB', async () => {
    const error = await failure(readTextDocument(file('huge.md', Buffer.alloc(MAX_FILE_BYTES + 1, 'a'))));
    expect(error.code).toBe('E2BIG');
    expect(error.message).toMatch(/“huge.md”: it is 10\.0 MB and Porte-voix opens text files up to 10 MB/);
  });

  it('explains a path that disappeared', async () => {
    const error = await failure(readTextDocument(join(dir, 'gone.md')));
    expect(error.code).toBe('ENOENT');
    expect(error.message).toMatch(/“gone.md”: the file no longer exists/);
  });

  it('explains a folder', async () => {
    const error = await failure(readTextDocument(dir));
    expect(error.code).toBe('EISDIR');
  });
});

describe('writeTextDocument', () => {
  it('writes atomically and keeps the file permissions', async () => {
    const path = file('keep-mode.md', 'old');
    chmodSync(path, 0o640);
    await writeTextDocument(path, 'new text');
    expect(readFileSync(path, 'utf8')).toBe('new text');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('explains a missing folder', async () => {
    const error = await failure(writeTextDocument(join(dir, 'no-such-folder', 'x.md'), 'text'));
    expect(error.code).toBe('ENOENT');
    expect(error.message).toMatch(/Cannot save “x.md”.*Save As/);
  });
});
