import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import writeFileAtomic from 'write-file-atomic';
import { HostError, type DocumentBackup, type StoredDocumentBackup } from '../../core/host';
import { BACKUP_ID_PATTERN, MAX_DOCUMENT_CHARS } from '../../core/host-schema';
import { codeOf, reason } from './fs-errors';

/** A backup file larger than this cannot hold a document of 10 MB of text: it is skipped. */
export const MAX_BACKUP_FILE_BYTES = 6 * MAX_DOCUMENT_CHARS + 64 * 1024;
const BACKUP_FILE = /^([a-z0-9-]{8,64})\.json$/;

/** What a backup file holds (version 1). */
const storedBackupSchema = v.object({
  version: v.literal(1),
  id: v.pipe(v.string(), v.regex(BACKUP_ID_PATTERN)),
  name: v.optional(v.string()),
  path: v.optional(v.string()),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  content: v.string(),
});

/** The backups of unsaved documents (hot exit), one JSON file per window in one folder. */
export interface BackupStore {
  /** Writes a window's backup atomically (temporary file, fsync, rename), replacing the previous one. */
  write(backup: DocumentBackup): Promise<void>;
  /** Every readable backup, newest first. Unreadable or corrupt files are skipped and left as they are. */
  list(): Promise<StoredDocumentBackup[]>;
  /** Deletes a window's backup; a backup that is not there is not an error. */
  discard(id: string): Promise<void>;
}

function fileOf(dir: string, id: string): string {
  // Checked again here, whatever the caller: the id names a file and must never name another folder.
  if (!BACKUP_ID_PATTERN.test(id)) throw new HostError(`“${id}” is not a backup id.`, 'EINVAL');
  return join(dir, `${id}.json`);
}

/**
 * The backups kept in `dir` (`<dataDir>/backups`): `<id>.json` per window,
 * each with the document's Markdown, its file name and path when it has
 * them, and when it was written. `now` is for tests.
 */
export function createBackupStore(dir: string, now: () => Date = () => new Date()): BackupStore {
  return {
    async write(backup) {
      const file = fileOf(dir, backup.id);
      const stored: StoredDocumentBackup & { version: 1 } = {
        version: 1,
        id: backup.id,
        ...(backup.name === undefined ? {} : { name: backup.name }),
        ...(backup.path === undefined ? {} : { path: backup.path }),
        savedAt: now().toISOString(),
        content: backup.content,
      };
      try {
        await mkdir(dir, { recursive: true });
        await writeFileAtomic(file, JSON.stringify(stored), { encoding: 'utf8', fsync: true });
      } catch (error) {
        throw new HostError(
          `Cannot back up your unsaved text in ${dir}: ${reason(error)}. Save your document to keep it safe.`,
          codeOf(error),
        );
      }
    },

    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (codeOf(error) === 'ENOENT') return [];
        throw new HostError(`Cannot read the backups folder ${dir}: ${reason(error)}.`, codeOf(error));
      }
      const backups: StoredDocumentBackup[] = [];
      for (const name of names) {
        const id = BACKUP_FILE.exec(name)?.[1];
        if (id === undefined) continue; // write-file-atomic's temporary files, anything else
        try {
          const path = join(dir, name);
          const info = await stat(path);
          if (!info.isFile() || info.size > MAX_BACKUP_FILE_BYTES) continue;
          const parsed = v.safeParse(storedBackupSchema, JSON.parse(await readFile(path, 'utf8')));
          // A file whose id is not its name could never be discarded: it is not ours.
          if (!parsed.success || parsed.output.id !== id) continue;
          const { name: fileName, path: filePath, savedAt, content } = parsed.output;
          backups.push({
            id,
            ...(fileName === undefined ? {} : { name: fileName }),
            ...(filePath === undefined ? {} : { path: filePath }),
            savedAt,
            content,
          });
        } catch {
          // Unreadable or not JSON: skipped, and left on disk for whoever wants to look at it.
        }
      }
      return backups.sort((a, b) =>
        a.savedAt === b.savedAt ? a.id.localeCompare(b.id) : Date.parse(b.savedAt) - Date.parse(a.savedAt),
      );
    },

    async discard(id) {
      const file = fileOf(dir, id);
      try {
        await rm(file, { force: true });
      } catch (error) {
        throw new HostError(`Cannot delete the backup ${file}: ${reason(error)}.`, codeOf(error));
      }
    },
  };
}
