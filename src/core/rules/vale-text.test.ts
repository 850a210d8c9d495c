import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { position, splitForVale, type ValeBlock, type ValeDocument } from './vale-text';

const SUITE = join(__dirname, '../../../../shared/peers/vale-suite');

interface Alert {
  file: string;
  line: number;
  col: number;
  check: string;
  message: string;
  type: string;
  rule_file: string | null;
  scope: string | string[] | null;
  excluded_because: string | null;
}

interface Case {
  scenario: string;
  cli_args: string | null;
  fixture_dir: string | null;
  inline_files: Record<string, string[]> | null;
  alerts: Alert[];
}

/** Rules whose message quotes something other than the match (a word of a repeated pair, a suggestion). */
const NOT_QUOTING = new Set(['Markup.Repetition', 'demo.LookAround']);

/** The matched text, when the message quotes it. */
function matchedText(alert: Alert): string | undefined {
  const m = alert.message;
  const after = /(?:instead of|rather than) '([^']+)'/.exec(m) ?? /rather than (.+?)\.$/.exec(m);
  if (after?.[1] !== undefined) return after[1];
  if (/^Use '/.test(m) && !/(?:instead of|rather than)/.test(m)) return undefined;
  return (/(?<!\w)'(.+?)'(?!\w)/.exec(m) ?? /"([^"]+)"/.exec(m))?.[1];
}

/** The rule's scope from its YAML (`scope: x` or a list), else the alert's. */
function ruleScope(alert: Alert): string[] {
  const file = alert.rule_file === null ? undefined : resolveRule(alert.rule_file);
  if (file !== undefined) {
    const yaml = readFileSync(file, 'utf8');
    const single = /^scope:[ \t]*(\S.*)$/m.exec(yaml);
    if (single?.[1] !== undefined && single[1].trim() !== '') {
      return [single[1].trim().replace(/^['"]|['"]$/g, '')];
    }
    const list = /^scope:[ \t]*\n((?:[ \t]+-[ \t]*.+\n?)+)/m.exec(yaml);
    if (list?.[1] !== undefined) {
      return list[1]
        .split('\n')
        .map((l) => l.replace(/^\s*-\s*/, '').trim())
        .filter((l) => l !== '');
    }
  }
  return ['text'];
}

function resolveRule(ruleFile: string): string | undefined {
  for (const base of ['vale/testdata', 'vale/testdata/fixtures', '']) {
    const path = join(SUITE, base, ruleFile);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Vale's selector: `a.b` needs every part; `~a` none; `&` joins; a list is any of. */
function selects(scopes: readonly string[], selector: string[]): boolean {
  const sections = new Set(scopes.flatMap((s) => s.split('.')));
  return selector.some((alternative) =>
    alternative.split('&').every((part) => {
      const p = part.trim();
      const negated = p.startsWith('~');
      const parts = (negated ? p.slice(1) : p).split('.');
      const has = parts.every((x) => sections.has(x));
      return negated ? !has : has;
    }),
  );
}

function sourceFor(c: Case, file: string): string | undefined {
  if (c.inline_files !== null) return c.inline_files[file]?.join('\n');
  if (c.fixture_dir === null) return undefined;
  if (c.scenario === 'Lint stdin') return undefined;
  const name = file.startsWith('stdin.') ? `test${extname(file)}` : file;
  const path = join(SUITE, c.fixture_dir, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function formatOf(file: string): 'markdown' | 'text' | undefined {
  const ext = extname(file);
  if (ext === '.md' || ext === '.mdx') return 'markdown';
  if (ext === '.txt') return 'text';
  return undefined;
}

function allIndexes(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

interface Outcome {
  line: string;
  ok: boolean;
  why?: string;
}

function checkAlert(doc: ValeDocument, source: string, alert: Alert, needle: string): Outcome {
  const label = `${alert.file}:${alert.line}:${alert.col}:${alert.check}:${alert.message}`;
  const selector = ruleScope(alert);
  const raw: ValeBlock = { scopes: ['raw'], text: source, offsets: Array.from(source, (_, i) => i) };
  const candidates = selector.some((s) => s.includes('raw')) ? [raw] : doc.blocks;
  const seen: string[] = [];
  // A message shows a matched line break as a space.
  const needles = needle.endsWith(' ') ? [needle, `${needle.slice(0, -1)}\n`] : [needle];
  for (const block of candidates) {
    for (const index of needles.flatMap((n) => allIndexes(block.text, n))) {
      const offset = block.offsets[index];
      if (offset === undefined) continue;
      const at = position(source, offset);
      if (at.line === alert.line && at.column === alert.col) {
        if (selects(block.scopes, selector)) return { line: label, ok: true };
        seen.push(`right place, scopes ${block.scopes.join(',')} not ${selector.join('|')}`);
      } else {
        seen.push(`${at.line}:${at.column} in ${block.scopes[0] ?? ''}`);
      }
    }
  }
  return { line: label, ok: false, why: seen.length === 0 ? 'text not found' : seen.slice(0, 4).join('; ') };
}

/**
 * Vale places a match it cannot find verbatim in the source (here the heading
 * reads "this is another heading!", the source "this is *another* heading!")
 * at the start of the line; this module gives the match's real place.
 */
const KNOWN_DIFFERENCES = [
  "test.md:7:1:demo.HeadingStartsWithCapital:'this is another heading!' should be capitalized",
];

function suiteOutcomes(): Outcome[] {
  const cases = JSON.parse(readFileSync(join(SUITE, 'vale-core-cases.json'), 'utf8')) as Case[];
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    for (const alert of c.alerts) {
      if (alert.excluded_because !== null) continue;
      // --ignore-syntax lints every file as plain text.
      const format = c.cli_args?.includes('--ignore-syntax') === true ? 'text' : formatOf(alert.file);
      const needle = NOT_QUOTING.has(alert.check) ? undefined : matchedText(alert);
      if (format === undefined || needle === undefined) continue;
      const source = sourceFor(c, alert.file);
      if (source === undefined) continue;
      outcomes.push(checkAlert(splitForVale(source, format), source, alert, needle));
    }
  }
  return outcomes;
}

describe('positions on Vale’s suite', () => {
  it('finds every quoted match at the expected line and column, in a block of the rule’s scope', () => {
    const outcomes = suiteOutcomes();
    const failed = outcomes.filter((o) => !o.ok);
    const rate = `${outcomes.length - failed.length}/${outcomes.length}`;
    // Known differences are listed in the report; keep the rate from regressing.
    console.log(`vale-text hit rate ${rate}\n${failed.map((f) => `  ${f.line} -- ${f.why ?? ''}`).join('\n')}`);
    expect(outcomes.length).toBeGreaterThan(150);
    expect(failed.map((f) => f.line)).toEqual(KNOWN_DIFFERENCES);
  });
});

function blocksOf(source: string, scope: string): ValeBlock[] {
  return splitForVale(source, 'markdown').blocks.filter((b) => b.scopes[0] === scope);
}

function locate(source: string, block: ValeBlock | undefined, needle: string): { line: number; column: number } {
  const index = block?.text.indexOf(needle) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  return position(source, block?.offsets[index] ?? -1);
}

describe('splitForVale: Markdown', () => {
  it('masks inline code content with one * per character and removes emphasis markers', () => {
    const source = 'Use *very* `code x` and **TODO** now.';
    const [block] = blocksOf(source, 'text');
    expect(block?.text).toBe('Use very ****** and TODO now.');
    expect(locate(source, block, 'TODO')).toEqual({ line: 1, column: 27 });
    expect(locate(source, block, '******')).toEqual({ line: 1, column: 13 });
  });

  it('masks autolinks and bare URLs, keeps link text but not its URL', () => {
    const source = 'See <https://a.b/c> and https://x.y/z. Then [the docs](https://u.v) here.';
    const [block] = blocksOf(source, 'text');
    expect(block?.text).toBe('See ************* and *************. Then the docs here.');
    expect(locate(source, block, 'docs')).toEqual({ line: 1, column: 50 });
  });

  it('maps CRLF sources and counts an emoji as one column', () => {
    const source = '# Title\r\n\r\nOne 😀 very line\r\nand TODO here.\r\n';
    const [block] = blocksOf(source, 'text');
    expect(block?.text).toBe('One 😀 very line\nand TODO here.');
    expect(locate(source, block, 'very')).toEqual({ line: 3, column: 7 });
    expect(locate(source, block, 'TODO')).toEqual({ line: 4, column: 5 });
    expect(position('a\rb\r\nc', 5)).toEqual({ line: 3, column: 1 });
  });

  it('skips HTML elements with an IgnoredClasses class, in blocks and inline', () => {
    const source = 'TODO one.\n\n<p class="nop bar">\nTODO two.\n</p>\n\n<span class="nop">TODO</span> three.\n';
    const texts = (classes: string[]): string[] =>
      splitForVale(source, 'markdown', classes)
        .blocks.filter((b) => b.scopes[0] === 'text' || b.scopes[0] === 'paragraph')
        .map((b) => `${b.scopes[0]}:${b.text}`);
    expect(texts(['nop'])).toEqual(['text:TODO one.', 'paragraph:TODO one.', 'text: three.', 'paragraph: three.']);
    expect(texts([])).toEqual([
      'text:TODO one.',
      'paragraph:TODO one.',
      'text:TODO two.',
      'paragraph:TODO two.',
      'text:TODO three.',
      'paragraph:TODO three.',
    ]);
  });

  it('masks the text of IgnoredScopes elements written in Markdown (strong, em)', () => {
    const source = 'Some **ACT test** and *ACT test*.\n';
    // Every ASCII character is masked, spaces too, as Vale's Substitute does for code.
    expect(splitForVale(source, 'markdown', [], ['strong']).blocks[0]?.text).toBe('Some ******** and ACT test.');
    expect(splitForVale(source, 'markdown', [], ['em', 'strong']).blocks[0]?.text).toBe('Some ******** and ********.');
  });

  it('skips front matter and code, and counts them as pre', () => {
    const source = '---\ntitle: TODO\n---\n\nText.\n\n```js\nTODO\n```\n\n    TODO indented\n';
    const doc = splitForVale(source, 'markdown');
    expect(doc.blocks.some((b) => b.text.includes('TODO'))).toBe(false);
    expect(doc.summary.pre).toBe(3);
  });

  it('gives headings (ATX with closing #s, setext) their level', () => {
    const source = '## Two TODO ##\n\nSetext one\n==========\n';
    const doc = splitForVale(source, 'markdown');
    expect(doc.blocks[0]).toMatchObject({ scopes: ['heading.h2', 'heading', 'text'], text: 'Two TODO' });
    expect(doc.blocks[1]).toMatchObject({ scopes: ['heading.h1', 'heading', 'text'], text: 'Setext one' });
    expect(doc.summary.heading_h2).toBe(1);
    expect(doc.summary.heading_h1).toBe(1);
  });

  it('makes one list block per item, nested lists included', () => {
    const source = '- one\n  - two TODO\n- three\n';
    const list = blocksOf(source, 'list');
    expect(list.map((b) => b.text)).toEqual(['one', 'two TODO', 'three']);
    expect(locate(source, list[1], 'TODO')).toEqual({ line: 2, column: 9 });
  });

  it('gives a quote its scope for its first paragraph only, as Vale does', () => {
    const source = '> first\n>\n> second\n';
    const doc = splitForVale(source, 'markdown');
    expect(doc.blocks.filter((b) => b.scopes.includes('text')).map((b) => b.scopes[0])).toEqual(['blockquote', 'text']);
  });

  it('splits tables into header and body cells', () => {
    const source = '| A | B |\n|---|:-:|\n| x | TODO `y` |\n';
    const doc = splitForVale(source, 'markdown');
    expect(doc.blocks.map((b) => [b.scopes[0], b.text])).toEqual([
      ['table.header', 'A'],
      ['table.header', 'B'],
      ['table.cell', 'x'],
      ['table.cell', 'TODO *'],
    ]);
    expect(locate(source, doc.blocks[3], 'TODO')).toEqual({ line: 3, column: 7 });
  });

  it('puts image alt text in its own block', () => {
    const source = 'Look: ![a TODO cat](cat.png).';
    const doc = splitForVale(source, 'markdown');
    const alt = doc.blocks.find((b) => b.scopes[0] === 'alt');
    expect(alt?.text).toBe('a TODO cat');
    expect(locate(source, alt, 'TODO')).toEqual({ line: 1, column: 11 });
    expect(doc.blocks.find((b) => b.scopes[0] === 'text')?.text).toBe('Look: .');
  });

  it('reads comment controls with their offsets', () => {
    const source =
      '<!-- vale off -->\n\nA\n\n<!-- vale on -->\n\n<!-- vale Style.Rule = NO -->\n\nB <!-- vale Style = YES --> c\n';
    const { controls } = splitForVale(source, 'markdown');
    expect(controls).toEqual([
      { kind: 'off', offset: 0, end: 17 },
      { kind: 'on', offset: 22, end: 38 },
      { kind: 'rule', name: 'Style.Rule', enabled: false, offset: 40, end: 69 },
      { kind: 'style', name: 'Style', enabled: true, offset: 73, end: 98 },
    ]);
  });

  it('offers paragraphs as sentences', () => {
    const source = 'This is one, i.e. a test. Here is two!\nAnd three.';
    const sentences = blocksOf(source, 'sentence');
    expect(sentences.map((b) => b.text)).toEqual(['This is one, i.e. a test.', 'Here is two!', 'And three.']);
    expect(locate(source, sentences[2], 'three')).toEqual({ line: 2, column: 5 });
  });

  it('counts the summary over paragraphs, lists and quotes', () => {
    const doc = splitForVale('# Head\n\nOne two three.\n\n- Four\n\n> Five six.\n', 'markdown');
    expect(doc.summary).toMatchObject({ words: 6, sentences: 3, paragraphs: 3, list: 1, blockquote: 1 });
  });
});

describe('splitForVale: text', () => {
  it('is one text block, with identity offsets and no controls', () => {
    const source = 'a <!-- vale off --> TODO\n\nb';
    const doc = splitForVale(source, 'text');
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]?.scopes).toEqual(['text']);
    expect(doc.controls).toEqual([]);
    expect(position(source, source.indexOf('TODO'))).toEqual({ line: 1, column: 21 });
  });
});
