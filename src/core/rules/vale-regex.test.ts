import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translateValeRegex } from './vale-regex';

function compile(source: string, ignoreCase = false): RegExp {
  const result = translateValeRegex(source, { ignoreCase });
  if (!result.ok) throw new Error(`${source}: ${result.error}`);
  return result.regex;
}

function matches(source: string, text: string, ignoreCase = false): string[] {
  return [...text.matchAll(compile(source, ignoreCase))].map((m) => m[0]);
}

function errorOf(source: string): string {
  const result = translateValeRegex(source);
  return result.ok ? '' : result.error;
}

describe('translateValeRegex: flags', () => {
  it('always compiles with u and g, adding i for ignoreCase', () => {
    const r = translateValeRegex('foo', { ignoreCase: true });
    expect(r.ok && r.flags).toBe('giu');
    expect(matches('foo', 'FOO Foo', true)).toEqual(['FOO', 'Foo']);
  });

  it('reads leading inline flags, including Vale’s (?i)(?m) prefix', () => {
    expect(matches('(?i)foo', 'FOO')).toEqual(['FOO']);
    const r = translateValeRegex('(?i)(?m)\\b(?:t1|t2)\\b');
    expect(r.ok && r.flags).toBe('gimu');
    expect(matches('(?i)(?m)\\b(?:t1|t2)\\b', 'T1 t2 xt1')).toEqual(['T1', 't2']);
    expect(translateValeRegex('(?ms)a').ok && translateValeRegex('(?ms)a')).toMatchObject({ flags: 'gmsu' });
    expect(translateValeRegex('(?im)a')).toMatchObject({ ok: true, flags: 'gimu' });
    expect(matches('(?-i)a', 'aA', true)).toEqual(['a']);
  });

  it('expands scoped and mid-pattern case-insensitivity', () => {
    expect(matches('(?i:ab)c', 'ABc ABC abc')).toEqual(['ABc', 'abc']);
    expect(matches('foo(?i)bar', 'fooBAR FOObar')).toEqual(['fooBAR']);
    expect(matches('(?:a(?i)b|c)d', 'aBd Cd cd cD')).toEqual(['aBd', 'Cd', 'cd']);
    expect(matches('(?i:[a-c]+)', 'xAbCd')).toEqual(['AbC']);
    expect(matches('(?i:é)', 'É')).toEqual(['É']);
    expect(translateValeRegex('(?i:[a-c])')).toMatchObject({ source: '(?:[A-Ca-c])' });
  });

  it('refuses (?-i…) with cased letters inside a case-insensitive pattern', () => {
    expect(errorOf('(?i)a(?-i:b)')).toBe(
      'case-sensitive part (?-i…) at column 6 inside a case-insensitive pattern is not supported in JavaScript',
    );
    expect(errorOf('(?i)a(?-i)[b-c]')).toMatch(/case-sensitive part/);
    expect(translateValeRegex('(?-i:b)', { ignoreCase: true }).ok).toBe(false);
    // Nothing cased in the scope: nothing to undo.
    expect(matches('(?i)a(?-i:1)', 'A1')).toEqual(['A1']);
    expect(matches('(?i)x(?-i:[a-zA-Z])', 'Xq')).toEqual(['Xq']);
  });

  it('scopes m and s exactly', () => {
    expect(matches('(?m)^a$', 'a\nb\na')).toEqual(['a', 'a']);
    expect(matches('^a$', 'a\nb\na')).toEqual([]);
    expect(matches('^a$', 'a\n')).toEqual(['a']);
    expect(matches('x(?m:^a)', 'x\na')).toEqual([]);
    expect(matches('(?s).+', 'a\nb')).toEqual(['a\nb']);
    expect(matches('(?s:a.b)', 'a\nb')).toEqual(['a\nb']);
    // .NET's dot stops only at \n.
    expect(matches('.+', 'a\r\nb')).toEqual(['a\r', 'b']);
  });

  it('ignores whitespace and comments under x, and (?#…) comments', () => {
    expect(matches('(?x) a b # c', 'ab')).toEqual(['ab']);
    expect(matches('a(?#note)b', 'ab')).toEqual(['ab']);
  });
});

describe('translateValeRegex: groups', () => {
  it('turns (?P<name>…) and (?P=name) into JS named groups', () => {
    expect(matches('(?P<x>a)(?P=x)', 'aa ab')).toEqual(['aa']);
    expect(compile('(?P<word>b)').exec('ab')?.groups?.word).toBe('b');
    expect(matches("(?'x'a)\\k'x'", 'aa')).toEqual(['aa']);
  });

  it('renumbers numeric backreferences the .NET way (named groups after unnamed ones)', () => {
    expect(translateValeRegex('(?<n>a)(b)\\1')).toMatchObject({ source: '(?<n>a)(b)\\2' });
    expect(matches('(?<n>a)(b)\\1', 'abb aba')).toEqual(['abb']);
    expect(matches('(a)\\1', 'aa')).toEqual(['aa']);
    expect(errorOf('(a)\\2')).toMatch(/backreference \\2 at column 4/);
  });

  it('keeps lookarounds', () => {
    expect(matches('(?<!x)a(?=b)', 'xab ab ac')).toEqual(['a']);
    expect(matches('(?<=\\d)px(?!\\w)', '3px 3pxs')).toEqual(['px']);
  });

  it('rejects constructs JavaScript lacks, naming them and their column', () => {
    expect(errorOf('abc(?>x)')).toBe('atomic group (?>…) at column 4 is not supported in JavaScript');
    expect(errorOf('a*+')).toBe('possessive quantifier *+ at column 2 is not supported in JavaScript');
    expect(errorOf('a{2,3}+')).toMatch(/possessive quantifier \{2,3\}\+ at column 2/);
    expect(errorOf('(?(1)a|b)')).toMatch(/^conditional .* at column 1/);
    expect(errorOf('(a)(?R)')).toMatch(/^recursion .* at column 4/);
    expect(errorOf('(?1)')).toMatch(/^recursion/);
    expect(errorOf('(?<a-b>x)')).toMatch(/^balancing group/);
    expect(errorOf('\\Ga')).toMatch(/^\\G/);
    expect(errorOf('[a-z-[aeiou]]')).toMatch(/^character class subtraction/);
    expect(errorOf('\\p{IsGreek}')).toMatch(/^Unicode block/);
    expect(errorOf('(?U)a')).toMatch(/inline flag "U"/);
    expect(errorOf('\\q')).toMatch(/escape \\q/);
    expect(errorOf('(a')).toMatch(/unterminated group/);
    expect(errorOf('a)')).toMatch(/unbalanced/);
    expect(errorOf('[ab')).toMatch(/unterminated character class/);
    expect(errorOf('*a')).toMatch(/does not compile in JavaScript/);
  });
});

describe('translateValeRegex: Unicode classes', () => {
  it('makes \\b Unicode-aware', () => {
    expect(matches('\\bnaïve\\b', 'a naïve plan')).toEqual(['naïve']);
    expect(matches('\\bna', 'ïna')).toEqual([]);
    expect(matches('\\bcafé\\b', 'un café, merci')).toEqual(['café']);
    expect(matches('\\béquipe\\b', 'l’équipe')).toEqual(['équipe']);
    expect(matches('\\Bna', 'ïna')).toEqual(['na']);
    expect(matches('\\Bna', 'a na')).toEqual([]);
    // One-sided forms next to literal word characters, the general form elsewhere.
    expect(translateValeRegex('\\b(?:ab|cd)\\b')).toMatchObject({
      source:
        '(?<![\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}\\u200C\\u200D])(?:ab|cd)(?![\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}\\u200C\\u200D])',
    });
    expect(matches('\\b(?:ab|\\.c)\\b', 'ab .c x.c')).toEqual(['ab', '.c']);
    expect(matches('(?:a|b\\.)\\b', 'b.c a b. ')).toEqual(['b.', 'a']);
    expect(matches('x?\\b', ' x')).toEqual(['x', '']);
  });

  it('makes \\w \\W \\d \\D \\s \\S Unicode-aware', () => {
    expect(matches('\\w+', 'l’équipe')).toEqual(['l', 'équipe']);
    expect(matches('\\W+', 'l’équipe')).toEqual(['’']);
    expect(matches('\\d', 'a٣b3')).toEqual(['٣', '3']);
    expect(matches('\\D+', 'a٣b')).toEqual(['a', 'b']);
    expect(matches('\\s+', 'a\u00a0b\u2003c')).toEqual(['\u00a0', '\u2003']);
    expect(matches('\\S+', 'ab cd')).toEqual(['ab', 'cd']);
  });

  it('handles the shorthands inside classes, negated ones included', () => {
    expect(matches('[\\w-]+', 'a-é b')).toEqual(['a-é', 'b']);
    expect(matches('[^\\W]+', 'ab cd')).toEqual(['ab', 'cd']);
    expect(matches('[\\W\\d]+', 'ab !3 cd')).toEqual([' !3 ']);
    expect(matches('[^\\W\\d]+', 'ab3é')).toEqual(['ab', 'é']);
    expect(matches('[^\\s\\d]+', 'a1 b')).toEqual(['a', 'b']);
    expect(matches('[\\S]+', 'a b')).toEqual(['a', 'b']);
    expect(matches('[\\D]+', 'a٣b')).toEqual(['a', 'b']);
    expect(matches('[^\\D]', 'a٣b')).toEqual(['٣']);
    expect(matches('[\\b]', 'a\bb')).toEqual(['\b']);
  });

  it('supports POSIX classes', () => {
    expect(matches('[[:upper:]]+', 'abCDe')).toEqual(['CD']);
    expect(matches('[[:lower:]]+', 'abCDe')).toEqual(['ab', 'e']);
    expect(matches('[[:alpha:]]+', 'ab1c')).toEqual(['ab', 'c']);
    expect(matches('[[:digit:]]+', 'a12')).toEqual(['12']);
    expect(matches('[[:alnum:]]+', 'a1-b')).toEqual(['a1', 'b']);
    expect(matches('[[:space:]]+', 'a \tb')).toEqual([' \t']);
    expect(matches('[[:punct:]]+', 'a!?b')).toEqual(['!?']);
    expect(matches('[[:^alpha:]]+', 'ab12cd')).toEqual(['12']);
    expect(matches('[^[:alpha:]]+', 'ab12cd')).toEqual(['12']);
  });

  it('translates Unicode properties and scripts', () => {
    expect(matches('\\pL+', 'x1')).toEqual(['x']);
    expect(matches('\\PL+', 'x1')).toEqual(['1']);
    expect(matches('\\p{Lu}', 'aB')).toEqual(['B']);
    expect(matches('\\p{Greek}+', 'abc αβγ')).toEqual(['αβγ']);
    expect(matches('[\\p{Greek}a]+', 'aαβb')).toEqual(['aαβ']);
    expect(matches('\\P{Greek}+', 'αb')).toEqual(['b']);
    expect(matches('\\p{^Greek}', 'αb')).toEqual(['b']);
    expect(translateValeRegex('\\p{Greek}')).toMatchObject({ source: '\\p{Script=Greek}' });
  });
});

describe('translateValeRegex: anchors, escapes and literals', () => {
  it('translates \\A \\z \\Z without multiline semantics', () => {
    expect(matches('(?m)\\Aa', 'a\na')).toEqual(['a']);
    expect(matches('(?m)a\\z', 'a\na')).toEqual(['a']);
    expect(matches('a\\z', 'a\n')).toEqual([]);
    expect(matches('a\\Z', 'a\n')).toEqual(['a']);
    expect(matches('a\\Z', 'a\nb')).toEqual([]);
  });

  it('quotes \\Q…\\E', () => {
    expect(matches('\\Qa.b*\\E', 'a.b* axb')).toEqual(['a.b*']);
    expect(matches('x\\Q(\\E+', 'x((')).toEqual(['x((']);
    expect(matches('[\\Q]-\\E]+', 'a]-b')).toEqual([']-']);
  });

  it('translates hex and control escapes', () => {
    expect(matches('\\x{263a}', '☺')).toEqual(['☺']);
    expect(matches('\\x{1F600}', 'a😀')).toEqual(['😀']);
    expect(matches('[\\x27\\x60]', "a'`")).toEqual(["'", '`']);
    expect(matches('\\u2019', 'l’a')).toEqual(['’']);
    expect(matches('a\\tb\\n', 'a\tb\n')).toEqual(['a\tb\n']);
    expect(matches('\\0', 'a\0')).toEqual(['\0']);
  });

  it('turns escapes that u mode rejects into literals', () => {
    const text = `-'" /#!,:<>=@%&~\``;
    expect(matches('\\-\\\'\\"\\ \\/\\#\\!\\,\\:\\<\\>\\=\\@\\%\\&\\~\\`', text)).toEqual([text]);
    expect(matches('[\\-\\\'\\"]+', `a-'"`)).toEqual([`-'"`]);
    expect(matches('\\_', 'a_')).toEqual(['_']);
  });

  it('does not read an escaped backslash as the start of an escape', () => {
    expect(matches('\\\\b', 'a\\b')).toEqual(['\\b']);
    expect(matches('\\\\w', '\\w x')).toEqual(['\\w']);
    expect(matches('[\\\\]d', '\\d')).toEqual(['\\d']);
  });

  it('escapes braces that are not quantifiers, keeps those that are', () => {
    expect(matches('a{', 'a{')).toEqual(['a{']);
    expect(matches('{foo}', '{foo}')).toEqual(['{foo}']);
    expect(matches('a{,2}', 'a{,2}')).toEqual(['a{,2}']);
    expect(matches('a{2}', 'aaa')).toEqual(['aa']);
    expect(matches('a{1,}?', 'aaa')).toEqual(['a', 'a', 'a']);
    expect(matches('x}', 'x}')).toEqual(['x}']);
    expect(matches('x]', 'x]')).toEqual(['x]']);
    expect(matches('[]a]+', 'a]')).toEqual(['a]']);
  });

  it('keeps lazy quantifiers and astral literals', () => {
    expect(matches('a+?', 'aa')).toEqual(['a', 'a']);
    expect(matches('😀+', '😀😀')).toEqual(['😀😀']);
    expect(matches('[😀-😂]', '😁')).toEqual(['😁']);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Corpus: every regex-bearing value of every rule file in Vale's own suites.

const SUITE = fileURLToPath(new URL('../../../../shared/peers/vale-suite', import.meta.url));

interface CorpusPattern {
  file: string;
  key: string;
  pattern: string;
  ignoreCase: boolean;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (name.endsWith('.yml')) out.push(path);
  }
  return out.sort();
}

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];

const entries = (value: unknown): [string, string][] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).map(([k, v]): [string, string] => [k, String(v)])
    : [];

/** The way Vale's makeRegexp builds existence and substitution patterns. */
function valeTemplate(body: string, rule: Record<string, unknown>, word: boolean): string {
  let regex = word ? `(?m)\\b(?:${body})\\b` : `(?m)(?:${body})`;
  const raw = strings(rule.raw).join('');
  regex = rule.append === true ? regex + raw : raw + regex;
  return (rule.ignorecase === true ? '(?i)' : '') + regex;
}

function collectCorpus(): CorpusPattern[] {
  const out: CorpusPattern[] = [];
  for (const path of yamlFiles(SUITE)) {
    let rule: unknown;
    try {
      rule = parse(readFileSync(path, 'utf8'));
    } catch {
      continue; // not YAML we can read: Vale would not load it either
    }
    if (!rule || typeof rule !== 'object' || typeof (rule as { extends?: unknown }).extends !== 'string') continue;
    const r = rule as Record<string, unknown>;
    const file = relative(SUITE, path);
    const ignoreCase = r.ignorecase === true;
    const add = (key: string, pattern: string, ic = ignoreCase): void => {
      out.push({ file, key, pattern, ignoreCase: ic });
    };
    const word = r.nonword !== true;
    switch (r.extends) {
      case 'existence': {
        const tokens = strings(r.tokens);
        if (tokens.length > 0 || r.raw !== undefined) {
          // The template is built with the `(?i)` prefix itself: no ignoreCase option on top.
          add('tokens/raw', valeTemplate(tokens.join('|'), r, word && tokens.length > 0), false);
        }
        break;
      }
      case 'substitution': {
        const swap = entries(r.swap);
        add('swap keys', valeTemplate(swap.map(([k]) => `(${k})`).join('|'), r, word), false);
        for (const [k, v] of swap) add(`swap value of "${k}"`, v);
        break;
      }
      case 'occurrence':
        for (const t of strings(r.token)) add('token', t);
        break;
      case 'repetition':
        add('tokens', `(${strings(r.tokens).join('|')})`);
        break;
      case 'consistency':
        for (const [k, v] of entries(r.either)) {
          add('either key', k);
          add(`either value of "${k}"`, v);
        }
        break;
      case 'conditional':
        for (const key of ['first', 'second'] as const) for (const t of strings(r[key])) add(key, t);
        break;
      case 'capitalization':
        for (const t of strings(r.match)) if (!t.startsWith('$')) add('match', t);
        break;
      case 'sequence':
        if (Array.isArray(r.tokens)) {
          for (const t of r.tokens) {
            const p = t && typeof t === 'object' ? (t as { pattern?: unknown }).pattern : undefined;
            if (typeof p === 'string') add('tokens[].pattern', p);
          }
        }
        break;
      case 'spelling':
        for (const t of strings(r.filters)) add('filters', t);
        break;
    }
    for (const e of strings(r.exceptions)) add('exceptions', e);
    for (const key of ['pattern', 'first', 'second', 'match'] as const) {
      if (r.extends !== 'conditional' && r.extends !== 'capitalization' && typeof r[key] === 'string') {
        add(key, r[key]);
      }
    }
  }
  return out;
}

// Patterns JavaScript cannot run as Vale does; each line is file, key and reason.
const EXPECTED_FAILURES: string[] = [];

describe('translateValeRegex: Vale corpus', () => {
  it('translates at least 99 % of the patterns of the Vale suites, failing only the known ones', () => {
    const corpus = collectCorpus();
    const failures: string[] = [];
    const started = performance.now();
    for (const { file, key, pattern, ignoreCase } of corpus) {
      const result = translateValeRegex(pattern, { ignoreCase });
      if (!result.ok) failures.push(`${file} [${key}] ${JSON.stringify(pattern)}: ${result.error}`);
    }
    const elapsed = performance.now() - started;
    const files = new Set(corpus.map((c) => c.file)).size;
    console.log(
      `vale-regex corpus: ${corpus.length} patterns from ${files} rule files, ${corpus.length - failures.length} translated, ` +
        `${failures.length} failed, ${elapsed.toFixed(0)} ms\n${failures.join('\n')}`,
    );
    expect(corpus.length).toBeGreaterThan(400);
    expect((corpus.length - failures.length) / corpus.length).toBeGreaterThanOrEqual(0.99);
    expect(failures).toEqual(EXPECTED_FAILURES);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Property: patterns made of plain characters mean the same in both dialects.

describe('translateValeRegex: plain patterns', () => {
  const alphabet = [...'abcAB019 .,;:!?-\'"éÉ’'];
  const char = fc.constantFrom(...alphabet);
  const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));
  // Plain pieces: literals, simple classes, quantifiers that JavaScript and Go read alike.
  const piece = fc.oneof(
    char.map((c) => c.replace(/[.?]/g, '\\$&')),
    fc.constantFrom('[abc]', '[a-c0-9]', '[^ ]', '(?:ab|c)', 'a+', 'b*', '1?', 'x{1,2}', '(a|b)'),
  );
  const pattern = fc.array(piece, { minLength: 1, maxLength: 6 }).map((ps) => ps.join(''));

  it('match exactly as new RegExp(pattern, "gu")', () => {
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        const ours = [...t.matchAll(compile(p))].map((m) => [m.index, m[0]]);
        const native = [...t.matchAll(new RegExp(p, 'gu'))].map((m) => [m.index, m[0]]);
        expect(ours).toEqual(native);
      }),
      { numRuns: 500 },
    );
  });

  // On ASCII text Unicode and ASCII word boundaries agree: this checks the one-sided `\b` shortcuts.
  it('keep \\b, \\w and \\d meaning the same on ASCII text', () => {
    const ascii = fc.constantFrom(...'abAB01 .-_');
    const asciiText = fc.array(ascii, { maxLength: 30 }).map((cs) => cs.join(''));
    const asciiPiece = fc.oneof(
      ascii.map((c) => c.replace(/[.]/g, '\\$&')),
      fc.constantFrom('\\b', '\\b', '\\B', '\\w+', '\\d', '(?:ab|b)', '(?:a|\\.)', 'a?', '(a|)', '\\W', '[a-b]+'),
    );
    const asciiPattern = fc.array(asciiPiece, { minLength: 1, maxLength: 6 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(asciiPattern, asciiText, (p, t) => {
        const ours = [...t.matchAll(compile(p))].map((m) => [m.index, m[0]]);
        const native = [...t.matchAll(new RegExp(p, 'gu'))].map((m) => [m.index, m[0]]);
        expect(ours).toEqual(native);
      }),
      { numRuns: 1000 },
    );
  });
});
