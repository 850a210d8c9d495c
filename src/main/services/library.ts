import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';
import writeFileAtomic from 'write-file-atomic';
import { HostError, type LibraryEntry, type LibraryEntryUpdate } from '../../core/host';
import { libraryEntryUpdateSchema, MAX_LIBRARY_ENTRIES } from '../../core/host-schema';
import { queued } from './file-queue';
import { codeOf, reason } from './fs-errors';

/** The library file's name in the app's data folder. */
export const LIBRARY_FILE_NAME = 'library.json';

/** A library file larger than this is not ours (500 entries of a few kilobytes at most): it is kept aside. */
export const MAX_LIBRARY_FILE_BYTES = 16 * 1024 * 1024;

/** One stored entry: what the UI sends (less `edited`), with the times the host keeps. */
const storedEntrySchema = v.object({
  ...v.omit(libraryEntryUpdateSchema, ['edited']).entries,
  editedAt: v.pipe(v.string(), v.isoTimestamp()),
  usedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** What `library.json` holds (version 1). */
const libraryFileSchema = v.object({ version: v.literal(1), entries: v.array(v.unknown()) });

/** The drafts library: one entry per document the user opened or saved, in `<dataDir>/library.json`. */
export interface LibraryStore {
  /** Every entry, the most recently used first. */
  list(): Promise<LibraryEntry[]>;
  /** Adds or replaces the entry of `update.path`; what the update leaves out (caret, score…) keeps its last value. */
  update(update: LibraryEntryUpdate): Promise<void>;
  /** Removes the entry of `path`, if there is one. */
  forget(path: string): Promise<void>;
}

export interface LibraryStoreOptions {
  /** The clock, for tests. */
  now?: () => Date;
  /** Where to say that a corrupt file was kept aside. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/** `library.corrupt-2025-01-31T09-15-00-000Z.json` next to the file, never over an earlier one. */
function asidePath(file: string, now: Date): string {
  const stem = basename(file).replace(/\.json$/, '');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let candidate = join(dirname(file), `${stem}.corrupt-${stamp}.json`);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dirname(file), `${stem}.corrupt-${stamp}-${n}.json`);
  return candidate;
}

function byMostRecentUse(a: LibraryEntry, b: LibraryEntry): number {
  return Date.parse(b.usedAt) - Date.parse(a.usedAt);
}

/**
 * The drafts library kept in `file` (`<dataDir>/library.json`), written
 * atomically (temporary file, fsync, rename). Reading never fails on a bad
 * file: one that is not JSON or not a library is renamed to
 * `library.corrupt-<time>.json` beside it and the library starts empty;
 * single entries that do not fit the schema are left out. Calls on the same
 * file run one after the other, whichever store object makes them (the web
 * host makes one per request).
 */
export function createLibraryStore(file: string, options: LibraryStoreOptions = {}): LibraryStore {
  const now = options.now ?? (() => new Date());
  const warn = options.warn ?? ((message: string) => console.warn(`[library] ${message}`));

  async function keepAside(why: string): Promise<void> {
    const target = asidePath(file, now());
    try {
      await rename(file, target);
      warn(
        `the drafts library ${file} could not be used (${why}): it was kept as ${target} and the library starts empty.`,
      );
    } catch (error) {
      warn(`the drafts library ${file} could not be used (${why}) nor moved aside (${reason(error)}).`);
    }
  }

  async function read(): Promise<LibraryEntry[]> {
    let text: string;
    try {
      const info = await stat(file);
      if (!info.isFile() || info.size > MAX_LIBRARY_FILE_BYTES) {
        await keepAside(info.isFile() ? 'it is too large' : 'it is not a file');
        return [];
      }
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return [];
      throw new HostError(`Cannot read the drafts library ${file}: ${reason(error)}.`, codeOf(error));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      await keepAside(`it is not valid JSON: ${(error as Error).message}`);
      return [];
    }
    const library = v.safeParse(libraryFileSchema, parsed);
    if (!library.success) {
      await keepAside('it is not a drafts library of this version of Porte-voix');
      return [];
    }
    const entries: LibraryEntry[] = [];
    const seen = new Set<string>();
    for (const raw of library.output.entries) {
      const entry = v.safeParse(storedEntrySchema, raw);
      // An entry that does not fit (edited by hand, from a later version) is left out; a path appears once.
      if (!entry.success || seen.has(entry.output.path)) continue;
      seen.add(entry.output.path);
      entries.push(entry.output);
    }
    return entries.sort(byMostRecentUse);
  }

  async function write(entries: LibraryEntry[]): Promise<void> {
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(file, JSON.stringify({ version: 1, entries }, undefined, '\t'), {
        encoding: 'utf8',
        fsync: true,
      });
    } catch (error) {
      throw new HostError(`Cannot update the drafts library ${file}: ${reason(error)}.`, codeOf(error));
    }
  }

  /** When a document first enters the library without an edit (it was opened): its file's modification time. */
  async function modifiedAt(path: string, fallback: string): Promise<string> {
    try {
      return new Date((await stat(path)).mtimeMs).toISOString();
    } catch {
      return fallback;
    }
  }

  return {
    list: () => queued(file, read),

    update: (update) =>
      queued(file, async () => {
        const entries = await read();
        const previous = entries.find((e) => e.path === update.path);
        const time = now().toISOString();
        const { edited, ...fields } = update;
        const editedAt = edited ? time : (previous?.editedAt ?? (await modifiedAt(update.path, time)));
        const next: LibraryEntry = {
          ...(previous?.channel === undefined ? {} : { channel: previous.channel }),
          ...(previous?.language === undefined ? {} : { language: previous.language }),
          ...(previous?.score === undefined ? {} : { score: previous.score }),
          ...(previous?.caret === undefined ? {} : { caret: previous.caret }),
          ...(previous?.scroll === undefined ? {} : { scroll: previous.scroll }),
          ...fields,
          editedAt,
          usedAt: time,
        };
        const rest = entries.filter((e) => e.path !== update.path);
        await write([next, ...rest].sort(byMostRecentUse).slice(0, MAX_LIBRARY_ENTRIES));
      }),

    forget: (path) =>
      queued(file, async () => {
        const entries = await read();
        const rest = entries.filter((e) => e.path !== path);
        if (rest.length !== entries.length) await write(rest);
      }),
  };
}
