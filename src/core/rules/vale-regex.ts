/**
 * Translates the regular expressions of Vale rules into JavaScript.
 *
 * Vale compiles its patterns with dlclark/regexp2 in RE2 mode (`regexp2.CompileStd`): .NET semantics (lookarounds,
 * backreferences, Unicode-aware `\b \w \d \s`, `.` that stops only at `\n`) plus RE2 syntax (`(?P<name>…)`, POSIX
 * classes, `\Q…\E`, `\x{…}`). JavaScript's `u` mode is stricter and ASCII-minded, so this is a small tokenizer that
 * rewrites construct by construct: escapes, classes and groups are understood, so `\\b` stays a backslash and a `b`.
 *
 * Exact equivalents are emitted where JavaScript can express them:
 * - `\w` is .NET's word class `[\p{L}\p{Mn}\p{Nd}\p{Pc}]`; `\b` also counts ZWJ/ZWNJ as word characters, as .NET does;
 * - `\d` is `\p{Nd}`, `\s` is .NET's `[\t-\r\x85\p{Z}]`;
 * - `.` is `[^\n]` (JavaScript's `.` also stops at `\r`, U+2028, U+2029), `[\s\S]` under `s`;
 * - `^` and `$` become lookarounds on `\n` only, under `m` or not (`$` without `m` also matches before a final `\n`).
 *
 * Left out, by design or because JavaScript cannot do it (each returns an error naming the construct and its column):
 * atomic groups, possessive quantifiers, conditionals, recursion, balancing groups, `\G`, class subtraction
 * `[a-z-[aeiou]]`, Unicode blocks `\p{IsGreek}`, the `U` flag, and `(?-i…)` inside a case-insensitive pattern: the
 * JavaScript `i` flag applies to the whole regex and Node 20 has no modifiers, so case sensitivity cannot be restored
 * for part of it. The reverse, `(?i…)` inside a case-sensitive pattern, is expanded: `a` → `[aA]`, `[a-c]` → `[a-cA-C]`
 * (upper/lower case only; classes wider than 12,288 code points, `\p{…}` and backreferences are not expanded).
 */

export type ValeRegexResult = { ok: true; regex: RegExp; source: string; flags: string } | { ok: false; error: string };

export interface ValeRegexOptions {
  ignoreCase?: boolean;
}

/** .NET `\w`: letters, non-spacing marks, decimal digits, connector punctuation. */
export const WORD_CLASS_BODY = '\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}';
/** .NET word boundaries also treat ZERO WIDTH (NON-)JOINER as word characters. */
const BOUNDARY_BODY = `${WORD_CLASS_BODY}\\u200C\\u200D`;
const SPACE_BODY = '\\t-\\r\\x85\\p{Z}';
const B = `[${BOUNDARY_BODY}]`;
export const WORD_BOUNDARY = `(?:(?<=${B})(?!${B})|(?<!${B})(?=${B}))`;
export const NOT_WORD_BOUNDARY = `(?:(?<=${B})(?=${B})|(?<!${B})(?!${B}))`;

/** A pattern that matches `text` literally (the user's vocabulary words, for instance). */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A character outside ASCII that .NET's `\w` or `\b` counts as a word character (or ZWJ/ZWNJ). */
const UNICODE_WORD_CHAR = /(?!\p{ASCII})[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]/u;

/** Whether `text` has a word character outside ASCII, where a pattern's `asciiWordVariant` could differ. */
export function hasUnicodeWordChars(text: string): boolean {
  return UNICODE_WORD_CHAR.test(text);
}

const asciiVariants = new WeakMap<RegExp, RegExp | null>();

/**
 * The same pattern with JavaScript's own `\b`, `\B`, `\w` and `\d` in place
 * of the Unicode-aware lookarounds and classes: it finds exactly the same
 * matches in a text without word characters outside ASCII
 * (`hasUnicodeWordChars`), and irregexp runs it many times faster.
 * Undefined when the pattern has none of them.
 */
export function asciiWordVariant(regex: RegExp): RegExp | undefined {
  let variant = asciiVariants.get(regex);
  if (variant === undefined) {
    const source = regex.source
      .split(WORD_BOUNDARY)
      .join('\\b')
      .split(NOT_WORD_BOUNDARY)
      .join('\\B')
      .split(B)
      .join('\\w')
      .split(WORD_CLASS_BODY)
      .join('\\w')
      .split('\\p{Nd}')
      .join('\\d');
    variant = source === regex.source ? null : new RegExp(source, regex.flags);
    asciiVariants.set(regex, variant);
  }
  return variant ?? undefined;
}

// RE2's POSIX classes are ASCII, as ranges of code points.
const POSIX: Record<string, [number, number][]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20],
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

const GENERAL_CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn'.split(' '),
);
const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');
const CLASS_SPECIAL = new Set('\\]-[^');
const EXPAND_LIMIT = 0x3000;

const WORD_CHAR = /^[\p{L}\p{Mn}\p{Nd}\p{Pc}]$/u;
const OPTIONAL_QUANTIFIER = new Set(['?', '*', '{']);

/*
 * A `\b` next to a word character is a one-sided check (`\bfoo` is `(?<!W)foo`). V8 scans much faster for that than for
 * the general two-sided alternation (about 2x on Vale's token lists), so the helpers below prove, conservatively on the
 * Vale source, that every match of the next (or previous) atom starts (or ends) with a literal word character.
 */

/** Index after the character class that starts at `at`. */
function skipClass(src: string, at: number): number {
  let i = at + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  while (i < src.length && src[i] !== ']') {
    if (src[i] === '\\') i += 2;
    else if (src.startsWith('[:', i)) i = Math.max(src.indexOf(':]', i + 2) + 2, i + 1);
    else i++;
  }
  return i + 1;
}

/** Index after the escape that starts at `at` (only as precise as the analysis needs). */
function skipEscape(src: string, at: number): number {
  const c = src[at + 1];
  if (c === 'Q') {
    const end = src.indexOf('\\E', at + 2);
    return end < 0 ? src.length : end + 2;
  }
  if ((c === 'x' || c === 'p' || c === 'P') && src[at + 2] === '{') return src.indexOf('}', at) + 1 || src.length;
  if (c === 'x') return at + 4;
  if (c === 'u') return at + 6;
  return at + 2;
}

/** The alternatives of the plain or non-capturing or named group opening at `open`, and the index after it. */
function groupAlternatives(src: string, open: number): { alts: string[]; end: number } | undefined {
  const head = /^\((?:\?:|\?P?<[A-Za-z_]\w*>|(?!\?))/.exec(src.slice(open));
  if (!head) return undefined;
  const alts: string[] = [];
  let depth = 0;
  let from = open + head[0].length;
  for (let i = from; i < src.length;) {
    const ch = src[i];
    if (ch === '\\') i = skipEscape(src, i);
    else if (ch === '[') i = skipClass(src, i);
    else {
      if (ch === '(') depth++;
      else if (ch === ')' && depth-- === 0) {
        alts.push(src.slice(from, i));
        return { alts, end: i + 1 };
      } else if (ch === '|' && depth === 0) {
        alts.push(src.slice(from, i));
        from = i + 1;
      }
      i++;
    }
  }
  return undefined;
}

function startsWithWord(src: string): boolean {
  const cp = src.codePointAt(0);
  if (cp === undefined) return false;
  if (src[0] === '(') {
    const group = groupAlternatives(src, 0);
    return (
      group !== undefined &&
      !OPTIONAL_QUANTIFIER.has(src[group.end] ?? '') &&
      group.alts.every((alt) => startsWithWord(alt))
    );
  }
  const ch = String.fromCodePoint(cp);
  return WORD_CHAR.test(ch) && !OPTIONAL_QUANTIFIER.has(src[ch.length] ?? '');
}

function endsWithWord(src: string): boolean {
  let last: { kind: 'char'; ch: string } | { kind: 'group'; at: number } | { kind: 'other' } = { kind: 'other' };
  for (let i = 0; i < src.length;) {
    const ch = src[i] ?? '';
    if (ch === '\\') {
      i = skipEscape(src, i);
      last = { kind: 'other' };
    } else if (ch === '[') {
      i = skipClass(src, i);
      last = { kind: 'other' };
    } else if (ch === '(') {
      const group = groupAlternatives(src, i);
      if (!group) return false;
      last = { kind: 'group', at: i };
      i = group.end;
    } else {
      const c = String.fromCodePoint(src.codePointAt(i) ?? 0);
      last = { kind: 'char', ch: c };
      i += c.length;
    }
  }
  if (last.kind === 'char') return WORD_CHAR.test(last.ch);
  if (last.kind === 'group') return groupAlternatives(src, last.at)?.alts.every((alt) => endsWithWord(alt)) ?? false;
  return false;
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  n: boolean;
  /** Column of the `(?-i…)` that turned `i` off inside a case-insensitive regex, if any. */
  iOffAt: number;
}

class Unsupported extends Error {}

const scriptCache = new Map<string, boolean>();
function isScript(name: string): boolean {
  let known = scriptCache.get(name);
  if (known === undefined) {
    try {
      new RegExp(`\\p{Script=${name}}`, 'u');
      known = true;
    } catch {
      known = false;
    }
    scriptCache.set(name, known);
  }
  return known;
}

function hex(cp: number): string {
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}

/** A code point as a literal outside a class. */
function literal(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (SYNTAX_CHARS.has(ch)) return `\\${ch}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) return hex(cp);
  return ch;
}

/** A code point as a literal inside a class. */
function classLiteral(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (CLASS_SPECIAL.has(ch)) return `\\${ch}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029) return hex(cp);
  return ch;
}

function rangesBody(ranges: [number, number][]): string {
  return ranges.map(([lo, hi]) => (lo === hi ? classLiteral(lo) : `${classLiteral(lo)}-${classLiteral(hi)}`)).join('');
}

function caseVariants(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out = [cp];
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
    const c = v.codePointAt(0);
    // Only simple (one code point) mappings: "ß".toUpperCase() is "SS".
    if (c !== undefined && v.length === String.fromCodePoint(c).length && !out.includes(c)) out.push(c);
  }
  return out;
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function expandCase(ranges: [number, number][]): [number, number][] {
  const extra: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    if (hi - lo > EXPAND_LIMIT) continue;
    for (let cp = lo; cp <= hi; cp++) {
      for (const v of caseVariants(cp)) if (v < lo || v > hi) extra.push([v, v]);
    }
  }
  return extra.length === 0 ? ranges : mergeRanges([...ranges, ...extra]);
}

interface ClassParts {
  ranges: [number, number][];
  /** JS class fragments that need no case expansion (`\p{L}`, `\P{Nd}`, …). */
  extras: string[];
  /** Bodies of sets whose complement is part of the class (`\W`, `\S`, `[:^alpha:]`). */
  complements: string[];
}

class Translator {
  private pos = 0;
  private readonly out: string[] = [];
  private readonly flagStack: Flags[] = [];
  private flags: Flags;
  private readonly global: { i: boolean; m: boolean; s: boolean };
  /** Capture groups in JavaScript order: name, or null for an unnamed one. */
  private readonly groups: (string | null)[] = [];
  private readonly numericRefs: { at: number; num: number; column: number }[] = [];
  /** Whether the atom just emitted surely ends with a word character (see startsWithWord). */
  private lastWord = false;

  constructor(
    private readonly src: string,
    ignoreCase: boolean,
  ) {
    const leading: Flags = { i: ignoreCase, m: false, s: false, x: false, n: false, iOffAt: 0 };
    // Leading `(?flags)` groups (Vale writes `(?i)(?m)…`) set the regex's own flags.
    for (;;) {
      const m = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(src.slice(this.pos));
      if (!m) break;
      this.applyFlags(leading, m[1] ?? '', m[2] ?? '', this.pos, true);
      this.pos += m[0].length;
    }
    this.flags = leading;
    this.global = { i: leading.i, m: leading.m, s: leading.s };
  }

  private column(at: number): number {
    return [...this.src.slice(0, at)].length + 1;
  }

  private fail(what: string, at: number): never {
    throw new Unsupported(`${what} at column ${this.column(at)} is not supported in JavaScript`);
  }

  private applyFlags(target: Flags, on: string, off: string, at: number, leading: boolean): void {
    for (const [letters, value] of [
      [on, true],
      [off, false],
    ] as const) {
      for (const f of letters) {
        if (f === 'i') {
          if (!value && target.i && !leading && this.global.i) target.iOffAt = this.column(at);
          target.i = value;
        } else if (f === 'm' || f === 's' || f === 'x' || f === 'n') target[f] = value;
        else this.fail(`inline flag "${f}"`, at);
      }
    }
  }

  run(): { source: string; flags: string } {
    this.sequence();
    if (this.pos < this.src.length) this.fail('unbalanced ")"', this.pos);
    this.resolveBackrefs();
    const flags = `g${this.global.i ? 'i' : ''}${this.global.m ? 'm' : ''}${this.global.s ? 's' : ''}u`;
    return { source: this.out.join(''), flags };
  }

  /** .NET numbers named groups after the unnamed ones; JavaScript numbers all groups left to right. */
  private resolveBackrefs(): void {
    const dotnet: number[] = [];
    this.groups.forEach((g, jsIndex) => {
      if (g === null) dotnet.push(jsIndex + 1);
    });
    const seen = new Set<string>();
    this.groups.forEach((g, jsIndex) => {
      if (g !== null && !seen.has(g)) {
        seen.add(g);
        dotnet.push(jsIndex + 1);
      }
    });
    for (const ref of this.numericRefs) {
      const js = dotnet[ref.num - 1];
      if (js === undefined) throw new Unsupported(`backreference \\${ref.num} at column ${ref.column} has no group`);
      this.out[ref.at] = `\\${js}`;
    }
  }

  private peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  /** Emits the code point at pos as a literal (with case expansion under a local `i`) and advances. */
  private emitLiteral(cp: number): void {
    this.out.push(this.literalAtom(cp));
  }

  private literalAtom(cp: number): string {
    const variants = caseVariants(cp);
    if (variants.length > 1) {
      if (this.flags.i && !this.global.i) return `[${variants.map(classLiteral).join('')}]`;
      if (!this.flags.i && this.global.i) this.caseSensitiveFail();
    }
    return literal(cp);
  }

  private caseSensitiveFail(): never {
    throw new Unsupported(
      `case-sensitive part (?-i…) at column ${this.flags.iOffAt} inside a case-insensitive pattern is not supported in JavaScript`,
    );
  }

  private sequence(): void {
    while (this.pos < this.src.length) {
      const ch = this.peek();
      if (ch === ')') return;
      const start = this.pos;
      const endedWithWord = this.lastWord;
      this.lastWord = false;
      if (this.flags.x && /\s/.test(ch)) {
        this.lastWord = endedWithWord;
        this.pos++;
        continue;
      }
      if (this.flags.x && ch === '#') {
        this.lastWord = endedWithWord;
        const nl = this.src.indexOf('\n', this.pos);
        this.pos = nl < 0 ? this.src.length : nl + 1;
        continue;
      }
      switch (ch) {
        case '\\':
          this.escape(endedWithWord);
          break;
        case '[':
          this.out.push(this.charClass());
          break;
        case '(':
          this.group();
          break;
        case '|':
          this.out.push('|');
          this.pos++;
          break;
        case '.':
          this.out.push(this.flags.s ? (this.global.s ? '.' : '[\\s\\S]') : '[^\\n]');
          this.pos++;
          break;
        case '^':
          this.out.push(this.flags.m ? '(?<![^\\n])' : '(?<![\\s\\S])');
          this.pos++;
          break;
        case '$':
          this.out.push(this.flags.m ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))');
          this.pos++;
          break;
        case '*':
        case '+':
        case '?':
          this.pos++;
          this.out.push(ch);
          this.quantifierSuffix(start);
          break;
        case '{': {
          const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.pos));
          if (m) {
            this.out.push(m[0]);
            this.pos += m[0].length;
            this.quantifierSuffix(start);
          } else {
            // Go and .NET read a `{` that starts no quantifier as a literal; `u` mode wants it escaped.
            this.out.push('\\{');
            this.pos++;
          }
          break;
        }
        default: {
          const cp = this.src.codePointAt(this.pos) ?? 0;
          this.pos += cp > 0xffff ? 2 : 1;
          this.emitLiteral(cp);
          this.lastWord = WORD_CHAR.test(String.fromCodePoint(cp));
        }
      }
    }
  }

  private quantifierSuffix(start: number): void {
    if (this.peek() === '?') {
      this.out.push('?');
      this.pos++;
    } else if (this.peek() === '+') {
      this.fail(`possessive quantifier ${this.src.slice(start, this.pos)}+`, start);
    }
  }

  private group(): void {
    const start = this.pos;
    const rest = this.src.slice(this.pos);
    let open: string;
    let flags: Flags = { ...this.flags };
    let m: RegExpExecArray | null;
    if (!rest.startsWith('(?')) {
      if (this.flags.n) open = '(?:';
      else {
        open = '(';
        this.groups.push(null);
      }
      this.pos += 1;
    } else if ((m = /^\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/.exec(rest))) {
      const name = m[1] ?? m[2] ?? '';
      open = `(?<${name}>`;
      this.groups.push(name);
      this.pos += m[0].length;
    } else if ((m = /^\(\?P=(\w+)\)/.exec(rest))) {
      this.out.push(`\\k<${m[1] ?? ''}>`);
      this.pos += m[0].length;
      return;
    } else if (/^\(\?(?:<[=!]|[:=!])/.test(rest)) {
      open = rest.startsWith('(?<') ? rest.slice(0, 4) : rest.slice(0, 3);
      this.pos += open.length;
    } else if (rest.startsWith('(?>')) {
      this.fail('atomic group (?>…)', start);
    } else if (rest.startsWith('(?(')) {
      this.fail('conditional (?(…)…)', start);
    } else if (/^\(\?(?:R|[+-]?\d|&|P>)/.test(rest)) {
      this.fail('recursion (?R)', start);
    } else if (rest.startsWith('(?#')) {
      const end = this.src.indexOf(')', this.pos);
      if (end < 0) this.fail('unterminated comment (?#', start);
      this.pos = end + 1;
      return;
    } else if (/^\(\?P?<\w*-/.test(rest) || /^\(\?'\w*-/.test(rest)) {
      this.fail('balancing group (?<a-b>…)', start);
    } else if ((m = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])/.exec(rest))) {
      if (m[3] === ')') {
        // `foo(?i)bar`: the flags apply to the rest of the enclosing group.
        this.applyFlags(this.flags, m[1] ?? '', m[2] ?? '', start, false);
        this.pos += m[0].length;
        return;
      }
      flags = { ...this.flags };
      this.applyFlags(flags, m[1] ?? '', m[2] ?? '', start, false);
      open = '(?:';
      this.pos += m[0].length;
    } else {
      this.fail(`group syntax ${rest.slice(0, 3)}…`, start);
    }
    this.out.push(open);
    this.flagStack.push(this.flags);
    this.flags = flags;
    this.sequence();
    if (this.peek() !== ')') this.fail('unterminated group (', start);
    this.pos++;
    this.out.push(')');
    this.flags = this.flagStack.pop() ?? this.flags;
    this.lastWord = groupAlternatives(this.src, start)?.alts.every((alt) => endsWithWord(alt)) ?? false;
  }

  /** `\p{…}` / `\pL` / `\P{…}` at pos (after the backslash): returns the JS class fragment and advances. */
  private property(negated: boolean, start: number): { body: string; negated: boolean } {
    let name: string;
    if (this.peek() === '{') {
      const end = this.src.indexOf('}', this.pos);
      if (end < 0) this.fail('unterminated \\p{', start);
      name = this.src.slice(this.pos + 1, end);
      this.pos = end + 1;
    } else {
      name = this.peek();
      this.pos++;
    }
    if (name.startsWith('^')) {
      negated = !negated;
      name = name.slice(1);
    }
    if (name === 'Any') return { body: '\\s\\S', negated };
    if (GENERAL_CATEGORIES.has(name)) return { body: `\\p{${name}}`, negated };
    if (/^[A-Z][A-Za-z_]*$/.test(name) && isScript(name)) return { body: `\\p{Script=${name}}`, negated };
    if (name.startsWith('Is')) this.fail(`Unicode block \\p{${name}}`, start);
    this.fail(`Unicode property \\p{${name}}`, start);
  }

  /** Hex escapes after `\x` / `\u`: returns the code point. */
  private hexEscape(kind: 'x' | 'u', start: number): number {
    let m: RegExpExecArray | null;
    const rest = this.src.slice(this.pos);
    if (kind === 'x' && (m = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest))) {
      this.pos += m[0].length;
    } else if ((m = (kind === 'x' ? /^([0-9A-Fa-f]{2})/ : /^([0-9A-Fa-f]{4})/).exec(rest))) {
      this.pos += m[0].length;
    } else {
      this.fail(`malformed \\${kind} escape`, start);
    }
    const cp = parseInt(m[1] ?? '0', 16);
    if (cp > 0x10ffff) this.fail(`code point \\x{${m[1] ?? ''}}`, start);
    return cp;
  }

  /** Single-character escapes shared by classes and sequences; returns the code point, or undefined. */
  private charEscape(c: string, start: number): number | undefined {
    switch (c) {
      case 'n':
        return 0x0a;
      case 'r':
        return 0x0d;
      case 't':
        return 0x09;
      case 'f':
        return 0x0c;
      case 'v':
        return 0x0b;
      case 'a':
        return 0x07;
      case 'e':
        return 0x1b;
      case 'x':
      case 'u':
        return this.hexEscape(c, start);
      case 'c': {
        const l = this.peek();
        if (!/[A-Za-z]/.test(l)) this.fail('malformed \\c escape', start);
        this.pos++;
        return l.toUpperCase().charCodeAt(0) - 64;
      }
      default:
        return undefined;
    }
  }

  private escape(afterWord: boolean): void {
    const start = this.pos;
    this.pos++;
    const c = this.peek();
    if (c === '') this.fail('trailing backslash', start);
    this.pos++;
    switch (c) {
      case 'b':
        if (afterWord) return void this.out.push(`(?!${B})`);
        if (!this.flags.x && startsWithWord(this.src.slice(this.pos))) return void this.out.push(`(?<!${B})`);
        return void this.out.push(WORD_BOUNDARY);
      case 'B':
        return void this.out.push(NOT_WORD_BOUNDARY);
      case 'w':
        return void this.out.push(`[${WORD_CLASS_BODY}]`);
      case 'W':
        return void this.out.push(`[^${WORD_CLASS_BODY}]`);
      case 'd':
        return void this.out.push('\\p{Nd}');
      case 'D':
        return void this.out.push('\\P{Nd}');
      case 's':
        return void this.out.push(`[${SPACE_BODY}]`);
      case 'S':
        return void this.out.push(`[^${SPACE_BODY}]`);
      case 'A':
        return void this.out.push('(?<![\\s\\S])');
      case 'z':
        return void this.out.push('(?![\\s\\S])');
      case 'Z':
        return void this.out.push('(?=\\n?(?![\\s\\S]))');
      case 'G':
        return this.fail('\\G (end of previous match)', start);
      case 'E':
        return; // a stray \E ends nothing, as in RE2
      case 'Q': {
        const end = this.src.indexOf('\\E', this.pos);
        const text = this.src.slice(this.pos, end < 0 ? undefined : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        for (const ch of text) this.emitLiteral(ch.codePointAt(0) ?? 0);
        return;
      }
      case 'p':
      case 'P': {
        const p = this.property(c === 'P', start);
        if (p.body === '\\s\\S') return void this.out.push(p.negated ? '[]' : '[\\s\\S]');
        return void this.out.push(p.negated ? p.body.replace('\\p', '\\P') : p.body);
      }
      case 'k': {
        const m = /^(?:<(\w+)>|'(\w+)'|\{(\w+)\})/.exec(this.src.slice(this.pos));
        if (!m) this.fail('malformed \\k backreference', start);
        this.pos += m[0].length;
        const name = m[1] ?? m[2] ?? m[3] ?? '';
        if (/^\d+$/.test(name)) return this.numericRef(Number(name), start);
        return void this.out.push(`\\k<${name}>`);
      }
      case '0': {
        // .NET: \0 followed by up to two octal digits is a character.
        const m = /^[0-7]{0,2}/.exec(this.src.slice(this.pos));
        const digits = m?.[0] ?? '';
        this.pos += digits.length;
        return this.emitLiteral(parseInt(`0${digits}`, 8));
      }
    }
    if (/[1-9]/.test(c)) {
      const m = /^\d*/.exec(this.src.slice(this.pos));
      this.pos += m?.[0].length ?? 0;
      return this.numericRef(Number(c + (m?.[0] ?? '')), start);
    }
    const cp = this.charEscape(c, start);
    if (cp !== undefined) return this.emitLiteral(cp);
    if (/[A-Za-z0-9]/.test(c)) this.fail(`escape \\${c}`, start);
    // `\-`, `\'`, `\ `, `\#`… are literals in Go and .NET but syntax errors in `u` mode.
    this.pos--;
    const lit = this.src.codePointAt(this.pos) ?? 0;
    this.pos += lit > 0xffff ? 2 : 1;
    this.emitLiteral(lit);
  }

  private numericRef(num: number, start: number): void {
    this.numericRefs.push({ at: this.out.length, num, column: this.column(start) });
    this.out.push(`\\${num}`);
  }

  private charClass(): string {
    const start = this.pos;
    this.pos++;
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.pos++;
    }
    const parts: ClassParts = { ranges: [], extras: [], complements: [] };
    let first = true;
    for (;;) {
      if (this.pos >= this.src.length) this.fail('unterminated character class [', start);
      const ch = this.peek();
      if (ch === ']' && !first) {
        this.pos++;
        break;
      }
      first = false;
      const itemStart = this.pos;
      const lo = this.classAtom(parts, start);
      if (lo === undefined) continue;
      // A range `a-z`, unless the `-` is last (`[a-]`) or starts a .NET subtraction `[a-z-[aeiou]]`.
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        if (this.peek(1) === '[') this.fail('character class subtraction [a-[b]]', itemStart);
        this.pos++;
        const hiStart = this.pos;
        const hi = this.classAtom(parts, start);
        if (hi === undefined) this.fail('range with a class as its end', hiStart);
        if (hi < lo) this.fail('reversed range', itemStart);
        parts.ranges.push([lo, hi]);
        if (this.peek() === '-' && this.peek(1) === '[') this.fail('character class subtraction [a-[b]]', this.pos);
      } else {
        parts.ranges.push([lo, lo]);
      }
    }
    return this.emitClass(parts, negated);
  }

  /** One class item at pos: a code point (returned) or a set (added to parts, returns undefined). */
  private classAtom(parts: ClassParts, classStart: number): number | undefined {
    const start = this.pos;
    const rest = this.src.slice(this.pos);
    const posix = /^\[:(\^?)([a-z]+):\]/.exec(rest);
    if (posix) {
      const body = POSIX[posix[2] ?? ''];
      if (body === undefined) this.fail(`POSIX class [:${posix[2] ?? ''}:]`, start);
      this.pos += posix[0].length;
      if (posix[1]) parts.complements.push(rangesBody(body));
      else parts.ranges.push(...body);
      return undefined;
    }
    if (this.peek() === '\\') {
      this.pos++;
      const c = this.peek();
      if (c === '') this.fail('unterminated character class [', classStart);
      this.pos++;
      switch (c) {
        case 'w':
          parts.extras.push(WORD_CLASS_BODY);
          return undefined;
        case 'W':
          parts.complements.push(WORD_CLASS_BODY);
          return undefined;
        case 'd':
          parts.extras.push('\\p{Nd}');
          return undefined;
        case 'D':
          parts.extras.push('\\P{Nd}');
          return undefined;
        case 's':
          parts.extras.push(SPACE_BODY);
          return undefined;
        case 'S':
          parts.complements.push(SPACE_BODY);
          return undefined;
        case 'b':
          return 0x08;
        case 'p':
        case 'P': {
          const p = this.property(c === 'P', start);
          if (p.body === '\\s\\S') {
            if (p.negated) return undefined;
            parts.ranges.push([0, 0x10ffff]);
          } else parts.extras.push(p.negated ? p.body.replace('\\p', '\\P') : p.body);
          return undefined;
        }
        case 'Q': {
          // Quoted text inside a class: every character is a member.
          const end = this.src.indexOf('\\E', this.pos);
          const text = this.src.slice(this.pos, end < 0 ? undefined : end);
          this.pos = end < 0 ? this.src.length : end + 2;
          for (const ch of text) {
            const cp = ch.codePointAt(0) ?? 0;
            parts.ranges.push([cp, cp]);
          }
          return undefined;
        }
        case '0': {
          const m = /^[0-7]{0,2}/.exec(this.src.slice(this.pos));
          this.pos += m?.[0].length ?? 0;
          return parseInt(`0${m?.[0] ?? ''}`, 8);
        }
      }
      const cp = this.charEscape(c, start);
      if (cp !== undefined) return cp;
      if (/[A-Za-z0-9]/.test(c)) this.fail(`escape \\${c} in a character class`, start);
      this.pos--;
    }
    const cp = this.src.codePointAt(this.pos) ?? 0;
    this.pos += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private emitClass(parts: ClassParts, negated: boolean): string {
    let ranges = mergeRanges(parts.ranges);
    if (this.flags.i && !this.global.i) ranges = expandCase(ranges);
    else if (!this.flags.i && this.global.i && rangesBody(expandCase(ranges)) !== rangesBody(ranges)) {
      this.caseSensitiveFail();
    }
    const body = rangesBody(ranges) + parts.extras.join('');
    if (parts.complements.length === 0) return `[${negated ? '^' : ''}${body}]`;
    // `u` mode cannot put the complement of a multi-property set inside a class: spell the union (or, negated, the
    // intersection) with alternatives and lookaheads, each still consuming exactly one character.
    if (!negated) {
      const alts = parts.complements.map((c) => `[^${c}]`);
      if (body) alts.unshift(`[${body}]`);
      return `(?:${alts.join('|')})`;
    }
    const last = parts.complements[parts.complements.length - 1] ?? '';
    const checks = parts.complements.slice(0, -1).map((c) => `(?=[${c}])`);
    if (!body && checks.length === 0) return `[${last}]`;
    return `(?:${body ? `(?![${body}])` : ''}${checks.join('')}[${last}])`;
  }
}

/** Translates one Vale (Go regexp2, RE2 mode) pattern into a JavaScript RegExp with the `u` and `g` flags. */
export function translateValeRegex(source: string, options: ValeRegexOptions = {}): ValeRegexResult {
  let translated: { source: string; flags: string };
  try {
    translated = new Translator(source, options.ignoreCase ?? false).run();
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, error: error.message };
    throw error;
  }
  try {
    return { ok: true, regex: new RegExp(translated.source, translated.flags), ...translated };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    return { ok: false, error: `the pattern does not compile in JavaScript: ${reason}` };
  }
}
