import type { DocumentDiskState, DocumentStamp } from '../../core/host';
import { changedOnDisk, nodeDocumentFs, type DocumentFs } from './documents';

function isGone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Whether the document at `path` is still what `stamp` describes: `changed`
 * when its content differs or it is gone, `missing` when it is gone (deleted,
 * moved, or replaced by a folder). A new modification time alone is no change.
 * Rejects with a HostError when the file exists but cannot be read.
 */
export async function documentDiskState(
  path: string,
  stamp: DocumentStamp,
  fs: DocumentFs = nodeDocumentFs,
): Promise<DocumentDiskState> {
  try {
    if ((await fs.stat(path)).isDirectory()) return { changed: true, missing: true };
  } catch (error) {
    if (isGone(error)) return { changed: true, missing: true };
    // Anything else: changedOnDisk reports it as a HostError that names the file.
  }
  return { changed: await changedOnDisk(path, stamp, fs), missing: false };
}
