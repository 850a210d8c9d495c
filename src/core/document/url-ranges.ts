import type { TextRange } from './document';

/**
 * URLs and e-mail addresses shown as text: `http(s)://`, `ftp://`, `mailto:`,
 * `www.` and `name@domain.tld`, not preceded by a letter, digit or URL character.
 */
export const URL_LIKE =
  /(?<![\p{L}\p{N}_@./:-])(?:(?:https?|ftp):\/\/|mailto:|www\.)[^\s<>"]+|(?<![\p{L}\p{N}_.%+@-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/**
 * `ignore` plus the URLs and e-mail addresses written as text (no check
 * looks at them), sorted and merged. The editor's blocks use it too.
 */
export function withUrlRanges(text: string, ignore: readonly TextRange[]): TextRange[] {
  const ranges = [...ignore];
  for (const match of text.matchAll(URL_LIKE)) {
    const end = match.index + trimUrl(match[0]).length;
    if (end > match.index) ranges.push({ start: match.index, end });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Drops the punctuation that ends a sentence rather than the URL, and unbalanced closing brackets (as GFM does). */
export function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const last = result.at(-1);
    if (last === undefined) return result;
    if ('.,:;!?\'"*_~-'.includes(last)) {
      result = result.slice(0, -1);
    } else if (last === ')' || last === ']') {
      const open = last === ')' ? '(' : '[';
      if (count(result, open) >= count(result, last)) return result;
      result = result.slice(0, -1);
    } else {
      return result;
    }
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
