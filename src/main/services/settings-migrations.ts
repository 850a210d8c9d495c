/**
 * The versions of the settings file, and how a file of each version becomes
 * the next. The file records its version in `settingsVersion`; a file without
 * one was written before versions were recorded and starts from 0, so every
 * migration runs on it (each one only adds or renames what is missing, which
 * is harmless on a file that already has it).
 *
 * Unknown keys are kept in the file, untouched: the app ignores them, so a
 * key written by a newer version (or by hand) survives a round trip through
 * this one. Only a migration's own rename removes a key.
 */
import { DEFAULT_SETTINGS } from '../../core/host-schema';

/** The key of the file's version. Not a setting: the UI neither reads nor writes it. */
export const SETTINGS_VERSION_KEY = 'settingsVersion';

/** The raw content of a settings file: a JSON object. */
export type SettingsFileValues = Record<string, unknown>;

/** One step: what a file becomes at `version`. */
export interface SettingsMigration {
  /** The version the file has after this migration. */
  version: number;
  /** What changed at this version, for the people who read this list. */
  description: string;
  /** Returns the migrated values; never changes its argument. */
  migrate: (values: Readonly<SettingsFileValues>) => SettingsFileValues;
}

function withDefaults(values: Readonly<SettingsFileValues>, keys: readonly (keyof typeof DEFAULT_SETTINGS)[]) {
  const out: SettingsFileValues = { ...values };
  for (const key of keys) {
    if (!(key in out)) out[key] = structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out;
}

/** Every migration, in order of version. The last one's version is the current version. */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  {
    version: 1,
    description:
      'The first settings: uiLanguage and theme. The earliest builds wrote the interface language as `language`: ' +
      'it is renamed to `uiLanguage` (unless the file already has one, which wins).',
    migrate: (values) => {
      const out = { ...values };
      if ('language' in out) {
        if (!('uiLanguage' in out)) out['uiLanguage'] = out['language'];
        delete out['language'];
      }
      return withDefaults(out, ['uiLanguage', 'theme']);
    },
  },
  {
    version: 2,
    description: 'Adds channel, disabledRules, vocabulary and highlightHardSentences.',
    migrate: (values) => withDefaults(values, ['channel', 'disabledRules', 'vocabulary', 'highlightHardSentences']),
  },
  {
    version: 3,
    description: 'Adds readabilityTargets (per channel) and disabledPacks.',
    migrate: (values) => withDefaults(values, ['readabilityTargets', 'disabledPacks']),
  },
];

/** The version this build writes: the last migration's. */
export const CURRENT_SETTINGS_VERSION: number = SETTINGS_MIGRATIONS.at(-1)?.version ?? 0;

/** The outcome of migrating a file's values. */
export interface MigrationOutcome {
  values: SettingsFileValues;
  /** The file's version before (0 when it recorded none). */
  from: number;
  /** The file's version after: the current one, or the file's own when it is newer than this build. */
  to: number;
  /** Whether anything changed, so that the file needs writing. */
  changed: boolean;
}

/**
 * The file's version: `settingsVersion`, or 0 when it records none. A version
 * that is not a whole number from 0 up is an error (the file is corrupt).
 */
export function settingsFileVersion(values: Readonly<SettingsFileValues>): number {
  const version = values[SETTINGS_VERSION_KEY];
  if (version === undefined) return 0;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new Error(`${SETTINGS_VERSION_KEY} must be a whole number, not ${JSON.stringify(version)}`);
  }
  return version;
}

/**
 * Applies, in order, the migrations newer than the file's version, and
 * records the current version. A file from a newer build is left as it is
 * (its version too): this build reads the keys it knows and keeps the rest.
 */
export function migrateSettings(
  values: Readonly<SettingsFileValues>,
  migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
): MigrationOutcome {
  const from = settingsFileVersion(values);
  let out: SettingsFileValues = { ...values };
  let to = from;
  for (const migration of migrations) {
    if (migration.version <= to) continue;
    out = migration.migrate(out);
    to = migration.version;
  }
  if (to !== from) out[SETTINGS_VERSION_KEY] = to;
  return { values: out, from, to, changed: to !== from };
}
