import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRulePacks } from './rule-packs';

function packsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pv-packs-'));
  mkdirSync(join(dir, 'Brand'));
  writeFileSync(join(dir, 'Brand', 'Terms.yml'), 'extends: substitution\nmessage: x\nswap:\n  a: b\n');
  writeFileSync(join(dir, 'Brand', 'README.md'), '# not a rule');
  writeFileSync(join(dir, 'Brand', 'meta.json'), '{ "version": "1.2.0" }');
  mkdirSync(join(dir, 'Team'));
  writeFileSync(join(dir, 'Team', 'Bad.yml'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  writeFileSync(join(dir, 'Team', 'Big.yml'), 'a'.repeat(300 * 1024));
  writeFileSync(join(dir, 'not-a-pack.yml'), 'ignored');
  return dir;
}

describe('the user rule packs folder', () => {
  it('reads one pack per folder, its version and its rule files', async () => {
    const dir = packsFolder();
    const result = await readRulePacks(dir);
    expect(result.packs).toEqual([
      {
        name: 'Brand',
        version: '1.2.0',
        files: [{ file: 'Brand/Terms.yml', text: 'extends: substitution\nmessage: x\nswap:\n  a: b\n' }],
      },
      { name: 'Team', files: [] },
    ]);
    expect(result.problems).toEqual([
      'Team/Bad.yml cannot be read (it is not UTF-8 text): it is skipped.',
      'Team/Big.yml is 300 KB, too large for a rule file (256 KB at most): it is skipped.',
    ]);
  });

  it('has no packs when the folder does not exist', async () => {
    expect(await readRulePacks('/nonexistent/pv-packs')).toEqual({
      folder: '/nonexistent/pv-packs',
      packs: [],
      problems: [],
    });
  });
});
