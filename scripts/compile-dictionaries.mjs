#!/usr/bin/env node
// Compiles the Hunspell dictionaries into the compact `.pvdict` format that
// src/core/spelling/compact-dictionary.ts reads (the format is described
// there). Building nspell's French speller takes seconds and hundreds of MB
// because it expands every affix into a JS object; we do it once, here, and
// keep only what nspell's lookup and suggestion code reads.
//
// `node scripts/compile-dictionaries.mjs` compiles both languages (skipping
// those already up to date, unless `--force`) and prints sizes and times.
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nspell from 'nspell';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

export const LANGUAGES = ['en', 'fr'];
export const DEFAULT_OUT_DIR = join(root, 'generated', 'dictionaries');

const MAGIC = 'PVDC';
const VERSION = 1;
// 32 words a block: 14.3 MB for French (16: 15.6 MB) for a lookup as fast.
const DEFAULT_BLOCK_SIZE = 32;
// The only flags nspell's correct() and suggest() test on a word.
const MASK_FLAGS = ['FORBIDDENWORD', 'KEEPCASE', 'ONLYINCOMPOUND', 'NOSUGGEST'];
// A length byte keeps 7 bits for the length, the 8th says a mask byte follows.
const MAX_WORD_BYTES = 0x7f;
const HAS_MASK = 0x80;

/** Where a language's dictionary comes from: dictionary-<lang> from npm. */
function inputsOf(language) {
  const folder = join(root, 'node_modules', `dictionary-${language}`);
  return { aff: join(folder, 'index.aff'), dic: join(folder, 'index.dic') };
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Compiles each language whose `<outDir>/<lang>.pvdict` is missing or older
 * than its inputs (the .aff, the .dic and this script), or all of them with
 * `force`. Writes atomically (temporary file, then rename), so a concurrent
 * reader sees the old file or the new one.
 */
export async function compileDictionaries({ languages = LANGUAGES, outDir = DEFAULT_OUT_DIR, force = false } = {}) {
  const results = [];
  for (const language of languages) {
    if (!LANGUAGES.includes(language)) throw new Error(`No dictionary for language "${language}".`);
    const { aff, dic } = inputsOf(language);
    const path = join(outDir, `${language}.pvdict`);
    const built = mtime(path);
    // Without its inputs (not installed), an existing output is all there is.
    const fresh = built !== undefined && [aff, dic, self].every((input) => (mtime(input) ?? 0) <= built);
    if (fresh && !force) {
      results.push({ language, path, compiled: false, bytes: statSync(path).size });
      continue;
    }
    const start = performance.now();
    const bytes = encodeDictionary(expand(readFileSync(aff), readFileSync(dic)));
    mkdirSync(outDir, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
    results.push({ language, path, compiled: true, bytes: bytes.length, milliseconds: performance.now() - start });
  }
  return results;
}

/**
 * `nspell(aff, dic)`, with its word table in a Map rather than an object:
 * nspell's own code fills it (the same words, with the same rule codes), but
 * listing 3 million keys of an object takes 1.5 s and a Map's, 15 ms.
 */
function expand(aff, dic) {
  const speller = nspell(aff);
  const words = new Map();
  // nspell's add() only reads, tests and sets words (`dict[w]`, `w in dict`, `dict[w] = rules`).
  speller.data = new Proxy(Object.create(null), {
    get: (_target, word) => words.get(word),
    has: (_target, word) => words.has(word),
    set: (_target, word, rules) => {
      words.set(word, rules);
      return true;
    },
  });
  speller.dictionary(dic);
  const { flags, conversion, replacementTable, compoundRules } = speller;
  return { words, flags, conversion, replacementTable, compoundRules };
}

/**
 * Serializes a speller to the `.pvdict` format: `words` maps each word of
 * nspell's `data` to its rule codes, the other fields are nspell's own.
 */
export function encodeDictionary(speller, { blockSize = DEFAULT_BLOCK_SIZE } = {}) {
  const { flags } = speller;
  const codes = MASK_FLAGS.map((name) => flags[name]);
  const words = [];
  const masks = new Map();
  for (const [word, rules] of speller.words) {
    words.push(word);
    let mask = 0;
    for (let bit = 0; bit < codes.length; bit += 1) {
      // nspell's flag(): `name in flags && rules.indexOf(flags[name]) > -1`.
      if (codes[bit] !== undefined && rules.indexOf(codes[bit]) > -1) mask |= 1 << bit;
    }
    if (mask) masks.set(word, mask);
  }
  sortByUtf8(words);
  const blockCount = Math.ceil(words.length / blockSize);
  const header = new TextEncoder().encode(
    JSON.stringify({
      wordCount: words.length,
      blockSize,
      blockCount,
      maskFlags: MASK_FLAGS,
      flags,
      // JSON drops them, but `name in flags` must stay true (fr: FULLSTRIP).
      undefinedFlags: Object.keys(flags).filter((name) => flags[name] === undefined),
      conversion: {
        in: speller.conversion.in.map(serializePattern),
        out: speller.conversion.out.map(serializePattern),
      },
      replacementTable: speller.replacementTable.map(([from, to]) => [asString(from), asString(to)]),
      compoundRules: speller.compoundRules.map((rule) => {
        if (!(rule instanceof RegExp)) throw new Error('Compound rules must be compiled (load a .dic first).');
        return [rule.source, rule.flags];
      }),
    }),
  );
  const indexStart = align4(12 + header.length);
  const dataStart = indexStart + 4 * blockCount;

  let out = new Uint8Array(dataStart + 16 * words.length);
  let view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, header.length, true);
  out.set(header, 12);

  const encoder = new TextEncoder();
  let previous = new Uint8Array(MAX_WORD_BYTES + 1);
  let current = new Uint8Array(MAX_WORD_BYTES + 1);
  let previousLength = 0;
  let at = dataStart;
  for (let position = 0; position < words.length; position += 1) {
    const word = words[position];
    const { read, written } = encoder.encodeInto(word, current);
    if (read < word.length || written > MAX_WORD_BYTES) throw new Error(`Word too long: ${word}`);
    let shared = 0;
    const limit = Math.min(previousLength, written);
    while (shared < limit && previous[shared] === current[shared]) shared += 1;
    // Strictly increasing bytes: the reader's binary search and scan rely on it.
    if (position > 0 && (shared === written || (shared < previousLength && previous[shared] > current[shared]))) {
      throw new Error(`Words out of UTF-8 order near ${word}`);
    }
    if (at + MAX_WORD_BYTES + 3 > out.length) {
      const grown = new Uint8Array(2 * out.length);
      grown.set(out);
      out = grown;
      view = new DataView(out.buffer);
    }
    if (position % blockSize === 0) {
      view.setUint32(indexStart + 4 * (position / blockSize), at - dataStart, true);
      shared = 0;
    } else {
      out[at++] = shared;
    }
    const suffix = written - shared;
    const mask = masks.get(word) ?? 0;
    out[at++] = suffix | (mask ? HAS_MASK : 0);
    for (let index = shared; index < written; index += 1) out[at++] = current[index];
    if (mask) out[at++] = mask;
    [previous, current] = [current, previous];
    previousLength = written;
  }
  return out.slice(0, at);
}

function align4(offset) {
  return (offset + 3) & ~3;
}

function asString(value) {
  if (typeof value !== 'string') throw new Error(`Expected a string in the affix file, got ${value}`);
  return value;
}

function serializePattern([pattern, replacement]) {
  return [pattern.source, pattern.flags, asString(replacement)];
}

/**
 * UTF-16 order (the native sort) is UTF-8 byte order unless a word holds an
 * astral character (a surrogate pair sorts below U+E000–U+FFFF in UTF-16):
 * only then compare code points. A lone surrogate has no UTF-8 form.
 */
function sortByUtf8(words) {
  if (!words.some((word) => /[\uD800-\uDFFF]/.test(word))) return words.sort();
  for (const word of words) if (/\p{Surrogate}/u.test(word)) throw new Error(`Word is not valid Unicode: ${word}`);
  return words.sort(compareCodePoints);
}

function compareCodePoints(a, b) {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
    const difference = x.value.codePointAt(0) - y.value.codePointAt(0);
    if (difference) return difference;
  }
}

if (process.argv[1] && realpathSync(process.argv[1]) === self) {
  const start = performance.now();
  const results = await compileDictionaries({ force: process.argv.includes('--force') });
  for (const result of results) {
    const size = `${(result.bytes / 1e6).toFixed(2)} MB`;
    const time = result.compiled ? `compiled in ${Math.round(result.milliseconds)} ms` : 'up to date';
    console.log(`${result.language}: ${result.path} ${size}, ${time}`);
  }
  console.log(`total ${Math.round(performance.now() - start)} ms`);
}
