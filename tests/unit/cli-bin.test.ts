import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/porte-voix.js', import.meta.url));

function run(cwd: string, args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', input, timeout: 60_000 });
}

describe('bin/porte-voix.js', () => {
  it('exits with 2 and one clear line on a configuration error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pv-bin-'));
    writeFileSync(path.join(dir, '.vale.ini'), 'MinAlertLevel = loud\n');
    writeFileSync(path.join(dir, 'a.md'), 'Hello.\n');
    const result = run(dir, ['check', 'a.md']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^porte-voix: .*\.vale\.ini:1: Line 1: MinAlertLevel is 'loud'; it must be 'suggestion', 'warning', or 'error'\.\n$/,
    );
  });

  it('exits with 0 on clean text from standard input, and explains its usage', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pv-bin-'));
    expect(run(dir, ['check', '--output=line'], 'Plain words.\n')).toMatchObject({ status: 0, stdout: '' });
    expect(run(dir, ['--help']).stdout).toContain('Usage: porte-voix check');
    expect(run(dir, ['publish']).status).toBe(2);
  });
});
