export type Language = 'en' | 'fr';

export declare const LANGUAGES: Language[];
export declare const DEFAULT_OUT_DIR: string;

export interface CompileResult {
  language: Language;
  /** The `.pvdict` file. */
  path: string;
  /** False when the file was already newer than its inputs. */
  compiled: boolean;
  bytes: number;
  /** Only when compiled. */
  milliseconds?: number;
}

export declare function compileDictionaries(options?: {
  languages?: readonly Language[];
  outDir?: string;
  force?: boolean;
}): Promise<CompileResult[]>;

/** What `encodeDictionary` reads: nspell's fields, with `data` as a Map from each word to its rule codes. */
export interface DictionarySource {
  words: ReadonlyMap<string, readonly string[]>;
  flags: Record<string, unknown>;
  conversion: { in: [RegExp, string][]; out: [RegExp, string][] };
  replacementTable: [string, string][];
  compoundRules: RegExp[];
}

export declare function encodeDictionary(source: DictionarySource, options?: { blockSize?: number }): Uint8Array;
