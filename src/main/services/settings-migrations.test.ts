import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/host-schema';
import { CURRENT_SETTINGS_VERSION, migrateSettings, SETTINGS_MIGRATIONS } from './settings-migrations';

const current = { ...DEFAULT_SETTINGS, settingsVersion: CURRENT_SETTINGS_VERSION };

describe('settings migrations', () => {
  it('are in order of version, the last one being the current version', () => {
    const versions = SETTINGS_MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([1, 2, 3]);
    expect(CURRENT_SETTINGS_VERSION).toBe(3);
  });

  it('turn a v1 file into the current shape, renaming the old `language` key', () => {
    const v1 = { language: 'fr', theme: 'dark' };
    const outcome = migrateSettings(v1);
    expect(outcome).toEqual({
      values: { ...current, uiLanguage: 'fr', theme: 'dark' },
      from: 0,
      to: 3,
      changed: true,
    });
    expect(v1).toEqual({ language: 'fr', theme: 'dark' });
  });

  it('keep uiLanguage when a file has both it and `language`', () => {
    expect(migrateSettings({ language: 'fr', uiLanguage: 'en', settingsVersion: 0 }).values).toEqual({
      ...current,
      uiLanguage: 'en',
    });
  });

  it('run only the migrations newer than the recorded version', () => {
    const v1 = { uiLanguage: 'fr', theme: 'light', settingsVersion: 1, language: 'kept after v1' };
    expect(migrateSettings(v1).values).toEqual({
      ...current,
      uiLanguage: 'fr',
      theme: 'light',
      language: 'kept after v1',
    });
    const v2 = { ...DEFAULT_SETTINGS, vocabulary: ['Acme'], channel: 'x', settingsVersion: 2 };
    delete (v2 as Partial<typeof v2>).readabilityTargets;
    delete (v2 as Partial<typeof v2>).disabledPacks;
    expect(migrateSettings(v2)).toEqual({
      values: { ...current, vocabulary: ['Acme'], channel: 'x' },
      from: 2,
      to: 3,
      changed: true,
    });
  });

  it('give an unversioned v2 file (written before versions were recorded) its values back, versioned', () => {
    const v2 = { uiLanguage: 'fr', theme: 'dark', channel: 'blog', disabledRules: ['A.B'], vocabulary: [] };
    expect(migrateSettings(v2).values).toEqual({
      ...current,
      uiLanguage: 'fr',
      theme: 'dark',
      channel: 'blog',
      disabledRules: ['A.B'],
    });
  });

  it('leave a current file untouched', () => {
    const file = { ...current, theme: 'dark', readabilityTargets: { x: { en: { minFleschReadingEase: 80 } } } };
    const outcome = migrateSettings(file);
    expect(outcome.changed).toBe(false);
    expect(outcome.values).toEqual(file);
  });

  it('keep unknown keys, and leave a file from a newer version as it is', () => {
    expect(migrateSettings({ theme: 'dark', futureSetting: { a: 1 } }).values).toMatchObject({
      futureSetting: { a: 1 },
    });
    const newer = { ...current, settingsVersion: 9, futureSetting: true };
    expect(migrateSettings(newer)).toEqual({ values: newer, from: 9, to: 9, changed: false });
  });

  it('refuse a version that is not a whole number', () => {
    expect(() => migrateSettings({ settingsVersion: 'two' })).toThrow(/settingsVersion must be a whole number/);
    expect(() => migrateSettings({ settingsVersion: 1.5 })).toThrow(/whole number/);
    expect(() => migrateSettings({ settingsVersion: -1 })).toThrow(/whole number/);
  });
});
