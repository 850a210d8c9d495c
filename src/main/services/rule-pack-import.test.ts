import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importRulePack, removeRulePack } from './rule-pack-import';
import { readRulePacks } from './rule-packs';

const RULE = 'extends: existence\nmessage: "Avoid \'%s\'."\ntokens:\n  - synergy\n';

function workspace(): { root: string; packs: string } {
  const root = mkdtempSync(join(tmpdir(), 'pv-import-'));
  return { root, packs: join(root, 'packs') };
}

function zipFile(root: string, name: string, files: Zippable): string {
  const path = join(root, name);
  writeFileSync(path, zipSync(files));
  return path;
}

/** What the packs folder holds, hidden working folders included. */
const listing = (packs: string): string[] => (existsSync(packs) ? readdirSync(packs).sort() : []);

describe('importing a rule pack', () => {
  it('copies a folder’s rule files and meta.json, and nothing else', async () => {
    const { root, packs } = workspace();
    const source = join(root, 'Team');
    mkdirSync(join(source, 'drafts'), { recursive: true });
    writeFileSync(join(source, 'Buzzwords.yml'), RULE);
    writeFileSync(join(source, 'Hedging.yaml'), RULE);
    writeFileSync(join(source, 'meta.json'), '{ "version": "2.0.0" }');
    writeFileSync(join(source, 'README.md'), '# Team');
    writeFileSync(join(source, 'drafts', 'Later.yml'), RULE);

    expect(await importRulePack(packs, source)).toEqual({ name: 'Team', rules: 2, replaced: false });
    expect(readdirSync(join(packs, 'Team')).sort()).toEqual(['Buzzwords.yml', 'Hedging.yaml', 'meta.json']);
    const read = await readRulePacks(packs);
    expect(read.packs).toEqual([
      {
        name: 'Team',
        version: '2.0.0',
        files: [
          { file: 'Team/Buzzwords.yml', text: RULE },
          { file: 'Team/Hedging.yaml', text: RULE },
        ],
      },
    ]);
  });

  it('takes the rules at a zip’s root, named after the zip', async () => {
    const { root, packs } = workspace();
    const zip = zipFile(root, 'acme-brand.zip', {
      'Terms.yml': strToU8(RULE),
      'meta.json': strToU8('{ "version": "1.0.0" }'),
      'README.md': strToU8('# Acme'),
    });
    expect(await importRulePack(packs, zip)).toEqual({ name: 'acme-brand', rules: 1, replaced: false });
    expect(readdirSync(join(packs, 'acme-brand')).sort()).toEqual(['Terms.yml', 'meta.json']);
    expect(readFileSync(join(packs, 'acme-brand', 'Terms.yml'), 'utf8')).toBe(RULE);
  });

  it('takes the style folder of a zip, however deep, and leaves macOS metadata out', async () => {
    const { root, packs } = workspace();
    const zip = zipFile(root, 'download.zip', {
      'repo-main': {
        'README.md': strToU8('# styles'),
        styles: {
          Team: {
            'Buzzwords.yml': strToU8(RULE),
            'meta.json': strToU8('{ "version": "3.1.0" }'),
            '.hidden.yml': strToU8(RULE),
          },
        },
      },
      __MACOSX: { 'repo-main': { styles: { Team: { '._Buzzwords.yml': new Uint8Array([0, 5, 22, 7]) } } } },
    });
    expect(await importRulePack(packs, zip)).toEqual({ name: 'Team', rules: 1, replaced: false });
    expect(readdirSync(join(packs, 'Team')).sort()).toEqual(['Buzzwords.yml', 'meta.json']);
    expect((await readRulePacks(packs)).packs[0]?.version).toBe('3.1.0');
  });

  it('replaces a pack of the same name, and says so', async () => {
    const { root, packs } = workspace();
    mkdirSync(join(packs, 'Team'), { recursive: true });
    writeFileSync(join(packs, 'Team', 'Old.yml'), RULE);
    const zip = zipFile(root, 'team.zip', { Team: { 'New.yml': strToU8(RULE) } });
    expect(await importRulePack(packs, zip)).toEqual({ name: 'Team', rules: 1, replaced: true });
    expect(readdirSync(join(packs, 'Team'))).toEqual(['New.yml']);
    expect(listing(packs)).toEqual(['Team']);
  });

  it.each<[string, Zippable | Uint8Array, RegExp]>([
    [
      'an entry going up (zip-slip)',
      { Team: { 'Rule.yml': strToU8(RULE) }, '../evil.yml': strToU8(RULE) },
      /^Cannot import “bad\.zip”: its entry “\.\.\/evil\.yml” points outside the archive .* Nothing was imported\.$/,
    ],
    [
      'an entry with an absolute path',
      { Team: { 'Rule.yml': strToU8(RULE) }, '/etc/evil.yml': strToU8(RULE) },
      /its entry “\/etc\/evil\.yml” points outside the archive/,
    ],
    [
      'more than 1,000 files',
      { Team: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`R${i}.yml`, strToU8(RULE)])) },
      /^Cannot import “bad\.zip”: it holds 1,001 files, more than 1,000\./,
    ],
    [
      'a total over 20 MB',
      Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`assets/big-${i}.bin`, new Uint8Array(1024 * 1024)])),
      /its files add up to 21\.0 MB, more than 20\.0 MB/,
    ],
    [
      'a rule file over 256 KB',
      { Team: { 'Huge.yml': strToU8('a'.repeat(300 * 1024)) } },
      /Team\/Huge\.yml is 300 KB, more than the 256 KB a rule file may have/,
    ],
    ['no rule file', { Team: { 'README.md': strToU8('# none') } }, /it holds no rule file \(\.yml or \.yaml\)/],
    [
      'rules in several folders',
      { Team: { 'A.yml': strToU8(RULE) }, Other: { 'B.yml': strToU8(RULE) } },
      /it holds rule files in 2 folders \(Other\/, Team\/\)\. Import one pack at a time/,
    ],
    [
      'a folder name that cannot name a pack',
      { 'My Team': { 'A.yml': strToU8(RULE) } },
      /“My Team” cannot name a rule pack .* Rename its folder My Team\/\./,
    ],
    ['bytes that are not a zip', strToU8('not a zip at all, just some text'), /it is not a readable \.zip archive/],
  ])('refuses a zip with %s, and leaves the packs folder as it was', async (_, content, message) => {
    const { root, packs } = workspace();
    mkdirSync(join(packs, 'Team'), { recursive: true });
    writeFileSync(join(packs, 'Team', 'Kept.yml'), RULE);
    const path = join(root, 'bad.zip');
    writeFileSync(path, content instanceof Uint8Array ? content : zipSync(content));
    await expect(importRulePack(packs, path)).rejects.toThrow(message);
    expect(listing(packs)).toEqual(['Team']);
    expect(readdirSync(join(packs, 'Team'))).toEqual(['Kept.yml']);
  });

  it('refuses a folder without rules, a missing source and a file that is not a zip', async () => {
    const { root, packs } = workspace();
    mkdirSync(join(root, 'Empty'));
    writeFileSync(join(root, 'Empty', 'notes.md'), 'nothing');
    await expect(importRulePack(packs, join(root, 'Empty'))).rejects.toThrow(
      /^Cannot import “Empty”: the folder holds no rule file/,
    );
    await expect(importRulePack(packs, join(root, 'Gone.zip'))).rejects.toThrow(
      /^Cannot import “Gone\.zip”: it does not exist/,
    );
    writeFileSync(join(root, 'Rule.txt'), RULE);
    await expect(importRulePack(packs, join(root, 'Rule.txt'))).rejects.toThrow(/neither a folder nor a \.zip file/);
    expect(listing(packs)).toEqual([]);
  });

  it('leaves no half pack when a write fails', async () => {
    const { root, packs } = workspace();
    // A pack file name the file system refuses: the copy fails after the first file.
    const zip = zipFile(root, 'team.zip', {
      Team: { 'A.yml': strToU8(RULE), [`${'b'.repeat(300)}.yml`]: strToU8(RULE) },
    });
    await expect(importRulePack(packs, zip)).rejects.toThrow(/^Cannot import “team\.zip”: .*Nothing was imported\.$/);
    expect(listing(packs)).toEqual([]);
  });
});

describe('removing a rule pack', () => {
  it('deletes the pack’s folder, and only a pack’s', async () => {
    const { packs } = workspace();
    mkdirSync(join(packs, 'Team'), { recursive: true });
    writeFileSync(join(packs, 'Team', 'Rule.yml'), RULE);
    await removeRulePack(packs, 'Team');
    expect(listing(packs)).toEqual([]);
    await expect(removeRulePack(packs, 'Team')).rejects.toThrow(
      /^There is no rule pack “Team” in .*removed already\.$/,
    );
    await expect(removeRulePack(packs, '..')).rejects.toThrow(/is not the name of a rule pack/);
    await expect(removeRulePack(packs, 'a/b')).rejects.toThrow(/is not the name of a rule pack/);
  });
});

describe('the packs folder', () => {
  it('skips the hidden working folders of an interrupted import', async () => {
    const { packs } = workspace();
    mkdirSync(join(packs, '.import-abc123'), { recursive: true });
    writeFileSync(join(packs, '.import-abc123', 'Rule.yml'), RULE);
    expect((await readRulePacks(packs)).packs).toEqual([]);
  });
});
