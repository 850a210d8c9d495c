import Conf from 'conf';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/host-schema';
import { createSettingsService, SETTINGS_JSON_SCHEMA } from './settings';

function store(cwd: string) {
  return new Conf({
    cwd,
    configName: 'settings',
    projectVersion: '0.0.0',
    schema: SETTINGS_JSON_SCHEMA,
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: true,
  });
}

describe('settings service', () => {
  it('starts from the defaults and persists changes', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pv-settings-'));
    const settings = createSettingsService(store(cwd));
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.set('theme', 'dark')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(settings.set('vocabulary', ['Porte-voix', 'LinkedIn']).vocabulary).toEqual(['Porte-voix', 'LinkedIn']);
    expect(createSettingsService(store(cwd)).get().vocabulary).toEqual(['Porte-voix', 'LinkedIn']);
    expect(createSettingsService(store(cwd)).get().theme).toBe('dark');
    expect(JSON.parse(readFileSync(join(cwd, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'dark' });
  });

  it('reads a hand-edited value that no longer fits as its default, and ignores unknown keys', () => {
    const values: Record<string, unknown> = { theme: 'purple', uiLanguage: 'fr', extra: 1 };
    const settings = createSettingsService({ store: values, set: (k, v) => (values[k] = v) });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' });
  });

  it('does not crash on a corrupt settings file', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pv-settings-'));
    writeFileSync(join(cwd, 'settings.json'), '{ not json');
    expect(createSettingsService(store(cwd)).get()).toEqual(DEFAULT_SETTINGS);
  });
});
