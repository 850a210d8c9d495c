import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { nodeConfigFs } from '../../cli/config-fs';
import {
  CONFIG_NAMES,
  compileValeGlob,
  findConfig,
  loadValeConfig,
  parseVocabulary,
  resolveConfig,
  ruleLevel,
  settingsFor,
  vocabPaths,
  type ConfigFs,
  type ValeConfig,
} from './vale-config';
import { parseValeIni } from './vale-ini';

const SUITE = '/work/shared/peers/vale-suite';
const FIXTURES = path.join(SUITE, 'vale/testdata/fixtures');

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && (CONFIG_NAMES as readonly string[]).includes(entry.name)) out.push(full);
  }
  return out;
}

function load(file: string): ValeConfig {
  const { ini, errors } = parseValeIni(readFileSync(file, 'utf8'));
  expect(errors).toEqual([]);
  return resolveConfig(ini, path.dirname(file), nodeConfigFs);
}

describe('the suite configs', () => {
  const styleFixtures = readdirSync(path.join(SUITE, 'styles'))
    .map((style) => path.join(SUITE, 'styles', style, 'fixtures'))
    .filter((dir) => {
      try {
        return readdirSync(dir).length > 0;
      } catch {
        return false;
      }
    });
  const valeIni = [FIXTURES, ...styleFixtures].flatMap((dir) => walk(dir)).filter((f) => f.endsWith('/.vale.ini'));
  const everyConfig = walk(SUITE);

  it('parses every .vale.ini under vale/testdata/fixtures and styles/*/fixtures', () => {
    expect(valeIni).toHaveLength(89);
    for (const file of valeIni) {
      const config = load(file);
      expect(config.errors, file).toEqual([]);
    }
  });

  it('parses and resolves every config file of the suite (all five names, RedHat included)', () => {
    expect(everyConfig).toHaveLength(169);
    const byName = Object.fromEntries(
      CONFIG_NAMES.map((n) => [n, everyConfig.filter((f) => path.basename(f) === n).length]),
    );
    expect(byName).toEqual({ '.vale': 4, _vale: 8, 'vale.ini': 0, '.vale.ini': 157, '_vale.ini': 0 });
    for (const file of everyConfig) expect(load(file).errors, file).toEqual([]);
  });

  it('formats, [*] rules and a later section: styles/demo/_vale', () => {
    const config = load(path.join(FIXTURES, 'styles/demo/_vale'));
    expect(config.formats).toEqual({ mdx: 'md' });
    expect(config.stylesPath).toBe(path.join(SUITE, 'vale/testdata/styles'));
    const md = settingsFor(config, 'test.md');
    expect(md).toEqual({
      styles: ['demo'],
      rules: {
        'demo.CheckLinks': 'NO',
        'demo.Reading': 'YES',
        'demo.Spellcheck': 'YES',
        'demo.Filters': 'YES',
        'demo.SentenceCase': 'NO',
        'demo.TitleCase': 'NO',
        'demo.Cap': 'NO',
        'demo.ZeroOccurrence': 'NO',
        'demo.CustomCap': 'NO',
        'demo.MinCount': 'NO',
        'demo.SentenceCaseAny': 'NO',
        'Limit.Rule': 'YES',
        'demo.Smart': 'YES',
        'demo.ScopedHeading': 'YES',
      },
      tokenIgnores: [],
      blockIgnores: [],
      format: 'md',
      formatKind: 'markup',
      matchedSections: ['*.md'],
    });
    // A file read through [formats] (mdx = md) also gets the sections of its format: Vale's
    // "Lint an assigned format" scenario (formats/subdir3, [*.md] only) reports alerts in test.mdx.
    const mdx = settingsFor(config, 'test.mdx');
    expect(mdx.format).toBe('md');
    expect(mdx.matchedSections).toEqual(['*.md']);
    expect(mdx.rules).toEqual(md.rules);
    expect(ruleLevel(md, config, 'demo.Reading', 'warning')).toBe('warning');
    expect(ruleLevel(mdx, config, 'demo.Reading', 'warning')).toBe('warning');
    expect(ruleLevel(md, config, 'demo.Other', 'suggestion')).toBe('suggestion');
  });

  it('TokenIgnores, IgnorePatterns, levels and scopes: patterns/_vale', () => {
    const config = load(path.join(FIXTURES, 'patterns/_vale'));
    expect(config.ignoredScopes).toEqual(['code', 'tt', 'strong', 'text.comment.line']);
    expect(config.ignoredClasses).toEqual(['metrics', 'blurb', 'alignedsummary']);
    const section = config.sections.find((s) => s.glob === '*.{md,rst,adoc,org}');
    expect(section).toEqual({
      glob: '*.{md,rst,adoc,org}',
      line: 13,
      isGlobal: false,
      setsStyles: false,
      basedOnStyles: [],
      rules: { 'vale.Redundancy': 'warning' },
      tokenIgnores: ['(\\$+?[^\\d][^\\n$]+\\$+?)', '(<http[^\\n]+>+?)'],
      blockIgnores: ['(?s) *({{< ?file(?:-excerpt)? [^>]* ?>}}.*?{{< ?/file(?:-excerpt)? ?>}})'],
      other: {},
    });
    const md = settingsFor(config, 'test.md');
    expect(md.styles).toEqual(['Vale']);
    expect(md.rules).toEqual({ 'vale.Redundancy': 'warning' });
    // test.mdx is read as md: it gets the ignores and the rules of [*.md] (the "patterns MDX"
    // scenario expects vale.Redundancy alerts in test.mdx).
    const mdx = settingsFor(config, 'test.mdx');
    expect(mdx.tokenIgnores).toEqual(section?.tokenIgnores);
    expect(mdx.blockIgnores).toEqual(section?.blockIgnores);
    expect(mdx.rules).toEqual({ 'vale.Redundancy': 'warning' });
    expect(settingsFor(config, 'test.txt').tokenIgnores).toEqual([]);
  });

  it('Vocab with several names and TokenIgnores: vocab/Multi', () => {
    const config = load(path.join(FIXTURES, 'vocab/Multi/.vale.ini'));
    const styles = path.join(FIXTURES, 'vocab/styles');
    expect(config.stylesPath).toBe(styles);
    expect(config.vocab).toEqual(['Basic', 'Second']);
    expect(vocabPaths(config)).toEqual([
      {
        name: 'Basic',
        dir: `${styles}/config/vocabularies/Basic`,
        accept: `${styles}/config/vocabularies/Basic/accept.txt`,
        reject: `${styles}/config/vocabularies/Basic/reject.txt`,
        legacyDir: `${styles}/Vocab/Basic`,
      },
      {
        name: 'Second',
        dir: `${styles}/config/vocabularies/Second`,
        accept: `${styles}/config/vocabularies/Second/accept.txt`,
        reject: `${styles}/config/vocabularies/Second/reject.txt`,
        legacyDir: `${styles}/Vocab/Second`,
      },
    ]);
    for (const location of vocabPaths(config)) expect(nodeConfigFs.readText(location.accept)).toBeDefined();
    expect(settingsFor(config, 'test.md')).toMatchObject({
      styles: ['Vale'],
      rules: {},
      tokenIgnores: ['((?:\\w+-)+\\w+)'],
    });
    expect(settingsFor(config, 'test.txt')).toMatchObject({ styles: [], tokenIgnores: [] });
    const accept = parseVocabulary(readFileSync(vocabPaths(config)[0]?.accept ?? '', 'utf8'));
    expect(accept).toEqual([
      '[pP]y.*\\b',
      'definately',
      'Documentarians',
      'Log4j',
      'ABCDEF',
      'ABC-DEF',
      'PLuG',
      '(?i)GitHub',
    ]);
  });

  it('formats onto markup from code, per-extension TokenIgnores: fragments', () => {
    const config = load(path.join(FIXTURES, 'fragments/.vale.ini'));
    expect(config.formats).toEqual({ py: 'md', rs: 'md', go: 'md', rb: 'md', cc: 'md' });
    expect(settingsFor(config, 'test.cc')).toEqual({
      styles: ['Vale'],
      rules: {},
      tokenIgnores: ['(\\\\c \\w+)'],
      blockIgnores: [],
      format: 'md',
      formatKind: 'fragment',
      matchedSections: ['*.{go,py,rs,rb,cc,js}', '*.cc'],
    });
    expect(settingsFor(config, 'sub/test.py')).toMatchObject({ styles: ['Vale'], tokenIgnores: [], format: 'md' });
    expect(settingsFor(config, 'test.md')).toMatchObject({ styles: [], format: 'md', formatKind: 'markup' });
  });

  it('Style.Rule = YES / NO and MinAlertLevel: configs', () => {
    const ini = load(path.join(FIXTURES, 'configs/ini/.vale.ini'));
    expect(ini.minAlertLevel).toBe('suggestion');
    const s = settingsFor(ini, 'test.md');
    expect(s.styles).toEqual(['Joblint']);
    expect(s.rules).toEqual({ 'Joblint.Visionary': 'YES', 'proselint.Annotations': 'NO' });
    expect(ruleLevel(s, ini, 'proselint.Annotations', 'warning')).toBeUndefined();
    expect(load(path.join(FIXTURES, 'configs/.vale.ini')).minAlertLevel).toBe('error');
  });

  it('no StylesPath, rules switched on by name in [*]: checks/Spelling', () => {
    const config = load(path.join(FIXTURES, 'checks/Spelling/.vale.ini'));
    expect(config.stylesPath).toBe('');
    expect(config.notices.map((n) => n.message)).toEqual([
      'StylesPath is not set: Vale would use only its built-in style and the default styles folder (VALE_STYLES_PATH, or vale/styles in the user data folder).',
    ]);
    const s = settingsFor(config, 'test.md');
    expect(s).toMatchObject({
      styles: [],
      rules: { 'Vale.Spelling': 'YES' },
      tokenIgnores: ['({%.+?%})', '({{.+?}})'],
    });
    // The built-in style is not implicit: only the rule named in the config runs.
    expect(ruleLevel(s, config, 'Vale.Spelling', 'error')).toBe('error');
    expect(ruleLevel(s, config, 'Vale.Repetition', 'error')).toBeUndefined();
  });

  it('a glob section with brackets, Packages: RedHat', () => {
    const config = load(path.join(SUITE, 'styles/RedHat/.vale.ini'));
    expect(config.packages).toEqual(['RedHat']);
    expect(config.skippedScopes).toEqual([
      'script',
      'style',
      'pre',
      'figure',
      'code',
      'tt',
      'blockquote',
      'listingblock',
      'literalblock',
    ]);
    expect(config.sections.map((s) => s.glob)).toEqual(['[!.]*.adoc', '*.md', '*.ini']);
    expect(settingsFor(config, 'modules/a.adoc').styles).toEqual(['RedHat']);
    expect(settingsFor(config, '.vale/fixtures/RedHat/Spelling/testinvalid.adoc').styles).toEqual([]);
    expect(settingsFor(config, 'README.md').tokenIgnores).toEqual([
      '(\\x60[^\\n\\x60]+\\x60)',
      '([^\\n]+=[^\\n]*)',
      '(\\+[^\\n]+\\+)',
      '(http[^\\n]+\\[)',
    ]);
  });
});

describe('findConfig', () => {
  it('walks up from a nested folder and skips a folder named .vale', () => {
    const start = path.join(SUITE, 'styles/RedHat/.vale/styles/RedHat');
    expect(findConfig(start, nodeConfigFs)?.path).toBe(path.join(SUITE, 'styles/RedHat/.vale.ini'));
    const loaded = loadValeConfig(path.join(FIXTURES, 'vocab/Basic'), nodeConfigFs);
    expect(loaded?.path).toBe(path.join(FIXTURES, 'vocab/Basic/.vale.ini'));
    expect(loaded?.config.vocab).toEqual(['Basic']);
  });

  function memoryFs(files: Record<string, string>): ConfigFs {
    const norm = (p: string) => path.posix.normalize(p);
    return {
      readText: (p) => files[norm(p)],
      exists: (p) => norm(p) in files,
      join: (...parts) => path.posix.join(...parts),
      dirname: (p) => path.posix.dirname(p),
      isAbsolute: (p) => path.posix.isAbsolute(p),
      resolve: (...parts) => path.posix.resolve(...parts),
    };
  }

  it("follows Vale's name order in a folder, then the home folder", () => {
    const fs = memoryFs({ '/p/.vale.ini': 'A = 1', '/p/_vale': 'B = 2', '/home/u/.vale.ini': 'H = 1' });
    expect(findConfig('/p/docs/deep', fs)?.path).toBe('/p/_vale');
    expect(findConfig('/q', fs)).toBeUndefined();
    expect(findConfig('/q', fs, { homeDir: '/home/u' })?.path).toBe('/home/u/.vale.ini');
  });
});

describe('parseValeIni', () => {
  it('reads comments, CRLF, quotes, inline comments, repeated keys and sections', () => {
    const text = [
      '\uFEFF# top comment',
      'StylesPath = "styles dir"',
      '; another comment',
      'MinAlertLevel = warning ; inline',
      '',
      '[*.md]',
      '  BasedOnStyles = Vale, Google',
      'BasedOnStyles = Microsoft, Vale',
      'TokenIgnores = (#\\w+), (x{2\\,})',
      'Google.Will = NO',
      '[*.md]',
      'Google.Will = error',
    ].join('\r\n');
    const { ini, errors } = parseValeIni(text);
    expect(errors).toEqual([]);
    expect(ini.global).toEqual({ StylesPath: 'styles dir', MinAlertLevel: 'warning' });
    expect(ini.sections).toHaveLength(1);
    expect(ini.sections[0]).toEqual({
      name: '*.md',
      line: 6,
      entries: {
        BasedOnStyles: 'Microsoft, Vale',
        TokenIgnores: '(#\\w+), (x{2\\,})',
        'Google.Will': 'error',
      },
      lines: { BasedOnStyles: 8, TokenIgnores: 9, 'Google.Will': 12 },
      values: {
        BasedOnStyles: ['Vale, Google', 'Microsoft, Vale'],
        TokenIgnores: ['(#\\w+), (x{2\\,})'],
        'Google.Will': ['NO', 'error'],
      },
    });
    const config = resolveConfig(ini, '/proj');
    expect(config.stylesPath).toBe('/proj/styles dir');
    expect(config.minAlertLevel).toBe('warning');
    // BasedOnStyles repeated: every value counts, duplicates dropped (Vale's mergeValues).
    expect(config.sections[0]?.basedOnStyles).toEqual(['Vale', 'Google', 'Microsoft']);
    expect(config.sections[0]?.tokenIgnores).toEqual(['(#\\w+)', '(x{2,})']);
    expect(config.sections[0]?.rules).toEqual({ 'Google.Will': 'error' });
  });

  it('names the broken line and says how to fix it', () => {
    const { errors } = parseValeIni(
      ['StylesPath = styles', 'BasedOnStyles Vale', '[*.md', '= NO', '[]', 'Vale.Spelling = NO'].join('\n'),
    );
    expect(errors).toEqual([
      {
        line: 2,
        message:
          'Line 2: "BasedOnStyles Vale" is neither a setting nor a section header. Write it as "Key = value", put a section name in brackets like [*.md], or start the line with "#" to make it a comment.',
      },
      { line: 3, message: 'Line 3: "[*.md" opens a section but has no closing "]". Close it, like [*.md].' },
      { line: 4, message: 'Line 4: "= NO" has no key before "=". Write it as "Key = value".' },
      {
        line: 5,
        message: 'Line 5: the section name is empty. Write a file glob between the brackets, like [*] or [*.md].',
      },
    ]);
  });

  it('reports bad values and misplaced keys with their line', () => {
    const { ini } = parseValeIni(
      [
        'StylesPath = /abs/styles',
        'MinAlertLevel = warn',
        'BasedOnStyles = Vale',
        'Colour = blue',
        '[*]',
        'Vocab = Base',
        'Vale.Spelling = on',
        '[*.{md]',
        'BasedOnStyles = Vale',
      ].join('\n'),
    );
    const config = resolveConfig(ini, '/proj');
    expect(config.stylesPath).toBe('/abs/styles');
    expect(config.minAlertLevel).toBe('warning'); // Vale's default (core.NewConfig: MinAlertLevel 1)
    expect(config.errors).toEqual([
      { line: 2, message: "Line 2: MinAlertLevel is 'warn'; it must be 'suggestion', 'warning', or 'error'." },
      {
        line: 3,
        message: "Line 3: 'BasedOnStyles' is a syntax-specific option; move it under a section such as [*] or [*.md].",
      },
      {
        line: 6,
        message: "Line 6: 'Vocab' is a core option; it should be defined above any syntax-specific options (`[...]`).",
      },
      {
        line: 8,
        message:
          'Line 8: the section [*.{md] is not a valid glob ("{" is never closed with "}"). Write a file pattern such as [*.md] or [docs/**/*.md].',
      },
    ]);
    expect(config.notices).toEqual([
      { line: 4, message: "Line 4: 'Colour' isn't a core option; Vale is ignoring it." },
      {
        line: 7,
        message: "Line 7: 'Vale.Spelling = on' turns the rule off: Vale accepts YES, NO, suggestion, warning or error.",
      },
    ]);
    expect(config.sections[0]?.rules).toEqual({ 'Vale.Spelling': 'NO' });
  });
});

describe('globs and sections', () => {
  const cases: [string, string, boolean][] = [
    // Without `**`, `*` crosses folders: Vale matches the whole path, and *.md still takes docs/a.md.
    ['*.md', 'a.md', true],
    ['*.md', 'docs/a.md', true],
    ['*.md', 'a.mdx', false],
    ['*', 'docs/deep/a.txt', true],
    ['*.{md,txt}', 'notes/b.txt', true],
    ['*.{md,txt}', 'b.rst', false],
    ['docs/*.md', 'docs/a/b.md', true],
    ['docs/*.md', 'other/a.md', false],
    ['a?.md', 'ab.md', true],
    ['[!.]*.adoc', 'a.adoc', true],
    ['[!.]*.adoc', '.vale/x.adoc', false],
    // With `**` the pattern is path-aware (doublestar).
    ['docs/**/*.md', 'docs/a.md', true],
    ['docs/**/*.md', 'docs/info/b.md', true],
    ['docs/**/*.md', 'docs/c.cc', false],
    ['docs/**', 'docs/info/b.py', true],
    ['docs/**', 'info/c.cc', false],
    ['!docs/**', 'info/c.cc', true],
    ['!docs/**', 'docs/a.md', false],
    ['!**/*.min.js', 'a/b/c/foo.min.js', false],
    ['!**/*.min.js', 'a/b/c/foo.py', true],
    ['**/*.md', 'a.md', true],
    ['{documentation,website}/content/{ja,zh-tw}/**/*.adoc', 'website/content/zh-tw/where.adoc', true],
    ['{documentation,website}/content/{ja,zh-tw}/**/*.adoc', 'documentation/content/ja/articles/test.adoc', true],
  ];
  it.each(cases)('%s against %s', (pattern, file, expected) => {
    const compiled = compileValeGlob(pattern);
    if ('error' in compiled) throw new Error(compiled.error);
    expect(compiled.glob.match(file)).toBe(expected);
  });

  it('rejects the patterns Vale rejects', () => {
    expect(compileValeGlob('[a-]')).toEqual({ error: 'a range in "[...]" has no upper bound' });
    expect(compileValeGlob('*.{md')).toEqual({ error: '"{" is never closed with "}"' });
    expect(compileValeGlob('[abc')).toEqual({ error: '"[" is never closed with "]"' });
  });

  it('combines sections as Vale does: last BasedOnStyles wins, rules merge over [*]', () => {
    const { ini } = parseValeIni(
      [
        'StylesPath = styles',
        '[*]',
        'BasedOnStyles = Vale, Google',
        'Google.Will = NO',
        'Vale.Spelling = warning',
        'TokenIgnores = (\\{\\{.+?\\}\\})',
        '[*.md]',
        'BasedOnStyles = Microsoft',
        'Microsoft.Dashes = NO',
        'Google.Will = YES',
        '[docs/*.md]',
        'Microsoft.Dashes = error',
        'TokenIgnores = (DOCS)',
        '[blog/**/*.md]',
        'BasedOnStyles = write-good',
      ].join('\n'),
    );
    const config = resolveConfig(ini, '/proj');
    expect(settingsFor(config, 'docs/a.md')).toEqual({
      styles: ['Microsoft'],
      rules: { 'Google.Will': 'YES', 'Vale.Spelling': 'warning', 'Microsoft.Dashes': 'error' },
      // [docs/*.md] is matched against ".md", not the path, for ignores: it never applies.
      tokenIgnores: ['(\\{\\{.+?\\}\\})'],
      blockIgnores: [],
      format: 'md',
      formatKind: 'markup',
      matchedSections: ['*.md', 'docs/*.md'],
    });
    expect(settingsFor(config, 'blog/2024/post.md').styles).toEqual(['write-good']);
    expect(settingsFor(config, 'notes.txt')).toMatchObject({
      styles: ['Vale', 'Google'],
      rules: { 'Google.Will': 'NO', 'Vale.Spelling': 'warning' },
      format: 'txt',
      formatKind: 'text',
    });
  });
});

describe('parseVocabulary', () => {
  it('keeps regexes as written, skips blank lines and "# " comments only', () => {
    expect(parseVocabulary('  Porte-voix \r\n\n# a comment\n#hashtag\n(?i)linkedin\n[Mm]astodon')).toEqual([
      'Porte-voix',
      '#hashtag',
      '(?i)linkedin',
      '[Mm]astodon',
    ]);
  });
});
