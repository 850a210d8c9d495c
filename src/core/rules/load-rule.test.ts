import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRule } from './load-rule';
import { loadStyle } from './load-style';

const SUITE = path.resolve(__dirname, '../../../../shared/peers/vale-suite');

/** Every style folder of the peer suite: `styles/<Pack>/<Style>`, or any `…/styles/<Style>` holding rule files. */
function styleFolders(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const sub = path.join(dir, entry.name);
      const rel = path.relative(SUITE, sub);
      const isStyle = /^styles\/[^/]+\/(?!fixtures$|features$)[^/]+$/.test(rel) || /\/styles\/[^/]+$/.test(rel);
      if (isStyle && fs.readdirSync(sub).some((f) => /\.ya?ml$/.test(f))) found.push(rel);
      walk(sub);
    }
  };
  walk(SUITE);
  return found.sort();
}

function loadFolder(rel: string) {
  const dir = path.join(SUITE, rel);
  const files = fs
    .readdirSync(dir)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => ({ file: `${rel}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return loadStyle(path.basename(dir), files);
}

// [loaded rules, of which sequence/script (skipped), errors]. Vale's testdata has no intentionally broken rule file
// (its features assert no rule-load error message), so every count of errors is 0.
const EXPECTED: Record<string, [loaded: number, skipped: number, errors: number]> = {
  'styles/Google/Google': [31, 0, 0],
  'styles/Joblint/Joblint': [17, 0, 0],
  'styles/Microsoft/Microsoft': [40, 0, 0],
  'styles/Readability/Readability': [7, 0, 0],
  'styles/RedHat/.vale/styles/AsciiDoc': [14, 10, 0],
  'styles/RedHat/.vale/styles/OpenShiftAsciiDoc': [16, 1, 0],
  'styles/RedHat/.vale/styles/RedHat': [37, 1, 0],
  'styles/alex/alex': [11, 0, 0],
  'styles/proselint/proselint': [34, 0, 0],
  'styles/write-good/write-good': [8, 0, 0],
  'vale/testdata/fixtures/configs/ini/styles/Joblint': [17, 0, 0],
  'vale/testdata/fixtures/configs/ini/styles/proselint': [35, 0, 0],
  'vale/testdata/fixtures/formats/adoc/styles/Test': [2, 0, 0],
  'vale/testdata/fixtures/formats/rst/styles/Test': [1, 0, 0],
  'vale/testdata/fixtures/misc/filesystem/projects/ini/styles/Microsoft': [1, 0, 0],
  'vale/testdata/styles/Bugs': [7, 0, 0],
  'vale/testdata/styles/Checks': [5, 1, 0],
  'vale/testdata/styles/Joblint': [17, 0, 0],
  'vale/testdata/styles/LanguageTool': [7, 7, 0],
  'vale/testdata/styles/Limit': [1, 0, 0],
  'vale/testdata/styles/Markup': [3, 0, 0],
  'vale/testdata/styles/RU': [1, 0, 0],
  'vale/testdata/styles/Readability': [7, 0, 0],
  'vale/testdata/styles/Scripts': [2, 2, 0],
  'vale/testdata/styles/Spelling': [4, 0, 0],
  'vale/testdata/styles/ZH': [1, 0, 0],
  'vale/testdata/styles/demo': [30, 2, 0],
  'vale/testdata/styles/proselint': [35, 0, 0],
  'vale/testdata/styles/vale': [7, 0, 0],
  'vale/testdata/styles/write-good': [8, 0, 0],
};

describe('the rule packs of the Vale peer suite', () => {
  it('finds exactly the style folders listed here', () => {
    expect(styleFolders()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [rel, [loaded, skipped, errors]] of Object.entries(EXPECTED)) {
    it(`loads ${rel}`, () => {
      const style = loadFolder(rel);
      // Listed first so a failure shows every message.
      expect(style.errors.map((e) => e.message)).toHaveLength(errors);
      const rules = [...style.rules.values()];
      expect(rules).toHaveLength(loaded);
      const skippedRules = rules.filter((r) => r.extends === 'sequence' || r.extends === 'script');
      expect(skippedRules).toHaveLength(skipped);
      // One notice per skipped rule, naming it.
      for (const rule of skippedRules)
        expect(style.notices).toContain(
          `${rule.id} is a ${rule.extends} rule: Porte-voix skips it (${
            rule.extends === 'sequence'
              ? 'it needs part-of-speech tagging, which Porte-voix does not do'
              : 'it runs a Tengo script, which Porte-voix does not execute'
          }).`,
        );
    });
  }

  it('tolerates what Vale tolerates in its own testdata, with a notice', () => {
    const joblint = loadFolder('vale/testdata/styles/Joblint');
    expect(joblint.notices).toEqual([
      `vale/testdata/styles/Joblint/Hair.yml:3:49: "\\'" is not a YAML escape; read as "'" as Vale does: write ' without the backslash.`,
    ]);
    const hair = joblint.rules.get('Joblint.Hair');
    expect(hair?.description).toBe("The use of '%s' indicates that you're only looking for male developers.");

    const proselint = loadFolder('vale/testdata/styles/proselint');
    expect(proselint.notices).toEqual([
      'vale/testdata/styles/proselint/Diacritical.yml:81:3: "Bronte" appears twice in "swap"; the last value is used, as in Vale: remove the other one.',
      'vale/testdata/styles/proselint/Needless.yml:154:3: "expediential" appears twice in "swap"; the last value is used, as in Vale: remove the other one.',
      'vale/testdata/styles/proselint/Needless.yml:344:3: "transposal" appears twice in "swap"; the last value is used, as in Vale: remove the other one.',
    ]);
  });

  it('normalises a real rule with Vale defaults', () => {
    const rule = loadFolder('styles/Microsoft/Microsoft').rules.get('Microsoft.Adverbs');
    expect(rule).toMatchObject({
      id: 'Microsoft.Adverbs',
      extends: 'existence',
      level: 'warning',
      scope: ['text'],
      ignorecase: true,
      nonword: false,
      append: false,
      vocab: true,
      raw: [],
    });
    const metric = loadFolder('styles/Readability/Readability').rules.get('Readability.FleschKincaid');
    expect(metric).toMatchObject({ extends: 'metric', scope: ['summary'], condition: '> 8' });
  });
});

const load = (text: string, name = 'Foo') => loadRule({ style: 'Test', name, file: `Test/${name}.yml`, text });

function errorsOf(text: string) {
  const result = load(text);
  if (result.ok) throw new Error('expected the rule to fail');
  return result.errors.map(({ line, column, key, message }) => ({ line, column, key, message }));
}

describe('broken rules', () => {
  it('reports a YAML syntax error on its line', () => {
    expect(errorsOf('extends: existence\nmessage: Avoid\ntokens:\n\t- foo\n')).toEqual([
      {
        line: 4,
        column: 1,
        key: undefined,
        message:
          'Test/Foo.yml:4:1: the YAML is not valid (Tabs are not allowed as indentation): fix the syntax at this point.',
      },
    ]);
    expect(errorsOf('extends: existence\nmessage: "Avoid \'%s\'."\ntokens:\n  - foo\n - bar\n')[0]).toMatchObject({
      line: 5,
      column: 1,
    });
  });

  it('reports an unknown key at its line and column, with the closest key', () => {
    expect(errorsOf('extends: existence\nmessage: "Avoid \'%s\'."\nraw: [x]\ntokenz:\n  - foo\n')).toEqual([
      {
        line: 4,
        column: 1,
        key: 'tokenz',
        message:
          'Test/Foo.yml:4:1: unknown key "tokenz" in an existence rule: did you mean "tokens"? Remove or rename it.',
      },
    ]);
    // A key of another type is unknown too: Vale rejects it.
    expect(errorsOf('extends: occurrence\nmessage: m\ntoken: x\nmax: 3\n  \nvocab: false\n')[0]).toMatchObject({
      line: 6,
      column: 1,
      key: 'vocab',
    });
  });

  it('reports a bad level', () => {
    expect(errorsOf('extends: existence\nmessage: m\nlevel: Warning\ntokens: [a]\n')).toEqual([
      {
        line: 3,
        column: 8,
        key: 'level',
        message:
          'Test/Foo.yml:3:8: "level" must be suggestion, warning or error, not the text "Warning": did you mean "warning"? Write level: warning (the default) or another of the three.',
      },
    ]);
  });

  it('reports wrong types', () => {
    expect(errorsOf('extends: existence\nmessage: [a, b]\nignorecase: maybe\ntokens:\n  a: b\n')).toEqual([
      {
        line: 2,
        column: 10,
        key: 'message',
        message:
          'Test/Foo.yml:2:10: "message" must be a single text value, not a list: write it on the same line, e.g. message: "…".',
      },
      {
        line: 3,
        column: 13,
        key: 'ignorecase',
        message:
          'Test/Foo.yml:3:13: "ignorecase" must be true or false, not the text "maybe": write ignorecase: true or ignorecase: false.',
      },
      {
        line: 5,
        column: 3,
        key: 'tokens',
        message:
          'Test/Foo.yml:5:3: "tokens" must be a list, not a map: write each item on its own "- item" line under "tokens:".',
      },
    ]);
  });

  it('reads a single value where a list is expected as Vale does, with a notice', () => {
    const result = load('extends: existence\nmessage: m\ntokens: foo\n');
    expect(result).toMatchObject({ ok: true, rule: { tokens: ['foo'] } });
    expect(result.ok && result.notices).toEqual([
      'Test/Foo.yml:3:9: "tokens" should be a list; its single value is read as a one-item list, as Vale does: write it as "- foo" under "tokens:".',
    ]);
  });

  it('reports a missing or unknown extends', () => {
    expect(errorsOf('message: m\ntokens:\n  - foo\n')).toEqual([
      {
        line: 1,
        column: 1,
        key: 'extends',
        message:
          'Test/Foo.yml:1:1: the rule has no "extends" key: add a first line "extends: existence" (or another check type: existence, substitution, occurrence, repetition, consistency, conditional, capitalization, metric, spelling, readability, sequence, script).',
      },
    ]);
    expect(errorsOf('message: m\nExtends: existence\n')[0]?.message).toBe(
      'Test/Foo.yml:2:1: the rule has no "extends" key (found "Extends"): rename "Extends" to "extends".',
    );
    expect(errorsOf('extends: existance\nmessage: m\n')[0]).toMatchObject({
      line: 1,
      column: 10,
      message: expect.stringContaining(
        '"extends: existance" is not a Vale check type: did you mean "existence"? Use one of existence,',
      ),
    });
  });

  it('reports missing required keys', () => {
    expect(errorsOf('# Avoid\nextends: existence\nmessage: m\nlevel: error\n')).toEqual([
      {
        line: 2,
        column: 1,
        key: 'tokens',
        message:
          'Test/Foo.yml:2:1: an existence rule needs "tokens" or "raw": add a "tokens:" list of the words or patterns to flag.',
      },
    ]);
    expect(errorsOf('extends: metric\ncondition: "> 8.0"\n').map((e) => e.message)).toEqual([
      `Test/Foo.yml:1:1: the rule has no "message": add one, e.g. message: "Avoid '%s'." (%s stands for the matched text).`,
      'Test/Foo.yml:1:1: a metric rule needs "formula": add "formula:" with an expression of words, sentences, syllables….',
    ]);
    expect(errorsOf('extends: substitution\nmessage: m\n')[0]?.key).toBe('swap');
  });

  it('reports a pattern JavaScript cannot run at its own line, with its key', () => {
    expect(errorsOf("extends: existence\nmessage: m\ntokens:\n  - fine\n  - '(?>atomic)'\n")).toEqual([
      {
        line: 5,
        column: 5,
        key: 'tokens',
        message: expect.stringMatching(/^Test\/Foo\.yml:5:5: "tokens" has a pattern JavaScript cannot run: .*atomic/),
      },
    ]);
    expect(errorsOf("extends: substitution\nmessage: m\nswap:\n  ok: fine\n  'a++': b\n")).toEqual([
      {
        line: 5,
        column: 3,
        key: 'swap',
        message: expect.stringMatching(/^Test\/Foo\.yml:5:3: "swap" has a pattern JavaScript cannot run: /),
      },
    ]);
    expect(errorsOf("extends: existence\nmessage: m\nraw:\n  - '(?>'\n  - 'x)'\n")[0]).toMatchObject({
      line: 3,
      key: 'raw',
    });
  });

  it('reports a list where swap needs a map', () => {
    expect(
      errorsOf(
        "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nswap:\n  - utilize: use\n  - leverage: use\n",
      ),
    ).toEqual([
      {
        line: 4,
        column: 3,
        key: 'swap',
        message:
          'Test/Foo.yml:4:3: "swap" must be a map of "observed: expected" pairs, not a list: write one "word: replacement" pair per line, indented under "swap:", without "- ".',
      },
    ]);
  });

  it('reports bad Porte-voix extension values and unknown action keys', () => {
    expect(errorsOf('extends: existence\nmessage: m\nlanguages: [en, de]\nchannels: linkdin\ntokens: [a]\n')).toEqual([
      {
        line: 3,
        column: 17,
        key: 'languages',
        message: 'Test/Foo.yml:3:17: "de" is not a Porte-voix language: did you mean "en"? Use en or fr.',
      },
      {
        line: 4,
        column: 11,
        key: 'channels',
        message:
          'Test/Foo.yml:4:11: "linkdin" is not a Porte-voix channel: did you mean "linkedin"? Use linkedin, x, mastodon or blog.',
      },
    ]);
    expect(
      errorsOf('extends: substitution\nmessage: m\naction:\n  name: replace\n  parms: [a]\nswap:\n  a: b\n'),
    ).toEqual([
      {
        line: 5,
        column: 3,
        key: 'action.parms',
        message: 'Test/Foo.yml:5:3: unknown key "parms" in "action": did you mean "params"? Remove or rename it.',
      },
    ]);
  });

  it('ignores unknown keys where Vale does (consistency, spelling), with a notice', () => {
    const result = load('extends: spelling\nmessage: m\ncustum: true\n');
    expect(result.ok && result.notices[0]).toBe(
      'Test/Foo.yml:3:1: unknown key "custum" in a spelling rule is ignored, as Vale does: did you mean "custom"? Remove or rename it.',
    );
  });
});

describe('valid rules', () => {
  it('loads our languages and channels extensions', () => {
    const result = load(
      'extends: existence\nmessage: "Avoid \'%s\'."\nlanguages: [en, fr]\nchannels:\n  - linkedin\n  - x\ntokens:\n  - synergy\n',
    );
    expect(result).toEqual({
      ok: true,
      notices: [],
      rule: {
        id: 'Test.Foo',
        style: 'Test',
        name: 'Foo',
        file: 'Test/Foo.yml',
        extends: 'existence',
        message: "Avoid '%s'.",
        level: 'warning',
        scope: ['text'],
        languages: ['en', 'fr'],
        channels: ['linkedin', 'x'],
        tokens: ['synergy'],
        raw: [],
        exceptions: [],
        append: false,
        ignorecase: false,
        nonword: false,
        vocab: true,
      },
    });
  });

  it('loads sequence and script rules with one notice each', () => {
    const sequence = load('extends: sequence\nmessage: m\ntokens:\n  - tag: MD\n  - pattern: be\n    skip: 1\n', 'Seq');
    expect(sequence).toMatchObject({
      ok: true,
      rule: {
        extends: 'sequence',
        tokens: [
          { tag: 'MD', negate: false, skip: 0 },
          { pattern: 'be', skip: 1 },
        ],
      },
      notices: [
        'Test.Seq is a sequence rule: Porte-voix skips it (it needs part-of-speech tagging, which Porte-voix does not do).',
      ],
    });
    const script = load('extends: script\nmessage: m\nscope: raw\nscript: |\n  matches := []\n', 'Scr');
    expect(script).toMatchObject({
      ok: true,
      rule: { extends: 'script', scope: ['raw'], script: 'matches := []\n' },
      notices: [
        'Test.Scr is a script rule: Porte-voix skips it (it runs a Tengo script, which Porte-voix does not execute).',
      ],
    });
  });

  it('fills type defaults and keeps swap order and keys as written', () => {
    const result = load(
      'extends: substitution\nmessage: m\nIgnoreCase: true\nswap:\n  "2": two\n  b: ""\n  a:\n  "1.0": 1.0\n',
    );
    expect(result).toMatchObject({
      ok: true,
      rule: {
        ignorecase: true,
        swap: [
          ['2', 'two'],
          ['b', ''],
          ['a', ''],
          ['1.0', '1.0'],
        ],
        capitalize: false,
        vocab: true,
      },
    });
    expect(load('extends: capitalization\nmessage: m\nmatch: $title\n')).toMatchObject({
      rule: { style: 'AP', threshold: 0.8, prefix: '', indicators: [], scope: ['text'] },
    });
  });
});

describe('loadStyle', () => {
  it('loads each file on its own and skips files that are not rules', () => {
    const style = loadStyle('Test', [
      { file: 'Test/Good.yml', text: 'extends: existence\nmessage: m\ntokens: [a]\n' },
      { file: 'Test/Bad.yml', text: 'extends: existence\nmessage: m\nlevel: loud\ntokens: [a]\n' },
      { file: 'Test/Other.yaml', text: 'extends: occurrence\nmessage: m\ntoken: x\nmax: 2\n' },
      { file: 'Test/README.md', text: '# not a rule' },
      { file: 'Test/meta.json', text: '{}' },
      { file: 'Test/Good.yaml', text: 'extends: existence\nmessage: m\ntokens: [b]\n' },
    ]);
    expect([...style.rules.keys()]).toEqual(['Test.Good', 'Test.Other']);
    expect(style.errors.map((e) => e.message)).toEqual([
      'Test/Bad.yml:3:8: "level" must be suggestion, warning or error, not the text "loud": write level: warning (the default) or another of the three.',
      'Test/Good.yaml:1:1: Test/Good.yml already defines the rule Test.Good: rename or remove one of the two files.',
    ]);
  });
});
