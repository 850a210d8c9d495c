/**
 * Reads the `.pvdict` files that scripts/compile-dictionaries.mjs writes: every
 * word form nspell expands from a Hunspell dictionary (3 million for French),
 * kept as bytes and searched in place, so that loading one costs a file read
 * instead of seconds of affix expansion and hundreds of MB of JS strings.
 *
 * Format, version 1 (integers little-endian):
 *
 *   0   "PVDC"            magic
 *   4   u32 version       1
 *   8   u32 J             length of the header
 *   12  J bytes           UTF-8 JSON header (`DictionaryHeader` below): word
 *                         and block counts, the mask's flag names, and what
 *                         nspell's correct() and suggest() read besides `data`
 *       zero padding to a multiple of 4
 *   I   blockCount × u32  offset of each block from the start of the blocks
 *   D   blocks            the words, sorted by UTF-8 bytes, `blockSize` a block
 *
 * A block is front-coded: its first word is whole, each next word shares a
 * prefix with the word before it.
 *
 *   first word:  u8 L|m, L bytes, [u8 mask]
 *   next words:  u8 P, u8 S|m, S bytes (the bytes after the shared P), [u8 mask]
 *
 * where m (0x80) says a mask byte follows: bit i of the mask is set when the
 * word carries the flag `maskFlags[i]` (FORBIDDENWORD, KEEPCASE,
 * ONLYINCOMPOUND, NOSUGGEST: the only flags nspell tests on a word). Few words
 * have one, so the rest spend no byte on it. Words are at most 127 bytes.
 */

const MAGIC = 'PVDC';
const VERSION = 1;
const HAS_MASK = 0x80;
const LENGTH = 0x7f;

/** A RegExp as [source, flags] and the replacement nspell's conversion uses with it. */
export type SerializedConversion = [source: string, flags: string, replacement: string];

export interface DictionaryHeader {
  wordCount: number;
  blockSize: number;
  blockCount: number;
  /** The flag name of each bit of a word's mask. */
  maskFlags: string[];
  /** nspell's `flags`, less the names whose value is undefined (JSON has no undefined). */
  flags: Record<string, unknown>;
  undefinedFlags: string[];
  conversion: { in: SerializedConversion[]; out: SerializedConversion[] };
  replacementTable: [string, string][];
  /** RegExps as [source, flags]. */
  compoundRules: [string, string][];
}

const encoder = new TextEncoder();
// Longer queries cannot be words: reading one byte past the limit tells them apart.
const query = new Uint8Array(LENGTH + 1);
const loneSurrogate = /\p{Surrogate}/u;

export class CompactDictionary {
  readonly header: DictionaryHeader;
  private readonly bytes: Uint8Array;
  private readonly index: DataView;
  /** The first 4 bytes of each block's first word, big-endian (0 past its end): most steps of the search compare these. */
  private readonly heads: Uint32Array;
  private readonly blocks: number;
  private readonly blockCount: number;
  private readonly blockSize: number;
  private readonly wordCount: number;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
      throw new Error('Not a Porte-voix dictionary (.pvdict) file.');
    }
    const version = view.getUint32(4, true);
    if (version !== VERSION) {
      throw new Error(`Dictionary format ${version} is not ${VERSION}: run scripts/compile-dictionaries.mjs.`);
    }
    const headerLength = view.getUint32(8, true);
    this.header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as DictionaryHeader;
    const indexStart = (12 + headerLength + 3) & ~3;
    const { blockCount, blockSize, wordCount } = this.header;
    this.blocks = indexStart + 4 * blockCount;
    if (blockCount !== Math.ceil(wordCount / blockSize) || this.blocks > bytes.byteLength) {
      throw new Error('Truncated or damaged dictionary file.');
    }
    this.bytes = bytes;
    this.blockCount = blockCount;
    this.blockSize = blockSize;
    this.wordCount = wordCount;
    this.index = new DataView(bytes.buffer, bytes.byteOffset + indexStart, 4 * blockCount);
    this.heads = new Uint32Array(blockCount);
    for (let block = 0; block < blockCount; block += 1) {
      const at = this.blocks + this.index.getUint32(4 * block, true);
      this.heads[block] = prefixKey(bytes, at + 1, (bytes[at] ?? 0) & LENGTH);
    }
  }

  /** The word's mask of flags (see `maskFlags`), or -1 if it is not a word. */
  lookup(word: string): number {
    const { read, written: length } = encoder.encodeInto(word, query);
    if (read < word.length || length > LENGTH) return -1;
    const bytes = this.bytes;

    // The last block whose first word is <= the query.
    const key = prefixKey(query, 0, length);
    const heads = this.heads;
    let low = 0;
    let high = this.blockCount - 1;
    let block = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const head = heads[middle] ?? 0;
      if (head < key || (head === key && this.compareHead(middle, length) <= 0)) {
        block = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (block < 0) return -1;

    // Walk the block keeping `matched`, the bytes the current word (< query)
    // shares with the query. A next word sharing fewer bytes with the current
    // word is past the query; one sharing more is still before it.
    let at = this.blocks + this.index.getUint32(4 * block, true);
    let lengthByte = bytes[at++] ?? 0;
    let size = lengthByte & LENGTH;
    let matched = 0;
    while (matched < size && matched < length && bytes[at + matched] === query[matched]) matched += 1;
    if (matched === size && matched === length) return this.found(word, length, lengthByte, at + size);
    at += size + (lengthByte & HAS_MASK ? 1 : 0);

    const count = Math.min(this.blockSize, this.wordCount - block * this.blockSize);
    for (let position = 1; position < count; position += 1) {
      const shared = bytes[at++] ?? 0;
      lengthByte = bytes[at++] ?? 0;
      size = lengthByte & LENGTH;
      if (shared < matched) return -1;
      if (shared === matched) {
        let common = 0;
        while (common < size && matched + common < length && bytes[at + common] === query[matched + common]) {
          common += 1;
        }
        if (common === size && matched + common === length) return this.found(word, length, lengthByte, at + size);
        // Past the query: a greater byte, or the query is a prefix of the word.
        if (
          matched + common === length ||
          (common < size && (bytes[at + common] ?? 0) > (query[matched + common] ?? 0))
        ) {
          return -1;
        }
        matched += common;
      }
      at += size + (lengthByte & HAS_MASK ? 1 : 0);
    }
    return -1;
  }

  /** Compares block `block`'s first word with the query's `length` bytes. */
  private compareHead(block: number, length: number): number {
    const bytes = this.bytes;
    const at = this.blocks + this.index.getUint32(4 * block, true);
    const size = (bytes[at] ?? 0) & LENGTH;
    const limit = Math.min(size, length);
    for (let offset = 0; offset < limit; offset += 1) {
      const difference = (bytes[at + 1 + offset] ?? 0) - (query[offset] ?? 0);
      if (difference !== 0) return difference;
    }
    return size - length;
  }

  /**
   * The mask at `maskAt` of the word that matched the query's `length` bytes.
   * encodeInto() writes a lone surrogate as U+FFFD (EF BF BD): only a real
   * U+FFFD may match a word holding one.
   */
  private found(word: string, length: number, lengthByte: number, maskAt: number): number {
    for (let offset = 0; offset + 2 < length; offset += 1) {
      if (query[offset] === 0xef && query[offset + 1] === 0xbf && query[offset + 2] === 0xbd) {
        if (loneSurrogate.test(word)) return -1;
        break;
      }
    }
    return lengthByte & HAS_MASK ? (this.bytes[maskAt] ?? 0) : 0;
  }
}

/** The first 4 of `length` bytes at `at`, big-endian, zeros past the end: ordered as the bytes are. */
function prefixKey(bytes: Uint8Array, at: number, length: number): number {
  let key = 0;
  for (let offset = 0; offset < 4; offset += 1) key = key * 256 + (offset < length ? (bytes[at + offset] ?? 0) : 0);
  return key;
}
