import { randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { HostError, RULE_PACK_NAME_PATTERN, type ImportedRulePack } from '../../core/host';
import { MAX_RULE_FILE_BYTES } from './rule-packs';

/** An archive holding more files than this is refused. */
export const MAX_IMPORT_FILES = 1000;
/** An archive (or folder) whose files add up to more than this is refused. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Room for a zip's own headers around its files (about 100 bytes a file). */
const ZIP_OVERHEAD_BYTES = 1024 * 1024;
const RULE_FILE = /\.ya?ml$/i;
const META_FILE = 'meta.json';

/** A pack read from its source, before it is written anywhere. */
interface PackContent {
  name: string;
  files: { name: string; data: Uint8Array }[];
}

const count = (n: number): string => n.toLocaleString('en-US');
const kilobytes = (bytes: number): string => `${count(Math.ceil(bytes / 1024))} KB`;
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist (it may have been moved or deleted)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: check its permissions';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

function refuse(source: string, cause: string, code: string): HostError {
  return new HostError(`Cannot import “${source}”: ${cause} Nothing was imported.`, code);
}

function checkName(source: string, name: string, what: string): void {
  if (!RULE_PACK_NAME_PATTERN.test(name)) {
    throw refuse(
      source,
      `“${name}” cannot name a rule pack (1 to 64 letters, digits, hyphens or underscores). Rename ${what}.`,
      'EPACKNAME',
    );
  }
}

/** A pack's files: its rule files and its `meta.json`, nothing hidden (`.DS_Store`, `._Rule.yml`). */
function isPackFile(name: string): boolean {
  return !name.startsWith('.') && (RULE_FILE.test(name) || name === META_FILE);
}

/** A zip entry that would land outside the folder it is extracted to (zip-slip). */
function escapes(entry: string): boolean {
  const path = entry.replaceAll('\\', '/');
  return (
    path.includes('\0') || path.startsWith('/') || /^[a-z]:/i.test(path) || path.split('/').some((p) => p === '..')
  );
}

/** The folder of a zip entry (`''` at the root) and its file name. */
function splitEntry(entry: string): { dir: string; file: string } {
  const path = entry.replaceAll('\\', '/');
  const slash = path.lastIndexOf('/');
  return slash < 0 ? { dir: '', file: path } : { dir: path.slice(0, slash), file: path.slice(slash + 1) };
}

/** What an entry may take once decompressed: its declared size, or more for a stored one. */
const entrySize = (info: UnzipFileInfo): number => Math.max(info.size, info.originalSize);

/**
 * Reads one style folder of a zip: `Name/*.yml` (at any depth, with its `meta.json`), or
 * `*.yml` at the archive's root, named after the archive. Every entry is checked from the
 * archive's directory before anything is decompressed, and only the pack's files are.
 */
function readZipPack(label: string, data: Uint8Array): PackContent {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(data, {
      filter: (info) => {
        entries.push(info);
        return false;
      },
    });
  } catch (error) {
    throw refuse(label, `it is not a readable .zip archive (${(error as Error).message}).`, 'EPACKZIP');
  }
  const unsafe = entries.find((info) => escapes(info.name));
  if (unsafe) {
    throw refuse(
      label,
      `its entry “${unsafe.name}” points outside the archive (a “..” or an absolute path): the archive is unsafe.`,
      'EPACKUNSAFE',
    );
  }
  const files = entries.filter((info) => !info.name.endsWith('/') && !info.name.endsWith('\\'));
  if (files.length > MAX_IMPORT_FILES) {
    throw refuse(
      label,
      `it holds ${count(files.length)} files, more than ${count(MAX_IMPORT_FILES)}. Import a .zip of the pack's folder alone.`,
      'EPACKTOOLARGE',
    );
  }
  const total = files.reduce((sum, info) => sum + entrySize(info), 0);
  if (total > MAX_IMPORT_BYTES) {
    throw refuse(
      label,
      `its files add up to ${megabytes(total)}, more than ${megabytes(MAX_IMPORT_BYTES)}. Import a .zip of the pack's folder alone.`,
      'EPACKTOOLARGE',
    );
  }
  const packFiles = files.filter((info) => {
    const { dir, file } = splitEntry(info.name);
    return isPackFile(file) && !dir.split('/').includes('__MACOSX');
  });
  const ruleDirs = [
    ...new Set(packFiles.filter((info) => RULE_FILE.test(info.name)).map((info) => splitEntry(info.name).dir)),
  ].sort();
  const [dir] = ruleDirs;
  if (dir === undefined) {
    throw refuse(
      label,
      'it holds no rule file (.yml or .yaml). A rule pack is a folder of YAML rules, one file per rule.',
      'EPACKEMPTY',
    );
  }
  if (ruleDirs.length > 1) {
    const shown = ruleDirs.slice(0, 5).map((d) => (d === '' ? 'the root' : `${d}/`));
    throw refuse(
      label,
      `it holds rule files in ${ruleDirs.length} folders (${shown.join(', ')}${ruleDirs.length > 5 ? ', …' : ''}). Import one pack at a time: a .zip of one folder of rules.`,
      'EPACKSEVERAL',
    );
  }
  const name = dir === '' ? label.replace(/\.zip$/i, '') : (dir.split('/').at(-1) ?? dir);
  checkName(label, name, dir === '' ? 'the .zip' : `its folder ${dir}/`);
  // An archive may hold the same entry twice: the last one counts, as when it is extracted.
  const byFile = new Map(
    packFiles.filter((info) => splitEntry(info.name).dir === dir).map((info) => [info.name, info]),
  );
  const chosen = [...byFile.values()];
  const tooLarge = chosen.find((info) => entrySize(info) > MAX_RULE_FILE_BYTES);
  if (tooLarge) {
    throw refuse(
      label,
      `${tooLarge.name} is ${kilobytes(entrySize(tooLarge))}, more than the 256 KB a rule file may have.`,
      'EPACKTOOLARGE',
    );
  }
  const wanted = new Set(chosen.map((info) => info.name));
  let extracted: Record<string, Uint8Array>;
  try {
    extracted = unzipSync(data, { filter: (info) => wanted.has(info.name) });
  } catch (error) {
    throw refuse(label, `its files cannot be extracted (${(error as Error).message}).`, 'EPACKZIP');
  }
  return {
    name,
    files: chosen.map((info) => ({ name: splitEntry(info.name).file, data: extracted[info.name] ?? new Uint8Array() })),
  };
}

/** Reads a folder of rules: its `.yml`/`.yaml` files and its `meta.json`; the folder names the pack. */
async function readFolderPack(path: string): Promise<PackContent> {
  const label = basename(path);
  checkName(label, label, 'the folder');
  const names = (await readdir(path)).filter(isPackFile).sort();
  const found: { name: string; size: number }[] = [];
  for (const name of names) {
    const info = await stat(join(path, name));
    if (info.isFile()) found.push({ name, size: info.size });
  }
  const rules = found.filter((file) => RULE_FILE.test(file.name)).length;
  if (rules === 0) {
    throw refuse(
      label,
      'the folder holds no rule file (.yml or .yaml). A rule pack is a folder of YAML rules, one file per rule.',
      'EPACKEMPTY',
    );
  }
  if (rules > MAX_IMPORT_FILES) {
    throw refuse(
      label,
      `the folder holds ${count(rules)} rule files, more than ${count(MAX_IMPORT_FILES)}.`,
      'EPACKTOOLARGE',
    );
  }
  const tooLarge = found.find((file) => file.size > MAX_RULE_FILE_BYTES);
  if (tooLarge) {
    throw refuse(
      label,
      `${tooLarge.name} is ${kilobytes(tooLarge.size)}, more than the 256 KB a rule file may have.`,
      'EPACKTOOLARGE',
    );
  }
  const total = found.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    throw refuse(
      label,
      `its rule files add up to ${megabytes(total)}, more than ${megabytes(MAX_IMPORT_BYTES)}.`,
      'EPACKTOOLARGE',
    );
  }
  const files: PackContent['files'] = [];
  for (const file of found) files.push({ name: file.name, data: await readFile(join(path, file.name)) });
  return { name: label, files };
}

/** A name for a working folder inside the packs folder: hidden, so the packs list skips it. */
const hidden = (what: string): string => `.${what}-${randomBytes(6).toString('hex')}`;

/**
 * Writes the pack into a hidden folder of `packsDir`, then renames it into place: a failed
 * import leaves no half pack. A user pack of the same name is moved aside first, and put
 * back if the new one cannot take its place. Returns whether one was replaced.
 */
async function install(packsDir: string, pack: PackContent): Promise<boolean> {
  await mkdir(packsDir, { recursive: true });
  const staging = await mkdtemp(join(packsDir, '.import-'));
  try {
    for (const file of pack.files) await writeFile(join(staging, file.name), file.data);
    const target = join(packsDir, pack.name);
    const exists = await lstat(target).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    const previous = exists ? join(packsDir, hidden('replaced')) : undefined;
    if (previous !== undefined) await rename(target, previous);
    try {
      await rename(staging, target);
    } catch (error) {
      if (previous !== undefined) await rename(previous, target).catch(() => undefined);
      throw error;
    }
    if (previous !== undefined) await rm(previous, { recursive: true, force: true }).catch(() => undefined);
    return previous !== undefined;
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Imports a rule pack into `packsDir/<Name>/` from a folder (its rule files and `meta.json`)
 * or from a `.zip` holding one style folder. Refused, with a message naming the source and the
 * cause: unsafe zip entries (`..`, absolute paths), more than 1,000 files, more than 20 MB in
 * all, a file over 256 KB, no rule file. A pack of the same name is replaced.
 */
export async function importRulePack(packsDir: string, source: string): Promise<ImportedRulePack> {
  const label = basename(source);
  try {
    const info = await stat(source);
    let pack: PackContent;
    if (info.isDirectory()) {
      pack = await readFolderPack(source);
    } else if (info.isFile() && /\.zip$/i.test(source)) {
      if (info.size > MAX_IMPORT_BYTES + ZIP_OVERHEAD_BYTES) {
        throw refuse(
          label,
          `the archive is ${megabytes(info.size)}, more than ${megabytes(MAX_IMPORT_BYTES)}. Import a .zip of the pack's folder alone.`,
          'EPACKTOOLARGE',
        );
      }
      pack = readZipPack(label, await readFile(source));
    } else {
      throw refuse(
        label,
        'it is neither a folder nor a .zip file. Choose a folder of YAML rules or a .zip of one.',
        'EPACKTYPE',
      );
    }
    const replaced = await install(packsDir, pack);
    return { name: pack.name, rules: pack.files.filter((f) => RULE_FILE.test(f.name)).length, replaced };
  } catch (error) {
    if (error instanceof HostError) throw error;
    throw refuse(label, `${reason(error)}.`, (error as NodeJS.ErrnoException).code ?? 'EPACKIMPORT');
  }
}

/** Deletes one of the user's packs: it is renamed away first, so it vanishes at once and whole. */
export async function removeRulePack(packsDir: string, name: string): Promise<void> {
  if (!RULE_PACK_NAME_PATTERN.test(name)) {
    throw new HostError(`“${name}” is not the name of a rule pack: nothing was removed.`, 'EPACKNAME');
  }
  const target = join(packsDir, name);
  const trash = join(packsDir, hidden('removed'));
  try {
    if (!(await lstat(target)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await rename(target, trash);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new HostError(
        `There is no rule pack “${name}” in ${packsDir}: it may have been removed already.`,
        'ENOENT',
      );
    }
    throw new HostError(
      `Cannot remove the rule pack “${name}” from ${packsDir}: ${reason(error)}.`,
      code ?? 'EPACKREMOVE',
    );
  }
  await rm(trash, { recursive: true, force: true }).catch(() => undefined);
}
