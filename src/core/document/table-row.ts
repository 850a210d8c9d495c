/** A range of UTF-16 offsets in a source text. */
export interface Span {
  start: number;
  end: number;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** Whether the character at `index` follows an odd number of backslashes. */
export function isEscaped(source: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && source.charAt(i) === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/**
 * The cells of a GFM table row, each without the spaces around it. Quote
 * markers (`>`) before the row are skipped, for tables inside quotes.
 */
export function splitTableRow(source: string, line: Span): Span[] {
  let start = line.start;
  let end = line.end;
  while (start < end && isBlank(source.charCodeAt(start))) start += 1;
  while (end > start && isBlank(source.charCodeAt(end - 1))) end -= 1;
  while (start < end && source.charAt(start) === '>') {
    start += 1;
    while (start < end && isBlank(source.charCodeAt(start))) start += 1;
  }
  if (start < end && source.charAt(start) === '|') start += 1;
  if (end > start && source.charAt(end - 1) === '|' && !isEscaped(source, end - 1)) end -= 1;
  const cells: Span[] = [];
  let cellStart = start;
  for (let i = start; i <= end; i += 1) {
    if (i === end || (source.charAt(i) === '|' && !isEscaped(source, i))) {
      let s = cellStart;
      let e = i;
      while (s < e && isBlank(source.charCodeAt(s))) s += 1;
      while (e > s && isBlank(source.charCodeAt(e - 1))) e -= 1;
      cells.push({ start: s, end: e });
      cellStart = i + 1;
    }
  }
  return cells;
}
