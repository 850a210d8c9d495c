import { createHash } from 'node:crypto';
import { open, readFile, realpath, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { assertTextFileSize, decodeTextFile, MAX_TEXT_FILE_BYTES } from '../../core/document/text-file';
import { HostError, type TextDocumentFile } from '../../core/host';

/** The largest file we open: larger ones are almost never prose and would freeze the editor. */
export const MAX_FILE_BYTES = MAX_TEXT_FILE_BYTES;

/** What was on disk at one moment: enough to tell later whether someone else changed the file. */
export type FileStamp = NonNullable<TextDocumentFile['stamp']>;

/** What `stat` tells about a file, as far as documents need it (a subset of `fs.Stats`). */
export interface DocumentStats {
  size: number;
  mtimeMs: number;
  /** File type and permission bits, as `fs.Stats.mode`. */
  mode: number;
  isDirectory(): boolean;
}

/**
 * The file-system calls of this module, injectable so that tests can simulate
 * what a test machine cannot produce on demand (permission errors when the
 * tests run as root, a full disk). Every function defaults to {@link nodeDocumentFs}.
 */
export interface DocumentFs {
  /** Like `fs.stat`: follows symbolic links. */
  stat(path: string): Promise<DocumentStats>;
  /** The whole file. */
  readFile(path: string): Promise<Uint8Array>;
  /** Replaces the file with `bytes` atomically (see {@link writeFileAtomically}), with permissions `mode` when set. */
  write(path: string, bytes: Uint8Array, options: { mode?: number }): Promise<void>;
}

/** The real file system. */
export const nodeDocumentFs: DocumentFs = {
  stat: (path) => stat(path),
  readFile: (path) => readFile(path),
  write: (path, bytes, options) => writeFileAtomically(path, bytes, options),
};

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function fsError(action: 'open' | 'save', path: string, error: unknown): HostError {
  const code = errorCode(error) ?? 'EUNKNOWN';
  const file = `“${basename(path)}”`;
  const verb = action === 'open' ? 'open' : 'save';
  switch (code) {
    case 'ENOENT':
      return action === 'open'
        ? new HostError(
            `Cannot open ${file}: the file no longer exists at ${path}. Check that it was not moved or deleted.`,
            code,
          )
        : new HostError(
            `Cannot save ${file}: its folder ${dirname(path)} no longer exists. Choose another folder with Save As; your text is still in the editor.`,
            code,
          );
    case 'EACCES':
    case 'EPERM':
      return action === 'open'
        ? new HostError(
            `Cannot open ${file}: permission denied, you are not allowed to read it. Ask its owner for access, or open a copy of it.`,
            code,
          )
        : new HostError(
            `Cannot save ${file}: permission denied, you are not allowed to write in its folder ${dirname(path)}. Save it elsewhere with Save As; your text is still in the editor.`,
            code,
          );
    case 'EISDIR':
      return new HostError(`Cannot ${verb} ${file}: it is a folder, not a file. Choose a file.`, code);
    case 'ENOSPC':
    case 'EDQUOT':
      return new HostError(
        `Cannot save ${file}: the disk is full, so the file on disk was left as it was. Free some space or save elsewhere with Save As; your text is still in the editor.`,
        code,
      );
    case 'EFBIG':
    case 'ESHORTWRITE':
      return new HostError(
        `Cannot save ${file}: the disk took only part of it (it may be full, or the file too large for it), so the file on disk was left as it was. Free some space or save elsewhere with Save As; your text is still in the editor.`,
        code,
      );
    case 'EROFS':
      return new HostError(`Cannot save ${file}: the disk is read-only. Save it somewhere else with Save As.`, code);
    default:
      return new HostError(`Cannot ${verb} ${file}: ${(error as Error).message ?? String(error)}.`, code);
  }
}

/**
 * Reads a text document from disk. Refuses what is not text a writer can edit:
 * folders, files over 10 MB, binary files and invalid UTF-8, each with a
 * message that names the file, the cause and the fix. The result's `stamp`
 * describes the bytes read, for {@link changedOnDisk}.
 */
export async function readTextDocument(path: string, fs: DocumentFs = nodeDocumentFs): Promise<TextDocumentFile> {
  const name = basename(path);
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    assertTextFileSize(name, info.size);
    mtimeMs = info.mtimeMs;
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw fsError('open', path, error);
  }
  // The size again (the file may have grown between stat and read), then binary and UTF-8, as for a dropped file.
  const content = decodeTextFile(name, bytes);
  return { path, name, content, stamp: { mtimeMs, size: bytes.length, sha256: sha256(bytes) } };
}

/**
 * Saves a text document as UTF-8 without ever damaging the file on disk: it is
 * always either the old or the new version, never a mix, a truncated or an empty
 * file, even if the app is killed or the disk fills up mid-save (see
 * {@link writeFileAtomically}). The file keeps its permissions. On failure the
 * file on disk is unchanged and the error names the file, the cause and the fix.
 * The result's `stamp` describes what was written, for {@link changedOnDisk}.
 */
export async function writeTextDocument(
  path: string,
  content: string,
  fs: DocumentFs = nodeDocumentFs,
): Promise<{ path: string; name: string; stamp?: FileStamp }> {
  const name = basename(path);
  const bytes = Buffer.from(content, 'utf8');
  try {
    const before = await fs.stat(path).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return undefined; // A new file (or a missing folder: write says which).
      throw error;
    });
    if (before?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // Explicit, although write-file-atomic copies the mode by default: the permission bits of the old file.
    await fs.write(path, bytes, before ? { mode: before.mode & 0o7777 } : {});
  } catch (error) {
    throw fsError('save', path, error);
  }
  // The save succeeded; a stat failing now (the file already moved?) only costs the stamp.
  const after = await fs.stat(path).catch(() => undefined);
  if (!after) return { path, name };
  return { path, name, stamp: { mtimeMs: after.mtimeMs, size: bytes.length, sha256: sha256(bytes) } };
}

/** Stamp of the file at `path` as it is now. Rejects with a HostError (like opening it) if it cannot be read. */
export async function fileStamp(path: string, fs: DocumentFs = nodeDocumentFs): Promise<FileStamp> {
  try {
    const info = await fs.stat(path);
    const bytes = await fs.readFile(path);
    return { mtimeMs: info.mtimeMs, size: bytes.length, sha256: sha256(bytes) };
  } catch (error) {
    throw fsError('open', path, error);
  }
}

function isGone(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * Whether the file at `path` is no longer what `stamp` describes: its content
 * (sha256) differs, or it is gone (deleted, moved, replaced by a folder). A new
 * modification time alone does not count. Rejects with a HostError when the
 * file exists but cannot be read.
 */
export async function changedOnDisk(path: string, stamp: FileStamp, fs: DocumentFs = nodeDocumentFs): Promise<boolean> {
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) return true;
    if (info.size !== stamp.size) return true;
    return sha256(await fs.readFile(path)) !== stamp.sha256;
  } catch (error) {
    if (isGone(error)) return true;
    throw fsError('open', path, error);
  }
}

/** Options of {@link writeFileAtomically}. */
export interface AtomicWriteOptions {
  /** Permission bits of the new file. Absent: write-file-atomic copies the old file's, if any. */
  mode?: number;
  /**
   * Writes the bytes into the temporary file. The default writes every byte or
   * rejects (`fs.promises.writeFile` loops over short writes). Tests replace it
   * to fail half-way, as a full disk does.
   */
  fill?: (tmpfile: string, bytes: Uint8Array) => Promise<void>;
}

/**
 * Replaces the file at `path` with `bytes` so that the file on disk is always
 * either the old or the new version, never a mix, a truncated or an empty file,
 * whatever happens mid-save (a crash, SIGKILL, a full disk):
 *
 * 1. write-file-atomic creates a temporary file `<name>.<number>` beside the
 *    target (the same folder, so the same file system, where a rename is atomic;
 *    it resolves symbolic links and writes beside the real file), with the
 *    target's permissions and owner;
 * 2. `fill` writes all the bytes into it, then we check its size. write-file-atomic
 *    (7.x) makes one `fs.write` call and ignores the count it returns, and when the
 *    disk fills up after the first chunk libuv returns that short count without an
 *    error: on its own it would rename a truncated file over the good one (tested in
 *    tests/unit/save-fault.test.ts). So we give it an empty buffer and write the
 *    content ourselves from its `tmpfileCreated` hook, which it awaits;
 * 3. write-file-atomic fsyncs the temporary file (`fsync: true`, its default, made
 *    explicit), sets its mode (`mode`, or the old file's), and renames it over the target;
 * 4. we fsync the folder so that the rename itself survives a power cut (best
 *    effort: Windows cannot open a folder).
 *
 * On failure write-file-atomic removes the temporary file and the target is
 * untouched. A process killed with SIGKILL mid-save may leave its temporary file
 * behind (no code runs then), but never a damaged target.
 */
export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fill = options.fill ?? ((tmpfile: string, data: Uint8Array) => writeFile(tmpfile, data));
  await writeFileAtomic(path, Buffer.alloc(0), {
    fsync: true,
    ...(options.mode === undefined ? {} : { mode: options.mode }),
    tmpfileCreated: async (tmpfile: string) => {
      await fill(tmpfile, bytes);
      const written = (await stat(tmpfile)).size;
      if (written !== bytes.length) {
        throw Object.assign(new Error(`only ${written} of ${bytes.length} bytes reached the disk`), {
          code: 'ESHORTWRITE',
        });
      }
    },
  });
  await syncFolder(path);
}

async function syncFolder(path: string): Promise<void> {
  let folder: FileHandle | undefined;
  try {
    folder = await open(dirname(await realpath(path)), 'r');
    await folder.sync();
  } catch {
    // Best effort: the file's own data is already on disk; only the rename could be lost in a power cut.
  } finally {
    await folder?.close().catch(() => undefined);
  }
}
