import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check';
import { markdownToDocument } from '../../src/core/document/markdown';
import { BUILTIN_CHECKS, BUILTIN_STYLE } from '../../src/core/engine/checks';
import { Engine } from '../../src/core/engine/engine';
import { loadStyle, ruleName } from '../../src/core/rules/load-style';
import { compilePacks } from '../../src/core/rules/rule-packs';

/** The bundled rule packs: rules/<Pack>/<Rule>.yml, each with rules/<Pack>/fixtures/<Rule>/. */
const RULES = fileURLToPath(new URL('../../rules/', import.meta.url));

const isDirectory = (p: string): boolean => statSync(p).isDirectory();

const packs = readdirSync(RULES)
  .filter((name) => isDirectory(path.join(RULES, name)))
  .sort();

/** Each pack's rule files, as `Pack/Rule.yml`. */
function ruleFiles(pack: string): string[] {
  return readdirSync(path.join(RULES, pack))
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => `${pack}/${name}`);
}

const fixtures = packs.flatMap((pack) => {
  const dir = path.join(RULES, pack, 'fixtures');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => isDirectory(path.join(dir, name)))
    .sort()
    .map((rule) => ({ pack, rule, dir: path.join(dir, rule) }));
});

async function check(cwd: string, output = 'line'): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCheck(parseCheckArgs([`--output=${output}`, '--sort', '--normalize', '--relative', '.']), {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => Promise.resolve(undefined),
    colour: false,
    version: '0.0.0-test',
  });
  return { status, stdout, stderr };
}

describe('bundled rule packs', () => {
  it('has the packs and their fixtures', () => {
    expect(packs).toEqual(expect.arrayContaining(['AcmeBrand', 'Ethics', 'PorteVoix', 'Social']));
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(packs)('loads every rule of %s without an error or a notice', (pack) => {
    const files = ruleFiles(pack).map((file) => ({ file, text: readFileSync(path.join(RULES, file), 'utf8') }));
    const style = loadStyle(pack, files);
    expect(style.errors).toEqual([]);
    expect(style.notices).toEqual([]);
    expect([...style.rules.keys()].sort()).toEqual(files.map(({ file }) => `${pack}.${ruleName(file)}`).sort());
  });

  it.each(packs)('has a fixture folder for every rule of %s, and no fixture without a rule', (pack) => {
    const rules = ruleFiles(pack).map(ruleName);
    const tested = fixtures.filter((f) => f.pack === pack).map((f) => f.rule);
    expect(tested.sort()).toEqual(rules.sort());
    for (const rule of rules) {
      for (const file of ['.vale.ini', 'fail.md', 'pass.md', 'expected.txt']) {
        expect(existsSync(path.join(RULES, pack, 'fixtures', rule, file)), `${pack}/fixtures/${rule}/${file}`).toBe(
          true,
        );
      }
    }
  });

  it.each(fixtures.map((f) => [`${f.pack}.${f.rule}`, f] as const))(
    '%s flags fail.md exactly as expected.txt says, and nothing in pass.md',
    async (id, { dir }) => {
      const run = await check(dir);
      const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8');
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(expected);
      const lines = run.stdout.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(new RegExp(`^fail\\.md:\\d+:\\d+:${id.replace('.', '\\.')}:`));
      expect(lines.filter((line) => line.startsWith('pass.md:'))).toEqual([]);
    },
    60_000,
  );

  it.each(fixtures.map((f) => [`${f.pack}.${f.rule}`, f] as const))(
    '%s finds in the app what it finds in the CLI',
    async (id, { pack, dir }) => {
      const cli = JSON.parse((await check(dir, 'JSON')).stdout) as Record<string, { Check: string; Message: string }[]>;
      const files = ruleFiles(pack).map((file) => ({ file, text: readFileSync(path.join(RULES, file), 'utf8') }));
      const engine = new Engine();
      const [compiled] = compilePacks([{ name: pack, files }], {});
      if (!compiled) throw new Error(`${pack} did not compile`);
      expect(compiled.errors).toEqual([]);
      engine.setRulePacks([compiled]);
      const others = compiled.rules.map((r) => r.rule.definition.id).filter((other) => other !== id);
      const builtin = BUILTIN_CHECKS.map((c) => `${BUILTIN_STYLE}.${c.rule}`);
      for (const name of ['fail.md', 'pass.md']) {
        const doc = markdownToDocument(readFileSync(path.join(dir, name), 'utf8'));
        const app = engine
          .check(doc, { disabledRules: [...others, ...builtin] })
          .diagnostics.map((d) => `${d.ruleId}:${d.message}`);
        const expected = (cli[name] ?? []).map((a) => `${a.Check}:${a.Message}`);
        expect(app.sort(), `${id} on ${name}`).toEqual(expected.sort());
      }
    },
    60_000,
  );
});
