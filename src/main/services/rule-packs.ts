import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UserRulePack, UserRulePacks } from '../../core/host';

/** A rule file larger than this is not a rule: it is skipped with a problem. */
export const MAX_RULE_FILE_BYTES = 256 * 1024;
/** At most this many rule files per pack. */
export const MAX_RULES_PER_PACK = 1000;
const RULE_FILE = /\.ya?ml$/i;
const decoder = new TextDecoder('utf-8', { fatal: true });

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return "permission denied: check the file's permissions";
  return (error as Error).message ?? String(error);
}

/**
 * Reads the user's rule packs: each folder of `packsDir` is a pack (a Vale
 * style) whose `.yml` files are its rules, with an optional `meta.json`
 * giving its version. What cannot be read is named in `problems`; the rest
 * is returned. A missing folder means no packs.
 */
export async function readRulePacks(packsDir: string): Promise<UserRulePacks> {
  const result: UserRulePacks = { folder: packsDir, packs: [], problems: [] };
  let names: string[];
  try {
    names = (await readdir(packsDir, { withFileTypes: true }))
      // Hidden folders are an import's or a removal's work in progress (see rule-pack-import.ts).
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      result.problems.push(`Cannot read the rule packs folder ${packsDir}: ${reason(error)}.`);
    return result;
  }
  for (const name of names) {
    const dir = join(packsDir, name);
    const pack: UserRulePack = { name, files: [] };
    let entries: string[];
    try {
      entries = (await readdir(dir)).sort();
    } catch (error) {
      result.problems.push(`Cannot read the rule pack ${name}: ${reason(error)}.`);
      continue;
    }
    if (entries.includes('meta.json')) {
      try {
        const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as { version?: unknown };
        if (typeof meta.version === 'string') pack.version = meta.version;
      } catch (error) {
        result.problems.push(`${name}/meta.json cannot be read (${reason(error)}): the pack's version is unknown.`);
      }
    }
    const ruleFiles = entries.filter((entry) => RULE_FILE.test(entry));
    if (ruleFiles.length > MAX_RULES_PER_PACK)
      result.problems.push(
        `${name} has ${ruleFiles.length} rule files: only the first ${MAX_RULES_PER_PACK} are loaded.`,
      );
    for (const file of ruleFiles.slice(0, MAX_RULES_PER_PACK)) {
      const path = join(dir, file);
      try {
        const info = await stat(path);
        if (!info.isFile()) continue;
        if (info.size > MAX_RULE_FILE_BYTES) {
          result.problems.push(
            `${name}/${file} is ${Math.round(info.size / 1024)} KB, too large for a rule file (256 KB at most): it is skipped.`,
          );
          continue;
        }
        pack.files.push({ file: `${name}/${file}`, text: decoder.decode(await readFile(path)) });
      } catch (error) {
        const text = error instanceof TypeError ? 'it is not UTF-8 text' : reason(error);
        result.problems.push(`${name}/${file} cannot be read (${text}): it is skipped.`);
      }
    }
    result.packs.push(pack);
  }
  return result;
}
