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

/** The lines of source[start, end), without their line endings. */
export function splitLines(source: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let lineBegin = start;
  for (let i = start; i < end; i += 1) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start: lineBegin, end: i });
      if (c === 13 && source.charCodeAt(i + 1) === 10) i += 1;
      lineBegin = i + 1;
    }
  }
  lines.push({ start: lineBegin, end });
  return lines;
}

const DELIMITER_CELL = /^:?-+:?$/;

/**
 * The cells of a GFM table written in source[start, end), row by row, the
 * header first (body rows cut to the header's width); undefined when the text
 * is not a table (remark-gfm is not installed, so tables are read here).
 */
export function tableRows(source: string, start: number, end: number): Span[][] | undefined {
  const [headerLine, delimiterLine, ...bodyLines] = splitLines(source, start, end);
  if (headerLine === undefined || delimiterLine === undefined) return undefined;
  if (!source.slice(delimiterLine.start, delimiterLine.end).includes('|')) return undefined;
  const header = splitTableRow(source, headerLine);
  const delimiter = splitTableRow(source, delimiterLine);
  if (header.length === 0 || header.length !== delimiter.length) return undefined;
  if (!delimiter.every((cell) => DELIMITER_CELL.test(source.slice(cell.start, cell.end)))) return undefined;
  return [header, ...bodyLines.map((line) => splitTableRow(source, line).slice(0, header.length))];
}
