import type { Root } from 'nlcst';
import type { TextRange } from '../document/document';
import type { Language } from '../language/detect';
import type { SentenceToken } from '../retext/nlcst-walk';
import type { Speller } from '../spelling/speller';
import type { Finding } from './diagnostic';

/** The language of the interface, which every message is written in (whatever the language of the text). */
export type MessageLanguage = 'en' | 'fr';

/** One message in every interface language: each check keeps its wording as data, not as scattered conditions. */
export type Wording<Args extends unknown[] = []> = Readonly<Record<MessageLanguage, (...args: Args) => string>>;

/** What a built-in check gets for one block. The block is parsed once; every check reads the same tree. */
export interface BlockCheckInput {
  text: string;
  language: Language;
  /** Parts of `text` no check may report on (inline code, URLs, raw HTML). Sorted, non-overlapping. */
  ignore: readonly TextRange[];
  /** `text` parsed by retext-english (English) or retext-latin (French); node offsets index into `text`. */
  tree: Root;
  /** The sentences of `tree` and their words, read once for every check. */
  sentences: readonly SentenceToken[];
  /** The speller of the block's language, when it is loaded. */
  speller: Speller | undefined;
  /** Words the user accepts (their vocabulary), as typed. */
  vocabulary: ReadonlySet<string>;
  /** The interface language: findings' messages and notes are written in it. */
  ui: MessageLanguage;
}

/**
 * A built-in check: one rule of the `PorteVoix` style. One file per check in
 * src/core/retext/. Its findings carry ranges within the block; the engine
 * drops findings that touch an ignored range and fills in ids and block ids.
 */
export interface BlockCheck {
  /** The rule's stable name: `Passive` is reported as `PorteVoix.Passive`. */
  rule: string;
  languages: readonly Language[];
  /** One sentence for the documentation: what it finds and what to do instead. */
  summary: string;
  run(input: BlockCheckInput): Finding[];
}

/** Whether `range` overlaps one of the sorted `ignore` ranges. */
export function touchesIgnored(range: TextRange, ignore: readonly TextRange[]): boolean {
  for (const r of ignore) {
    if (r.start >= range.end) return false;
    if (r.end > range.start) return true;
  }
  return false;
}
