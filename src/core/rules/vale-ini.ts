/**
 * Vale's INI dialect, read the way Vale reads it (errata-ai/ini, a fork of go-ini, loaded by
 * internal/core/ini.go `shadowLoad` with AllowShadows, Loose and SpaceBeforeInlineComment):
 *
 * - leading whitespace is ignored; blank lines and lines starting with `#` or `;` are comments;
 * - `[name]` opens a section; the name runs to the LAST `]` and is kept verbatim (it is a glob);
 *   a section named twice is one section (keys merge into the first); `[DEFAULT]` is the top level;
 * - `key = value`: the key ends at the first `=` or `:` (go-ini's delimiters), both sides are trimmed;
 * - an inline comment starts at ` #` or ` ;` (a space before it), so regexes with `#` survive;
 * - a value wholly wrapped in "..." or '...' loses the quotes; `"""` and a backtick open a
 *   quoted value that may span lines; a value ending in `\` continues on the next line;
 * - a repeated key keeps every value ("shadows"): list keys (BasedOnStyles, TokenIgnores, ...)
 *   concatenate them, single-valued keys use the last one. `entries` holds the last value and
 *   `values` all of them, in order.
 */

export interface ValeIniSection {
  name: string;
  /** 1-based line of the header. */
  line: number;
  /** Last value of each key. */
  entries: Record<string, string>;
  /** Line of the last value of each key. */
  lines: Record<string, number>;
  /** Every value of each key, in file order (Vale's shadows). */
  values: Record<string, string[]>;
}

export interface ValeIni {
  /** Keys above the first section header (Vale's "core" settings). */
  global: Record<string, string>;
  globalLines: Record<string, number>;
  globalValues: Record<string, string[]>;
  /** Sections in the order of their first header. */
  sections: ValeIniSection[];
}

export interface ValeIniError {
  line: number;
  message: string;
}

export interface ValeIniResult {
  ini: ValeIni;
  errors: ValeIniError[];
}

interface KeyTarget {
  entries: Record<string, string>;
  lines: Record<string, number>;
  values: Record<string, string[]>;
}

const QUOTE_PREVIEW = 60;

function preview(line: string): string {
  const text = line.trim();
  return text.length > QUOTE_PREVIEW ? `${text.slice(0, QUOTE_PREVIEW)}…` : text;
}

/** go-ini's hasSurroundedQuote: the quote opens and closes the value and appears nowhere else. */
function hasSurroundedQuote(text: string, quote: string): boolean {
  return (
    text.length >= 2 && text.startsWith(quote) && text.endsWith(quote) && text.indexOf(quote, 1) === text.length - 1
  );
}

export function parseValeIni(text: string): ValeIniResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // go-ini reads up to each "\n" and trims: a CR before it is whitespace.
  const rawLines = source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const ini: ValeIni = { global: {}, globalLines: {}, globalValues: {}, sections: [] };
  const errors: ValeIniError[] = [];
  const globalTarget: KeyTarget = { entries: ini.global, lines: ini.globalLines, values: ini.globalValues };
  let target: KeyTarget = globalTarget;

  for (let index = 0; index < rawLines.length; index++) {
    const lineNo = index + 1;
    const line = (rawLines[index] ?? '').replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;

    if (line.startsWith('[')) {
      const close = line.lastIndexOf(']');
      if (close === -1) {
        errors.push({
          line: lineNo,
          message: `Line ${lineNo}: "${preview(line)}" opens a section but has no closing "]". Close it, like [*.md].`,
        });
        continue;
      }
      const name = line.slice(1, close);
      if (name.trim() === '') {
        errors.push({
          line: lineNo,
          message: `Line ${lineNo}: the section name is empty. Write a file glob between the brackets, like [*] or [*.md].`,
        });
        continue;
      }
      if (name === 'DEFAULT') {
        target = globalTarget;
        continue;
      }
      let section = ini.sections.find((s) => s.name === name);
      if (!section) {
        section = { name, line: lineNo, entries: {}, lines: {}, values: {} };
        ini.sections.push(section);
      }
      target = section;
      continue;
    }

    const delimiter = line.search(/[=:]/);
    if (delimiter === -1) {
      errors.push({
        line: lineNo,
        message:
          `Line ${lineNo}: "${preview(line)}" is neither a setting nor a section header. ` +
          `Write it as "Key = value", put a section name in brackets like [*.md], or start the line with "#" to make it a comment.`,
      });
      continue;
    }
    const key = line.slice(0, delimiter).trim();
    if (key === '') {
      errors.push({
        line: lineNo,
        message: `Line ${lineNo}: "${preview(line)}" has no key before "${line[delimiter] ?? '='}". Write it as "Key = value".`,
      });
      continue;
    }
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      errors.push({ line: lineNo, message: `Line ${lineNo}: "${key}" is not a Vale setting. Remove the line.` });
      continue;
    }

    const read = readValue(line.slice(delimiter + 1), rawLines, index);
    if ('error' in read) {
      errors.push({ line: lineNo, message: `Line ${lineNo}: ${read.error}` });
      index = rawLines.length;
      continue;
    }
    index = read.lastIndex;
    target.entries[key] = read.value;
    target.lines[key] = lineNo;
    (target.values[key] ??= []).push(read.value);
  }

  return { ini, errors };
}

type ReadResult = { value: string; lastIndex: number } | { error: string };

/** go-ini's parser.readValue, on the text after the delimiter. */
function readValue(rest: string, rawLines: string[], index: number): ReadResult {
  const line = rest.replace(/^\s+/, '');
  if (line === '') return { value: '', lastIndex: index };

  const quote = line.length > 3 && line.startsWith('"""') ? '"""' : line.startsWith('`') ? '`' : '';
  if (quote !== '') {
    const body = line.slice(quote.length);
    const close = body.lastIndexOf(quote);
    if (close !== -1) return { value: body.slice(0, close), lastIndex: index };
    // A multi-line quoted value: keep the line breaks, up to the closing quote.
    let value = `${body}\n`;
    for (let next = index + 1; next < rawLines.length; next++) {
      const text = rawLines[next] ?? '';
      const end = text.lastIndexOf(quote);
      if (end !== -1) return { value: value + text.slice(0, end), lastIndex: next };
      value += `${text}\n`;
    }
    return { error: `the value opened with ${quote} is never closed. Add the closing ${quote}.` };
  }

  let value = line.trim();
  if (value.endsWith('\\')) {
    // Continuation: trimmed next lines are appended until one does not end in "\" or is blank.
    value = value.slice(0, -1);
    let last = index;
    for (let next = index + 1; next < rawLines.length; next++) {
      const text = (rawLines[next] ?? '').trim();
      if (text === '') {
        last = next;
        break;
      }
      value += text;
      last = next;
      if (!value.endsWith('\\')) break;
      value = value.slice(0, -1);
    }
    return { value, lastIndex: last };
  }

  let comment = value.indexOf(' #');
  if (comment === -1) comment = value.indexOf(' ;');
  if (comment !== -1) value = value.slice(0, comment).trim();
  if (hasSurroundedQuote(value, "'") || hasSurroundedQuote(value, '"')) value = value.slice(1, -1);
  return { value, lastIndex: index };
}
