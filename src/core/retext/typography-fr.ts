import type { TextRange } from '../document/document';
import {
  touchesIgnored,
  type BlockCheck,
  type BlockCheckInput,
  type MessageLanguage,
  type Wording,
} from '../engine/check';
import type { Finding } from '../engine/diagnostic';
import { quote } from './run-plugin';

/**
 * French typography, for French blocks: the spaces of the "high" punctuation
 * and of guillemets, straight quotes and apostrophes, three dots. Each
 * finding's range holds the text to replace, punctuation included, and
 * `expected` its replacement, so a fix is a plain replacement.
 *
 * The rules are those of the Lexique des règles typographiques en usage à
 * l'Imprimerie nationale:
 *
 * - a narrow no-break space (U+202F) before ; ! ? — a no-break space
 *   (U+00A0) there is accepted too, as most French keyboards and editors
 *   type it (the corpus does), unless `narrowSpaceOnly` is set;
 * - a no-break space (U+00A0) before : and inside « », where U+202F is
 *   accepted too;
 * - « » rather than straight quotes "…", ’ rather than ', … rather than ...
 *
 * It leaves alone what is not prose: URLs and e-mail addresses, times and
 * ratios (10:30), emoticons (:-) ;) :D), code-like text (std::vector,
 * !important, ?x=1, ...args), punctuation at the start of a line, the second
 * mark of ?! or !!!, and whatever `input.ignore` covers.
 */

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** The messages of this check, in the interface language. */
export const TYPOGRAPHY_FR_MESSAGES = {
  narrowSpaceMissing: {
    en: (mark) => `Put a narrow no-break space before ${quote(mark, 'en')} in French.`,
    fr: (mark) => `Mettez une espace fine insécable avant ${quote(mark, 'fr')} en français.`,
  },
  narrowSpaceOrdinary: {
    en: (mark) => `Replace the space before ${quote(mark, 'en')} with a narrow no-break space in French.`,
    fr: (mark) => `Remplacez l’espace avant ${quote(mark, 'fr')} par une espace fine insécable en français.`,
  },
  narrowSpaceWide: {
    en: (mark) => `Replace the no-break space before ${quote(mark, 'en')} with a narrow one in French.`,
    fr: (mark) => `Remplacez l’espace insécable avant ${quote(mark, 'fr')} par une espace fine insécable en français.`,
  },
  colonSpaceMissing: {
    en: () => 'Put a no-break space before “:” in French.',
    fr: () => 'Mettez une espace insécable avant «\u00A0:\u00A0» en français.',
  },
  colonSpaceOrdinary: {
    en: () => 'Replace the space before “:” with a no-break space in French.',
    fr: () => 'Remplacez l’espace avant «\u00A0:\u00A0» par une espace insécable en français.',
  },
  // A guillemet quoted in guillemets reads badly: the French messages name it.
  openingGuillemetMissing: {
    en: () => 'Put a no-break space after “«”.',
    fr: () => 'Mettez une espace insécable après le guillemet ouvrant.',
  },
  openingGuillemetOrdinary: {
    en: () => 'Replace the space after “«” with a no-break space.',
    fr: () => 'Remplacez l’espace après le guillemet ouvrant par une espace insécable.',
  },
  closingGuillemetMissing: {
    en: () => 'Put a no-break space before “»”.',
    fr: () => 'Mettez une espace insécable avant le guillemet fermant.',
  },
  closingGuillemetOrdinary: {
    en: () => 'Replace the space before “»” with a no-break space.',
    fr: () => 'Remplacez l’espace avant le guillemet fermant par une espace insécable.',
  },
  straightOpeningQuote: {
    en: () => 'Use the French guillemet “«” followed by a no-break space instead of a straight quote.',
    fr: () => 'Remplacez le guillemet droit par un guillemet ouvrant suivi d’une espace insécable.',
  },
  straightClosingQuote: {
    en: () => 'Use a no-break space followed by the French guillemet “»” instead of a straight quote.',
    fr: () => 'Remplacez le guillemet droit par une espace insécable suivie d’un guillemet fermant.',
  },
  straightApostrophe: {
    en: () => 'Use the typographic apostrophe “’” instead of a straight one.',
    fr: () => 'Remplacez l’apostrophe droite par l’apostrophe typographique «\u00A0’\u00A0».',
  },
  threeDots: {
    en: () => 'Use the ellipsis character “…” instead of three dots.',
    fr: () => 'Remplacez les trois points par le caractère «\u00A0…\u00A0» (points de suspension).',
  },
} as const satisfies Record<string, Wording<[mark: string]> | Wording>;

export interface TypographyFrOptions {
  /** Also ask for U+202F where there is a U+00A0 before ; ! ? (the Imprimerie nationale's rule to the letter). */
  narrowSpaceOnly?: boolean;
}

const RULE = 'TypographyFr';

/** A space that is not a line break: ordinary, no-break, narrow, thin, tab… */
const SPACE = /[^\S\r\n]/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What may follow ; : ! ? in prose: nothing, a space, a guillemet or quote; and after ! ? also ) ] … . , and more ! ?. */
function followsLikeProse(mark: string, next: string | undefined): boolean {
  if (next === undefined || SPACE.test(next) || next === '\n' || next === '\r') return true;
  if ('«»"”'.includes(next)) return true;
  return (mark === '!' || mark === '?') && '!?)]….,'.includes(next);
}

/** URLs and e-mail addresses found in the text: no typography there. */
function codeLikeZones(text: string): TextRange[] {
  const zones: TextRange[] = [];
  const patterns = [
    /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)[^\s<>«»"]*/giu,
    /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      // A URL does not end in punctuation: "voir https://x.fr." ends the sentence.
      const value = m[0].replace(/[.,;:!?)\]'’]+$/u, '');
      zones.push({ start: m.index, end: m.index + value.length });
    }
  }
  return zones;
}

/** Sorted, merged ranges. */
function merge(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Start of the run of spaces that ends at `i` (i itself when there is none). */
function spacesBefore(text: string, i: number): number {
  let k = i;
  while (k > 0 && SPACE.test(text[k - 1] ?? '')) k--;
  return k;
}

/** End of the run of spaces that starts at `i`. */
function spacesAfter(text: string, i: number): number {
  let k = i;
  while (k < text.length && SPACE.test(text[k] ?? '')) k++;
  return k;
}

function atLineStart(text: string, k: number): boolean {
  return k === 0 || text[k - 1] === '\n' || text[k - 1] === '\r';
}

function finding(start: number, end: number, message: string, replacement: string): Finding {
  return {
    rule: RULE,
    source: 'porte-voix',
    severity: 'suggestion',
    message,
    range: { start, end },
    expected: [replacement],
  };
}

/** ; ! ? and : — their space before. */
function highPunctuation(text: string, narrowSpaceOnly: boolean, ui: MessageLanguage, out: Finding[]): void {
  const m = TYPOGRAPHY_FR_MESSAGES;
  for (let i = 0; i < text.length; i++) {
    const mark = text[i] ?? '';
    if (!';:!?'.includes(mark)) continue;
    const prev = text[i - 1];
    if (prev !== undefined && ';:!?'.includes(prev)) continue; // ?! !!! :: — the first mark carries the space
    if (!followsLikeProse(mark, text[i + 1])) continue; // 10:30, :-), ?x=1, !important, http://
    if (mark === ';' && /&#?[\p{L}\p{N}]+$/u.test(text.slice(Math.max(0, i - 12), i))) continue; // &nbsp;
    const colon = mark === ':';
    const space = colon ? NBSP : NNBSP;
    const k = spacesBefore(text, i);
    if (atLineStart(text, k)) continue;
    if (k === i) {
      if ('([{«'.includes(prev ?? '')) continue; // (?)
      const message = colon ? m.colonSpaceMissing[ui]() : m.narrowSpaceMissing[ui](mark);
      out.push(finding(i, i + 1, message, space + mark));
      continue;
    }
    const run = text.slice(k, i);
    if (run === NNBSP) continue;
    if (run === NBSP) {
      if (colon || !narrowSpaceOnly) continue;
      out.push(finding(k, i + 1, m.narrowSpaceWide[ui](mark), space + mark));
      continue;
    }
    const message = colon ? m.colonSpaceOrdinary[ui]() : m.narrowSpaceOrdinary[ui](mark);
    out.push(finding(k, i + 1, message, space + mark));
  }
}

const NO_BREAK = new Set([NBSP, NNBSP]);

/** « and » — the space inside. */
function guillemets(text: string, ui: MessageLanguage, out: Finding[]): void {
  const m = TYPOGRAPHY_FR_MESSAGES;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') {
      const k = spacesAfter(text, i + 1);
      const next = text[k];
      if (next === undefined || next === '\n' || next === '\r' || next === '»') continue;
      const run = text.slice(i + 1, k);
      if (NO_BREAK.has(run)) continue;
      if (run === '') out.push(finding(i, i + 1, m.openingGuillemetMissing[ui](), '«' + NBSP));
      else out.push(finding(i, k, m.openingGuillemetOrdinary[ui](), '«' + NBSP));
    } else if (text[i] === '»') {
      const k = spacesBefore(text, i);
      if (atLineStart(text, k) || text[k - 1] === '«') continue;
      const run = text.slice(k, i);
      if (NO_BREAK.has(run)) continue;
      if (run === '') out.push(finding(i, i + 1, m.closingGuillemetMissing[ui](), NBSP + '»'));
      else out.push(finding(k, i + 1, m.closingGuillemetOrdinary[ui](), NBSP + '»'));
    }
  }
}

/**
 * Straight double quotes, taken two by two: "…" becomes « … ». A pair that
 * does not look like quotation marks (15" screens, "" in code) is left alone.
 */
function straightQuotes(text: string, zones: readonly TextRange[], ui: MessageLanguage, out: Finding[]): void {
  const m = TYPOGRAPHY_FR_MESSAGES;
  const quotes: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (!touchesIgnored({ start: i, end: i + 1 }, zones)) quotes.push(i);
  }
  for (let q = 0; q + 1 < quotes.length; q += 2) {
    const open = quotes[q] ?? 0;
    const close = quotes[q + 1] ?? 0;
    const before = text[open - 1];
    const after = text[close + 1];
    const opens = before === undefined || SPACE.test(before) || "\n\r([{—–-/’'".includes(before);
    const closes = after === undefined || SPACE.test(after) || "\n\r.,;:!?)]}…—–-’'".includes(after);
    const contentStart = spacesAfter(text, open + 1);
    const contentEnd = Math.max(spacesBefore(text, close), contentStart);
    const content = text.slice(contentStart, contentEnd);
    if (!opens || !closes || content === '' || content.includes('\n')) continue;
    out.push(finding(open, contentStart, m.straightOpeningQuote[ui](), '«' + NBSP));
    out.push(finding(contentEnd, close + 1, m.straightClosingQuote[ui](), NBSP + '»'));
  }
}

/** ' between two letters: l'équipe, aujourd'hui. */
function straightApostrophes(text: string, ui: MessageLanguage, out: Finding[]): void {
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) {
    if (LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '')) {
      out.push(finding(i, i + 1, TYPOGRAPHY_FR_MESSAGES.straightApostrophe[ui](), '’'));
    }
  }
}

/** Exactly three dots, not a spread (...args) or a path (.../). */
function threeDots(text: string, ui: MessageLanguage, out: Finding[]): void {
  for (const match of text.matchAll(/(?<!\.)\.\.\.(?!\.)/gu)) {
    const i = match.index;
    const before = text[i - 1];
    const after = text[i + 3];
    if (before === '/' || before === '\\' || after === '/' || after === '\\') continue;
    const wordBefore = before !== undefined && LETTER_OR_DIGIT.test(before);
    if (!wordBefore && after !== undefined && LETTER_OR_DIGIT.test(after)) continue; // ...args
    out.push(finding(i, i + 3, TYPOGRAPHY_FR_MESSAGES.threeDots[ui](), '…'));
  }
}

/** The French typography check, with its options. */
export function createTypographyFrCheck(options: TypographyFrOptions = {}): BlockCheck {
  const narrowSpaceOnly = options.narrowSpaceOnly ?? false;
  return {
    rule: RULE,
    languages: ['fr'],
    summary:
      'Finds French typography to fix — the no-break spaces before ; : ! ? and inside « », straight quotes and apostrophes, three dots — and gives the fix.',
    run(input: BlockCheckInput): Finding[] {
      if (input.language !== 'fr') return [];
      const { text, ui } = input;
      const zones = merge([...codeLikeZones(text), ...input.ignore]);
      const found: Finding[] = [];
      highPunctuation(text, narrowSpaceOnly, ui, found);
      guillemets(text, ui, found);
      straightQuotes(text, zones, ui, found);
      straightApostrophes(text, ui, found);
      threeDots(text, ui, found);
      return found
        .filter((f) => !touchesIgnored(f.range, zones))
        .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    },
  };
}

/** `PorteVoix.TypographyFr` with the default options (U+00A0 accepted before ; ! ?). */
export const typographyFrCheck: BlockCheck = createTypographyFrCheck();
