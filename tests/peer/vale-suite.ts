/**
 * Runs Vale's own test scenarios (../shared/peers/vale-suite) through
 * `porte-voix check` exactly as Vale's harness does, and compares the lines.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCheckArgs } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check';

export const SUITE = fileURLToPath(new URL('../../../shared/peers/vale-suite/', import.meta.url));
const HARNESS = ['--output=line', '--sort', '--normalize', '--relative', '--no-global'];

interface CoreAlert {
  file: string;
  check: string;
  core_eligible: boolean;
  excluded_because: string | null;
}

interface CoreCase {
  feature: string;
  scenario: string;
  fixture_dir: string | null;
  cli_args: string;
  inline_files: Record<string, string[]> | null;
  match: 'exactly' | 'contain';
  expected: string[];
  alerts: CoreAlert[];
}

interface StyleCase {
  style: string;
  fixture: string;
  file: string;
  check: string;
  eligible: boolean;
  raw: string;
}

export interface Outcome {
  name: string;
  expected: string[];
  matched: string[];
  missing: string[];
  extra: string[];
}

async function lint(cwd: string, args: string[], stdin?: string): Promise<string[]> {
  let out = '';
  let err = '';
  try {
    await runCheck(parseCheckArgs([...HARNESS, ...args]), {
      cwd,
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      readStdin: async () => stdin,
      colour: false,
      version: 'test',
    });
  } catch (error) {
    err += String(error);
  }
  void err;
  return out.split('\n').filter(Boolean);
}

function compare(
  name: string,
  expected: string[],
  actual: string[],
  files: Set<string>,
  excludedChecks: Set<string>,
): Outcome {
  const relevant = actual.filter((line) => {
    const [file, , , check] = line.split(':');
    return files.has(file ?? '') && !excludedChecks.has(check ?? '');
  });
  const pool = [...relevant];
  const matched: string[] = [];
  const missing: string[] = [];
  for (const line of expected) {
    const i = pool.indexOf(line);
    if (i >= 0) {
      matched.push(line);
      pool.splice(i, 1);
    } else missing.push(line);
  }
  return { name, expected, matched, missing, extra: pool };
}

/** The scenario's `When` step, from its feature file. */
function whenStep(c: CoreCase): string {
  const feature = readFileSync(path.join(SUITE, 'vale/testdata/features', c.feature), 'utf8');
  const at = feature.indexOf(`Scenario: ${c.scenario}`);
  return /When (.*)/.exec(feature.slice(at))?.[1] ?? '';
}

/** Turns a scenario's simplified arguments into the command and its standard input. */
function invocation(c: CoreCase, cwd: string): { args: string[]; stdin?: string } {
  const as = /^I lint file "(.+)" as "(.+)"$/.exec(whenStep(c));
  if (as?.[1] && as[2]) return { args: [`--ext=${as[2]}`, as[1]] };
  const words = c.cli_args.split(' ').filter(Boolean);
  if (words[0] === 'stdin') {
    if (words.length > 1) return { args: [], stdin: words.slice(1).join(' ') };
    const ext = c.expected[0]?.startsWith('stdin.md') ? '.md' : '.txt';
    return { args: [`--ext=${ext}`], stdin: readFileSync(path.join(cwd, `test${ext}`), 'utf8') };
  }
  if (words[0] === 'suggestion' || words[0] === 'warning' || words[0] === 'error') {
    return { args: [`--minAlertLevel=${words[0]}`, 'test.md'] };
  }
  if (words[0] === '--config')
    return { args: [`--config=${words[1]}`, ...words.slice(2), ...(words.length > 2 ? [] : ['.'])] };
  return { args: words };
}

export async function runCoreCases(): Promise<Outcome[]> {
  const cases = JSON.parse(readFileSync(path.join(SUITE, 'vale-core-cases.json'), 'utf8')) as CoreCase[];
  // Inline files go where Vale's harness writes them: two folders below a `styles` folder.
  const root = mkdtempSync(path.join(tmpdir(), 'pv-vale-suite-'));
  symlinkSync(path.join(SUITE, 'vale/testdata/styles'), path.join(root, 'styles'));
  const outcomes: Outcome[] = [];
  let n = 0;
  for (const c of cases) {
    let cwd: string;
    if (c.inline_files) {
      cwd = path.join(root, 'fixtures', `case${n++}`);
      mkdirSync(cwd, { recursive: true });
      for (const [file, lines] of Object.entries(c.inline_files)) writeFileSync(path.join(cwd, file), lines.join('\n'));
    } else {
      cwd = path.join(SUITE, c.fixture_dir ?? '');
    }
    const { args, stdin } = invocation(c, cwd);
    const eligible = c.alerts.filter((a) => a.core_eligible);
    const expected = c.expected.filter((_, i) => c.alerts[i]?.core_eligible);
    const excluded = new Set(c.alerts.filter((a) => !a.core_eligible).map((a) => a.check));
    const files = new Set(eligible.map((a) => a.file));
    const actual = await lint(cwd, args, stdin);
    const outcome = compare(`${c.feature} / ${c.scenario}`, expected, actual, files, excluded);
    // "the output should contain" asserts the expected lines only: other lines are not extra.
    outcomes.push(c.match === 'contain' ? { ...outcome, extra: [] } : outcome);
  }
  return outcomes;
}

export async function runStyleCases(): Promise<Outcome[]> {
  const cases = (JSON.parse(readFileSync(path.join(SUITE, 'styles-cases.json'), 'utf8')) as StyleCase[]).filter(
    (c) => c.eligible,
  );
  const groups = new Map<string, StyleCase[]>();
  for (const c of cases) {
    const key = `${c.style}/fixtures/${c.fixture}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const outcomes: Outcome[] = [];
  for (const [key, group] of groups) {
    const cwd = path.join(SUITE, 'styles', key);
    const actual = await lint(cwd, ['.']);
    const files = new Set(group.map((c) => c.file));
    outcomes.push(
      compare(
        key,
        group.map((c) => c.raw),
        actual,
        files,
        new Set(),
      ),
    );
  }
  return outcomes;
}

export function summarize(outcomes: readonly Outcome[]): { expected: number; matched: number; extra: number } {
  return {
    expected: outcomes.reduce((n, o) => n + o.expected.length, 0),
    matched: outcomes.reduce((n, o) => n + o.matched.length, 0),
    extra: outcomes.reduce((n, o) => n + o.extra.length, 0),
  };
}
