import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { HostError, type TextDocumentFile } from '../../core/host';

/** The largest file we open: larger ones are almost never prose and would freeze the editor. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

function fsError(action: 'open' | 'save', path: string, error: unknown): HostError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
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
            `Cannot save ${file}: the folder ${path} is in no longer exists. Choose another folder with Save As.`,
            code,
          );
    case 'EACCES':
    case 'EPERM':
      return new HostError(
        `Cannot ${verb} ${file}: permission denied. Check the file's permissions or choose another location.`,
        code,
      );
    case 'EISDIR':
      return new HostError(`Cannot ${verb} ${file}: it is a folder, not a file. Choose a file.`, code);
    case 'ENOSPC':
    case 'EDQUOT':
      return new HostError(
        `Cannot save ${file}: the disk is full. Free some space or save elsewhere; your text is still in the editor.`,
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
 * message that names the file, the cause and the fix.
 */
export async function readTextDocument(path: string): Promise<TextDocumentFile> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > MAX_FILE_BYTES) {
      throw new HostError(
        `Cannot open “${name}”: it is ${(info.size / 1024 / 1024).toFixed(1)} MB and Porte-voix opens text files up to 10 MB. Split it into smaller documents.`,
        'E2BIG',
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw fsError('open', path, error);
  }
  if (bytes.includes(0)) {
    throw new HostError(
      `Cannot open “${name}”: it is a binary file, not text. Open a Markdown, text or HTML file.`,
      'EBINARY',
    );
  }
  let content: string;
  try {
    content = decoder.decode(bytes);
  } catch {
    throw new HostError(
      `Cannot open “${name}”: it is not valid UTF-8 text. Save it as UTF-8 in its original program, then open it again.`,
      'EENCODING',
    );
  }
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  return { path, name, content };
}

/**
 * Writes a text document atomically: a temporary file beside the target, fsync,
 * then rename, keeping the file's permissions. On disk there is always either
 * the old or the new version, never a mix or an empty file.
 */
export async function writeTextDocument(path: string, content: string): Promise<{ path: string; name: string }> {
  try {
    await writeFileAtomic(path, content, { encoding: 'utf8', fsync: true });
  } catch (error) {
    throw fsError('save', path, error);
  }
  return { path, name: basename(path) };
}
