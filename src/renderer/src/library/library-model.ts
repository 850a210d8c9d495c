import type { PvDocument } from '../../../core/document/document';
import type { Diagnostic } from '../../../core/engine/diagnostic';
import type { CheckResult } from '../../../core/engine/engine';
import type { ChannelSetting, LibraryEntry, LibraryEntryUpdate, LibraryScore } from '../../../core/host';

/** The newest entries of the library are the recent documents. */
export const RECENT_DOCUMENTS = 10;

/** What the library keeps about the document in the editor, from its front matter and its last check. */
export interface LibraryFacts {
  title: string;
  channel: ChannelSetting;
  language?: 'en' | 'fr';
  score?: LibraryScore;
}

/** The longest title the host accepts. */
const MAX_TITLE = 500;

/** The title, channel, language and main score of the checked document, for its library entry. */
export function libraryFacts(input: {
  /** The front matter's `title`, when it has one. */
  frontMatterTitle: string | undefined;
  doc: PvDocument | undefined;
  result: CheckResult | undefined;
  /** The findings shown (those ignored here left out). */
  diagnostics: readonly Diagnostic[];
  channel: ChannelSetting;
}): LibraryFacts {
  const heading = input.doc?.blocks.find((b) => b.kind === 'heading' && b.text.trim() !== '')?.text;
  const title = (input.frontMatterTitle?.trim() || heading?.replace(/\s+/gu, ' ').trim() || '').slice(0, MAX_TITLE);
  const facts: LibraryFacts = { title, channel: input.channel };
  const result = input.result;
  if (!result) return facts;
  facts.language = result.language;
  const name = result.language === 'fr' ? 'kandelMoles' : 'fleschReadingEase';
  const value = result.summary.readability[result.language]?.[name];
  if (value !== undefined && Number.isFinite(value)) {
    let errors = 0;
    let warnings = 0;
    for (const d of input.diagnostics) {
      if (d.severity === 'error') errors += 1;
      else if (d.severity === 'warning') warnings += 1;
    }
    facts.score = { name, value: Math.min(1000, Math.max(-1000, Math.round(value * 10) / 10)), errors, warnings };
  }
  return facts;
}

/** The file name at the end of a path (either kind of slash). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/u).at(-1) || path;
}

/** What `updateLibraryEntry` gets for the document at `path`. */
export function libraryUpdate(input: {
  path: string;
  name: string | undefined;
  facts: LibraryFacts;
  caret: { block: number; offset: number } | undefined;
  scroll: number | undefined;
  edited: boolean;
}): LibraryEntryUpdate {
  const { facts } = input;
  return {
    path: input.path,
    name: (input.name || fileNameOf(input.path)).slice(0, 255),
    title: facts.title,
    channel: facts.channel,
    ...(facts.language === undefined ? {} : { language: facts.language }),
    ...(facts.score === undefined ? {} : { score: facts.score }),
    ...(input.caret === undefined ? {} : { caret: input.caret }),
    ...(input.scroll === undefined || !Number.isFinite(input.scroll)
      ? {}
      : { scroll: Math.min(100_000_000, Math.max(0, Math.round(input.scroll))) }),
    edited: input.edited,
  };
}

/** Text folded for search: lower case, without accents (é → e, Œ → oe), spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae')
    .replace(/ß/gu, 'ss')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The entries whose title, file name, channel or language contain every word of `query`, whatever the case and
 * accents; `labels` gives the words the interface shows for a channel and a language (so "article" finds blog
 * articles and "français" French ones). An empty query keeps them all. The order is kept.
 */
export function searchLibrary(
  entries: readonly LibraryEntry[],
  query: string,
  labels: { channel: (c: ChannelSetting) => string; language: (l: 'en' | 'fr') => string } = {
    channel: (c) => c,
    language: (l) => l,
  },
): LibraryEntry[] {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = foldForSearch(
      [
        entry.title,
        entry.name,
        entry.channel ?? '',
        entry.channel === undefined ? '' : labels.channel(entry.channel),
        entry.language ?? '',
        entry.language === undefined ? '' : labels.language(entry.language),
      ].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
}
