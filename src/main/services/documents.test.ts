import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostError } from '../../core/host';
import {
  changedOnDisk,
  fileStamp,
  MAX_FILE_BYTES,
  nodeDocumentFs,
  readTextDocument,
  writeFileAtomically,
  writeTextDocument,
  type DocumentFs,
  type FileStamp,
} from './documents';

const dir = mkdtempSync(join(tmpdir(), 'pv-docs-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** A folder of its own, to check that a failed save leaves no temporary file behind. */
const folder = (name: string): string => {
  const path = join(dir, name);
  mkdirSync(path);
  return path;
};
const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** An error as Node's fs raises it. */
const fsFailure = (code: string, syscall: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

/**
 * The real file system with some calls replaced. The tests run as root (in CI
 * and containers), where chmod cannot take away read or write permission, and
 * no test can fill a disk: those failures are simulated by throwing the errors
 * Node would throw, with the same codes.
 */
const withFs = (calls: Partial<DocumentFs>): DocumentFs => ({ ...nodeDocumentFs, ...calls });

/** A writer that fills the temporary file half-way, then fails as a full disk does. */
const diskFullHalfWay: DocumentFs = withFs({
  write: (path, bytes, options) =>
    writeFileAtomically(path, bytes, {
      ...options,
      fill: async (tmpfile, data) => {
        await writeFile(tmpfile, data.subarray(0, data.length >> 1));
        throw fsFailure('ENOSPC', 'write', tmpfile);
      },
    }),
});

const isRoot = process.getuid?.() === 0;

const stampOf = (result: { stamp?: FileStamp }): FileStamp => {
  if (!result.stamp) throw new Error('no stamp');
  return result.stamp;
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
      stamp: {
        mtimeMs: statSync(path).mtimeMs,
        size: readFileSync(path).length,
        sha256: sha256(readFileSync(path)),
      },
    });
  });

  it('explains a file it may not read, and what to do', async () => {
    // As root, chmod 000 does not stop reading: simulate the error Node raises for other users.
    const path = file('private.md', 'secret');
    for (const code of ['EACCES', 'EPERM']) {
      const error = await failure(
        readTextDocument(path, withFs({ readFile: (p) => Promise.reject(fsFailure(code, 'open', p)) })),
      );
      expect(error.code).toBe(code);
      expect(error.message).toBe(
        'Cannot open “private.md”: permission denied, you are not allowed to read it. Ask its owner for access, or open a copy of it.',
      );
    }
  });

  it.skipIf(isRoot || process.platform === 'win32')(
    'explains a file it may not read (real permissions, so not run as root, whom they do not stop)',
    async () => {
      const path = file('private-real.md', 'secret');
      chmodSync(path, 0o000);
      const error = await failure(readTextDocument(path));
      expect(error.code).toBe('EACCES');
      expect(error.message).toMatch(/“private-real.md”: permission denied/);
    },
  );

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
    expect(error.message).toMatch(/Split it into smaller documents\.$/);
  });

  it('refuses a file that grew over 10 MB between stat and read', async () => {
    const path = file('growing.md', 'small');
    const grown = withFs({ readFile: async () => Buffer.alloc(MAX_FILE_BYTES + 1, 'a') });
    expect((await failure(readTextDocument(path, grown))).code).toBe('E2BIG');
  });

  it('explains a path that disappeared', async () => {
    const error = await failure(readTextDocument(join(dir, 'gone.md')));
    expect(error.code).toBe('ENOENT');
    expect(error.message).toBe(
      `Cannot open “gone.md”: the file no longer exists at ${join(dir, 'gone.md')}. Check that it was not moved or deleted.`,
    );
  });

  it('explains a file deleted between stat and read', async () => {
    const path = file('vanishing.md', 'text');
    const vanishing = withFs({ readFile: (p) => Promise.reject(fsFailure('ENOENT', 'open', p)) });
    const error = await failure(readTextDocument(path, vanishing));
    expect(error.code).toBe('ENOENT');
    expect(error.message).toMatch(/“vanishing.md”: the file no longer exists/);
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

  it('creates a new file and returns the stamp of what it wrote', async () => {
    const path = join(folder('new'), 'new.md');
    const saved = await writeTextDocument(path, 'Première ligne\n');
    expect(readFileSync(path, 'utf8')).toBe('Première ligne\n');
    expect(saved).toEqual({
      path,
      name: 'new.md',
      stamp: { mtimeMs: statSync(path).mtimeMs, size: 16, sha256: sha256('Première ligne\n') },
    });
    expect(readdirSync(join(dir, 'new'))).toEqual(['new.md']);
  });

  it('hands the old file’s permissions to the writer', async () => {
    const path = file('mode.md', 'old');
    chmodSync(path, 0o604);
    const modes: (number | undefined)[] = [];
    const spy = withFs({ write: async (_path, _bytes, options) => void modes.push(options.mode) });
    await writeTextDocument(path, 'new', spy);
    await writeTextDocument(join(dir, 'not-yet.md'), 'new', spy);
    expect(modes).toEqual([0o604, undefined]);
  });

  it('explains a folder it may not write in, and leaves the file as it was', async () => {
    // As root, chmod 555 does not stop writing: simulate the error write-file-atomic raises
    // when it cannot create its temporary file in the folder.
    const path = file('locked.md', 'old text');
    for (const code of ['EACCES', 'EPERM']) {
      const locked = withFs({ write: (p) => Promise.reject(fsFailure(code, 'open', `${p}.1234`)) });
      const error = await failure(writeTextDocument(path, 'new text', locked));
      expect(error.code).toBe(code);
      expect(error.message).toBe(
        `Cannot save “locked.md”: permission denied, you are not allowed to write in its folder ${dir}. Save it elsewhere with Save As; your text is still in the editor.`,
      );
      expect(readFileSync(path, 'utf8')).toBe('old text');
    }
  });

  it.skipIf(isRoot || process.platform === 'win32')(
    'explains a read-only folder (real permissions, so not run as root, whom they do not stop)',
    async () => {
      const locked = folder('locked-real');
      const path = join(locked, 'doc.md');
      writeFileSync(path, 'old text');
      chmodSync(locked, 0o555);
      try {
        const error = await failure(writeTextDocument(path, 'new text'));
        expect(error.code).toBe('EACCES');
        expect(readFileSync(path, 'utf8')).toBe('old text');
      } finally {
        chmodSync(locked, 0o755);
      }
    },
  );

  it('explains a folder deleted while the document was open', async () => {
    const gone = folder('gone-folder');
    const path = join(gone, 'draft.md');
    writeFileSync(path, 'draft');
    await readTextDocument(path);
    rmSync(gone, { recursive: true });
    const error = await failure(writeTextDocument(path, 'draft, continued'));
    expect(error.code).toBe('ENOENT');
    expect(error.message).toBe(
      `Cannot save “draft.md”: its folder ${gone} no longer exists. Choose another folder with Save As; your text is still in the editor.`,
    );
  });

  it('explains a full disk and leaves the file as it was, without a temporary file', async () => {
    const full = folder('full-disk');
    const path = join(full, 'essay.md');
    writeFileSync(path, 'the old version\n');
    chmodSync(path, 0o640);
    const before = statSync(path);
    const error = await failure(writeTextDocument(path, 'a new version\n'.repeat(1000), diskFullHalfWay));
    expect(error.code).toBe('ENOSPC');
    expect(error.message).toBe(
      'Cannot save “essay.md”: the disk is full, so the file on disk was left as it was. Free some space or save elsewhere with Save As; your text is still in the editor.',
    );
    expect(readFileSync(path, 'utf8')).toBe('the old version\n');
    expect(statSync(path)).toMatchObject({ ino: before.ino, mode: before.mode, mtimeMs: before.mtimeMs });
    expect(readdirSync(full)).toEqual(['essay.md']);
  });

  it('never renames a short temporary file over the target', async () => {
    // What write-file-atomic alone does when the disk fills up after the first chunk:
    // the write returns fewer bytes than asked, without an error.
    const short = folder('short-write');
    const path = join(short, 'essay.md');
    writeFileSync(path, 'the old version\n');
    const shortWriter = withFs({
      write: (p, bytes, options) =>
        writeFileAtomically(p, bytes, {
          ...options,
          fill: (tmpfile, data) => writeFile(tmpfile, data.subarray(0, 4096)),
        }),
    });
    const error = await failure(writeTextDocument(path, 'a new version\n'.repeat(1000), shortWriter));
    expect(error.code).toBe('ESHORTWRITE');
    expect(error.message).toMatch(/^Cannot save “essay.md”: the disk took only part of it .* left as it was\./);
    expect(readFileSync(path, 'utf8')).toBe('the old version\n');
    expect(readdirSync(short)).toEqual(['essay.md']);
  });

  it('explains a folder in place of the file', async () => {
    const error = await failure(writeTextDocument(folder('a-folder.md'), 'text'));
    expect(error.code).toBe('EISDIR');
    expect(error.message).toBe('Cannot save “a-folder.md”: it is a folder, not a file. Choose a file.');
  });
});

describe('fileStamp and changedOnDisk', () => {
  it('stamps the bytes on disk', async () => {
    const path = file('stamped.md', '\ufeffBonjour');
    expect(await fileStamp(path)).toEqual({
      mtimeMs: statSync(path).mtimeMs,
      size: 10,
      sha256: sha256(readFileSync(path)),
    });
  });

  it('rejects with a message when the file is gone', async () => {
    const error = await failure(fileStamp(join(dir, 'never-was.md')));
    expect(error.code).toBe('ENOENT');
    expect(error.message).toMatch(/“never-was.md”: the file no longer exists/);
  });

  it('sees no change after our own read or save', async () => {
    const path = file('mine.md', 'first');
    expect(await changedOnDisk(path, stampOf(await readTextDocument(path)))).toBe(false);
    const saved = stampOf(await writeTextDocument(path, 'second'));
    expect(saved).toEqual(await fileStamp(path));
    expect(await changedOnDisk(path, saved)).toBe(false);
  });

  it('sees another program’s edit, even one of the same size', async () => {
    const path = file('theirs.md', 'version A');
    const stamp = await fileStamp(path);
    writeFileSync(path, 'version B');
    expect(await changedOnDisk(path, stamp)).toBe(true);
    writeFileSync(path, 'version A, longer');
    expect(await changedOnDisk(path, stamp)).toBe(true);
  });

  it('ignores a new modification time over the same content', async () => {
    const path = file('touched.md', 'same');
    const stamp = await fileStamp(path);
    utimesSync(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(await changedOnDisk(path, stamp)).toBe(false);
  });

  it('counts a file deleted or replaced by a folder as changed', async () => {
    const path = file('deleted.md', 'text');
    const stamp = await fileStamp(path);
    rmSync(path);
    expect(await changedOnDisk(path, stamp)).toBe(true);
    mkdirSync(path);
    expect(await changedOnDisk(path, stamp)).toBe(true);
    // A file where a folder of the path was (ENOTDIR).
    expect(await changedOnDisk(join(file('not-a-folder', 'x'), 'deleted.md'), stamp)).toBe(true);
  });

  it('rejects with a message when the file exists but cannot be read', async () => {
    // Simulated for the same reason as above: root reads everything.
    const path = file('unreadable.md', 'text');
    const stamp = await fileStamp(path);
    const denied = withFs({ readFile: (p) => Promise.reject(fsFailure('EACCES', 'open', p)) });
    expect((await failure(changedOnDisk(path, stamp, denied))).code).toBe('EACCES');
  });
});
