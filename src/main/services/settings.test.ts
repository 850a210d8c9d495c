import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/host-schema';
import { createSettingsService, openSettingsStore } from './settings';
import { CURRENT_SETTINGS_VERSION } from './settings-migrations';

const NOW = new Date('2025-01-31T09:15:00.000Z');
const ASIDE = 'settings.corrupt-2025-01-31T09-15-00-000Z.json';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'pv-settings-'));
}

function open(cwd: string) {
  return openSettingsStore(cwd, '0.0.0', () => NOW);
}

function service(cwd: string) {
  const { store, notice } = open(cwd);
  return createSettingsService(store, notice);
}

function fileOf(cwd: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8')) as Record<string, unknown>;
}

describe('settings service', () => {
  it('starts from the defaults and persists changes, recording the settings version', () => {
    const cwd = folder();
    const settings = service(cwd);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.notice()).toBeUndefined();
    expect(settings.set('theme', 'dark')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(settings.set('vocabulary', ['Porte-voix', 'LinkedIn']).vocabulary).toEqual(['Porte-voix', 'LinkedIn']);
    const targets = { linkedin: { en: { minFleschReadingEase: 70 } } };
    expect(settings.set('readabilityTargets', targets).readabilityTargets).toEqual(targets);
    expect(settings.set('disabledPacks', ['Ethics']).disabledPacks).toEqual(['Ethics']);
    const again = service(cwd);
    expect(again.get()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      vocabulary: ['Porte-voix', 'LinkedIn'],
      readabilityTargets: targets,
      disabledPacks: ['Ethics'],
    });
    expect(again.notice()).toBeUndefined();
    expect(fileOf(cwd)).toMatchObject({ theme: 'dark', settingsVersion: CURRENT_SETTINGS_VERSION });
  });

  it('reads a value that no longer fits as its default, and ignores unknown keys', () => {
    const values: Record<string, unknown> = { theme: 'purple', uiLanguage: 'fr', extra: 1 };
    const settings = createSettingsService({ store: values, set: (k, v) => (values[k] = v) });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' });
    expect(settings.notice()).toBeUndefined();
  });
});

describe('openSettingsStore', () => {
  it('migrates an old file when it opens it, writes it back with its version, and keeps unknown keys', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify({ language: 'fr', theme: 'dark', fromAPlugin: [1] }));
    const settings = service(cwd);
    expect(settings.notice()).toBeUndefined();
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fr', theme: 'dark' });
    expect(fileOf(cwd)).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'fr',
      theme: 'dark',
      fromAPlugin: [1],
      settingsVersion: CURRENT_SETTINGS_VERSION,
    });
    expect(readdirSync(cwd)).toEqual(['settings.json']);
  });

  it('leaves a current file as it is', () => {
    const cwd = folder();
    const file = { ...DEFAULT_SETTINGS, channel: 'blog', settingsVersion: CURRENT_SETTINGS_VERSION };
    const text = JSON.stringify(file, undefined, '\t');
    writeFileSync(join(cwd, 'settings.json'), text);
    expect(service(cwd).get().channel).toBe('blog');
    expect(readFileSync(join(cwd, 'settings.json'), 'utf8')).toBe(text);
  });

  it('keeps a file that is not JSON aside, content intact, starts from the defaults and says so', () => {
    const cwd = folder();
    const garbage = '{ "theme": "dark", oops \u0000 not json';
    writeFileSync(join(cwd, 'settings.json'), garbage);
    const settings = service(cwd);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(readFileSync(join(cwd, ASIDE), 'utf8')).toBe(garbage);
    const notice = settings.notice();
    expect(notice).toContain(join(cwd, ASIDE));
    expect(notice).toMatch(/not valid JSON/);
    expect(notice).toMatch(/settings were reset to their defaults/);
    // The new file is a valid one, and the store works.
    expect(fileOf(cwd)).toMatchObject({ ...DEFAULT_SETTINGS, settingsVersion: CURRENT_SETTINGS_VERSION });
    expect(settings.set('theme', 'light').theme).toBe('light');
    expect(service(cwd).notice()).toBeUndefined();
  });

  it('keeps aside a file whose values fail the schema, naming the value', () => {
    const cwd = folder();
    const text = JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'purple', vocabulary: 'not a list' });
    writeFileSync(join(cwd, 'settings.json'), text);
    const settings = service(cwd);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(readFileSync(join(cwd, ASIDE), 'utf8')).toBe(text);
    expect(settings.notice()).toMatch(/theme: the theme must be system, light or dark/);
    expect(settings.notice()).toMatch(/vocabulary: /);
  });

  it('keeps aside a file that holds no object or a broken version, and never overwrites an earlier one', () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'settings.json'), '[1, 2]');
    expect(open(cwd).notice).toMatch(/does not hold a JSON object/);
    writeFileSync(join(cwd, 'settings.json'), '{ "settingsVersion": "two" }');
    expect(open(cwd).notice).toMatch(/settingsVersion must be a whole number/);
    writeFileSync(join(cwd, 'settings.json'), '{ "readabilityTargets": { "linkedin": { "en": { "maxLix": 3 } } } }');
    expect(open(cwd).notice).toMatch(/readabilityTargets: unexpected English target maxLix/);
    expect(readdirSync(cwd).sort()).toEqual([
      'settings.corrupt-2025-01-31T09-15-00-000Z-2.json',
      'settings.corrupt-2025-01-31T09-15-00-000Z-3.json',
      ASIDE,
      'settings.json',
    ]);
    expect(readFileSync(join(cwd, ASIDE), 'utf8')).toBe('[1, 2]');
  });

  it.skipIf(process.getuid?.() === 0)(
    'runs on defaults in memory when the file can be neither read nor moved (real permissions, so not run as root)',
    () => {
      const cwd = folder();
      writeFileSync(join(cwd, 'settings.json'), 'garbage');
      chmodSync(cwd, 0o500);
      try {
        const settings = service(cwd);
        expect(settings.get()).toEqual(DEFAULT_SETTINGS);
        expect(settings.notice()).toMatch(/nor move it aside.*will not be saved/);
        expect(settings.set('theme', 'dark').theme).toBe('dark');
        expect(readFileSync(join(cwd, 'settings.json'), 'utf8')).toBe('garbage');
      } finally {
        chmodSync(cwd, 0o700);
      }
    },
  );
});
