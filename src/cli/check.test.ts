import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCheckArgs, UsageError } from './args';
import { ConfigurationError, runCheck } from './check';

/** A project with a style of two rules and a Markdown file. */
function project(
  config = 'StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = Brand\n',
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pv-cli-'));
  mkdirSync(path.join(dir, 'styles', 'Brand'), { recursive: true });
  writeFileSync(
    path.join(dir, 'styles', 'Brand', 'Product.yml'),
    "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nswap:\n  porte voix: Porte-voix\n",
  );
  writeFileSync(
    path.join(dir, 'styles', 'Brand', 'Hype.yml'),
    'extends: existence\nmessage: "Avoid \'%s\': say what it does."\nlevel: warning\ntokens:\n  - revolutionary\n',
  );
  writeFileSync(path.join(dir, '.vale.ini'), config);
  writeFileSync(path.join(dir, 'post.md'), '# Launch\n\nOur revolutionary tool, porte voix, is here.\n');
  return dir;
}

async function check(dir: string, args: string[], stdin?: string, ruleBudgetMs?: number, globalConfigPath?: string) {
  let stdout = '';
  let stderr = '';
  const status = await runCheck(parseCheckArgs(args), {
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: async () => stdin,
    colour: false,
    version: '9.9.9',
    ...(ruleBudgetMs === undefined ? {} : { ruleBudgetMs }),
    ...(globalConfigPath === undefined ? {} : { globalConfigPath }),
  });
  return { status, stdout, stderr };
}

describe('porte-voix check', () => {
  it('prints Vale line output and exits with 1 on an error-level alert', async () => {
    const run = await check(project(), ['--output=line', '--relative', 'post.md']);
    expect(run.stdout).toBe(
      [
        "post.md:3:5:Brand.Hype:Avoid 'revolutionary': say what it does.",
        "post.md:3:25:Brand.Product:Use 'Porte-voix' instead of 'porte voix'.",
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
    expect((await check(project(), ['--output=line', '--no-exit', 'post.md'])).status).toBe(0);
  });

  it('filters by level', async () => {
    const run = await check(project(), ['--output=line', '--relative', '--minAlertLevel=error', '.']);
    expect(run.stdout).toBe("post.md:3:25:Brand.Product:Use 'Porte-voix' instead of 'porte voix'.\n");
  });

  it("prints Vale's JSON shape", async () => {
    const run = await check(project(), ['--output=JSON', '--relative', 'post.md']);
    const json = JSON.parse(run.stdout) as Record<string, unknown[]>;
    expect(json['post.md']?.[1]).toEqual({
      Action: { Name: '', Params: null },
      Span: [25, 34],
      Check: 'Brand.Product',
      Description: '',
      Link: '',
      Message: "Use 'Porte-voix' instead of 'porte voix'.",
      Severity: 'error',
      Match: 'porte voix',
      Line: 3,
    });
  });

  it('prints SARIF 2.1.0', async () => {
    const run = await check(project(), ['--output=sarif', '--relative', 'post.md']);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['Brand.Hype', 'warning'],
      ['Brand.Product', 'error'],
    ]);
  });

  it('groups alerts by file with a summary line on a terminal', async () => {
    const run = await check(project(), ['--relative', 'post.md']);
    expect(run.stdout).toContain(' post.md\n');
    expect(run.stdout).toContain('1 error, 1 warning and 0 suggestions in 1 file.');
  });

  it('reads standard input with --ext', async () => {
    const run = await check(project(), ['--output=line', '--ext=.md'], '# Title\n\nA revolutionary idea.\n');
    expect(run.stdout).toBe("stdin.md:3:3:Brand.Hype:Avoid 'revolutionary': say what it does.\n");
  });

  it('reports a broken rule with its file and line, and keeps the other rules', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'styles', 'Brand', 'Broken.yml'), 'extends: existence\nmessage: x\ntokenz:\n  - a\n');
    const run = await check(dir, ['--output=line', '--relative', 'post.md']);
    expect(run.stderr).toContain(
      'Brand/Broken.yml:3:1: unknown key "tokenz" in an existence rule: did you mean "tokens"?',
    );
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('stops with a clear message on a bad configuration (exit 2 in the CLI)', async () => {
    await expect(check(project('MinAlertLevel = loud\n'), ['post.md'])).rejects.toThrow(ConfigurationError);
    await expect(check(project(), ['--config=missing.ini', 'post.md'])).rejects.toThrow(
      'The configuration missing.ini does not exist',
    );
    expect(() => parseCheckArgs(['--output=xml'])).toThrow(UsageError);
  });

  it('runs the built-in checks as the style PorteVoix, configured in the same file', async () => {
    const dir = project(
      'MinAlertLevel = suggestion\n\n[*.md]\nBasedOnStyles = PorteVoix\nPorteVoix.WeaselWords = NO\nPorteVoix.Adverbs = NO\nPorteVoix.RepeatedWords = error\n',
    );
    writeFileSync(path.join(dir, 'post.md'), '# Launch\n\nThe report was written by the the team.\n');
    const run = await check(dir, ['--output=line', '--relative', 'post.md']);
    expect(run.stdout).toBe(
      [
        'post.md:3:16:PorteVoix.Passive:“written” is in the passive voice: say who does it, in the active voice.',
        'post.md:3:27:PorteVoix.RepeatedWords:“the” is repeated: remove one.',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
  }, 60_000);

  it('stops a rule whose pattern backtracks too long, names it, and checks the rest', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'styles', 'Brand', 'Slow.yml'),
      'extends: existence\nmessage: slow\nnonword: true\nraw:\n  - (a|aa)+$\n',
    );
    // 30 a's take this pattern about 2^20 steps: hundreds of times the 1 ms budget given here.
    writeFileSync(path.join(dir, 'post.md'), `Our revolutionary ${'a'.repeat(30)}b tool.\n`);
    const run = await check(dir, ['--output=line', '--relative', 'post.md'], undefined, 1);
    expect(run.stderr).toMatch(
      /^Brand\.Slow took \d+\.\d s on post\.md and is stopped for the rest of this check: simplify its pattern/m,
    );
    expect(run.stdout).toContain('Brand.Hype');
  }, 120_000);

  it('places a match that spans inline markup where Vale does: its text searched in the source, else column 1', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'styles', 'Brand', 'Twice.yml'),
      "extends: repetition\nmessage: '\"%s\" is repeated.'\nlevel: error\nalpha: true\ntokens:\n  - '[^\\s]+'\n",
    );
    writeFileSync(
      path.join(dir, 'post.md'),
      '# Launch\n\nIt was [added to the API in](https://example.com) in GitLab.\n\nA *very* very good day.\n',
    );
    const run = await check(dir, ['--output=line', '--relative', 'post.md']);
    expect(run.stdout).toBe(
      ['post.md:3:1:Brand.Twice:"in" is repeated.', 'post.md:5:1:Brand.Twice:"very" is repeated.', ''].join('\n'),
    );
  });

  it('reports where an occurrence rule first matches outside code, with the count in its message', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'styles', 'Brand', 'Long.yml'),
      'extends: occurrence\nmessage: "Headings: %s characters is too long."\nscope: heading\nlevel: warning\nmax: 20\ntoken: .\n',
    );
    writeFileSync(path.join(dir, 'post.md'), '## `run --all` and then some more words\n');
    const run = await check(dir, ['--output=line', '--relative', 'post.md']);
    expect(run.stdout).toBe('post.md:1:16:Brand.Long:Headings: 34 characters is too long.\n');
  });

  it('refuses a metric rule whose formula cannot be read, and runs the others', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'styles', 'Brand', 'Grade.yml'),
      'extends: metric\nmessage: "Grade %s"\nformula: math.sqrt(words) / sentencez\ncondition: "> 1"\n',
    );
    const run = await check(dir, ['--output=line', '--relative', 'post.md']);
    expect(run.stderr).toContain('Grade.yml: formula: unknown variable "sentencez"');
    expect(run.stdout).toContain('Brand.Hype');
  });

  it("layers the user's global configuration under the project's, unless --no-global", async () => {
    const dir = project('StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.md]\nBrand.Product = NO\n');
    const home = mkdtempSync(path.join(tmpdir(), 'pv-global-'));
    const global = path.join(home, '.vale.ini');
    writeFileSync(global, `StylesPath = ${path.join(dir, 'styles')}\n\n[*]\nBasedOnStyles = Brand\n`);
    const layered = await check(dir, ['--output=line', '--relative', 'post.md'], undefined, undefined, global);
    // Brand comes from the global file; the project's section turns Brand.Product off.
    expect(layered.stdout).toBe("post.md:3:5:Brand.Hype:Avoid 'revolutionary': say what it does.\n");
    const alone = await check(dir, ['--output=line', '--no-global', 'post.md'], undefined, undefined, global);
    expect(alone.stdout).toBe('');
    writeFileSync(global, 'MinAlertLevel = loud\n');
    const broken = check(dir, ['--output=line', 'post.md'], undefined, undefined, global);
    await expect(broken).rejects.toThrow(`${global}:1:`);
  });

  it('applies rules with `channels` for their channels only, from --channel or the front matter', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'styles', 'Brand', 'Thread.yml'),
      'extends: existence\nmessage: "Threads on X: number them (1/3)."\nlevel: warning\nchannels: [x]\ntokens:\n  - thread\n',
    );
    writeFileSync(path.join(dir, 'post.md'), 'A thread about our tool.\n');
    const none = await check(dir, ['--output=line', 'post.md']);
    expect(none.stdout).toBe('');
    const x = await check(dir, ['--output=line', '--relative', '--channel=x', 'post.md']);
    expect(x.stdout).toBe('post.md:1:3:Brand.Thread:Threads on X: number them (1/3).\n');
    writeFileSync(path.join(dir, 'post.md'), '---\nchannel: X\n---\nA thread about our tool.\n');
    const front = await check(dir, ['--output=line', '--relative', 'post.md']);
    expect(front.stdout).toBe('post.md:4:3:Brand.Thread:Threads on X: number them (1/3).\n');
    const linkedin = await check(dir, ['--output=line', '--channel=linkedin', 'post.md']);
    expect(linkedin.stdout).toBe('');
    await expect(check(dir, ['--channel=tiktok', 'post.md'])).rejects.toThrow(
      '--channel=tiktok is not a channel: use linkedin, x, mastodon or blog.',
    );
  });

  it('applies rules with `languages` to the paragraphs in their languages only', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'styles', 'Brand', 'Courriel.yml'),
      "extends: substitution\nmessage: \"Écrivez '%s' au lieu de '%s'.\"\nlevel: error\nignorecase: true\nlanguages: [fr]\nswap:\n  mail: e-mail\n",
    );
    writeFileSync(
      path.join(dir, 'post.md'),
      [
        '# Launch',
        '',
        'Send us a mail with your questions about the launch, and we will answer within the day.',
        '',
        'Envoyez-nous un mail avec vos questions sur le lancement, nous répondrons dans la journée.',
        '',
      ].join('\n'),
    );
    const run = await check(dir, ['--output=line', '--relative', 'post.md']);
    expect(run.stdout).toBe("post.md:5:17:Brand.Courriel:Écrivez 'e-mail' au lieu de 'mail'.\n");
  });
});
