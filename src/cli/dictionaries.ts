import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compileDictionaries, type Language } from '../../scripts/compile-dictionaries.mjs';
import { createCompactSpeller } from '../core/spelling/compact-speller';
import type { Speller } from '../core/spelling/speller';

const outDir = fileURLToPath(new URL('../../generated/dictionaries/', import.meta.url));

/**
 * The speller for `language`, from generated/dictionaries/<lang>.pvdict,
 * compiled first when it is missing or older than dictionary-<lang>.
 */
export async function loadSpeller(language: Language): Promise<Speller> {
  const [compiled] = await compileDictionaries({ languages: [language], outDir });
  if (!compiled) throw new Error(`No dictionary for ${language}.`);
  return createCompactSpeller(await readFile(compiled.path));
}
