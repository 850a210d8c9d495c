import Conf from 'conf';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, settingsSchema } from '../../core/host-schema';
import type { SettingKey, Settings } from '../../core/host';
import {
  CURRENT_SETTINGS_VERSION,
  migrateSettings,
  SETTINGS_VERSION_KEY,
  type SettingsFileValues,
} from './settings-migrations';

/** What conf (in the app and in the web test host) offers, and what a test can fake. */
export interface SettingsStore {
  get store(): Record<string, unknown>;
  set(key: string, value: unknown): void;
}

export interface SettingsService {
  get(): Settings;
  set<K extends SettingKey>(key: K, value: Settings[K]): Settings;
  /** What the user should be told about the settings file (a corrupt one kept aside), if anything. */
  notice(): string | undefined;
}

/**
 * Settings over a persistent store: unknown keys are ignored and a value that
 * no longer fits the schema reads as its default, so an old or hand-edited
 * file never breaks the app. `notice` is what `openSettingsStore` had to say
 * about the file; it stays for the life of the host, so that every window
 * (and a reloaded one) can show it.
 */
export function createSettingsService(store: SettingsStore, notice?: string): SettingsService {
  return {
    get() {
      const raw = store.store;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
        const parsed = v.safeParse(settingsSchema.entries[key], raw[key]);
        out[key] = parsed.success ? parsed.output : DEFAULT_SETTINGS[key];
      }
      return out as unknown as Settings;
    },
    set(key, value) {
      store.set(key, value);
      return this.get();
    },
    notice: () => notice,
  };
}

const targetNumber = { type: 'number' } as const;
const channelTargets = {
  type: 'object',
  properties: {
    en: {
      type: 'object',
      properties: { minFleschReadingEase: targetNumber, maxFleschKincaidGrade: targetNumber },
    },
    fr: { type: 'object', properties: { minKandelMoles: targetNumber, maxLix: targetNumber } },
  },
} as const;

/**
 * The JSON schema given to conf, so that what it writes is checked too. It is
 * never stricter than `settingsSchema` (which `openSettingsStore` checks the
 * file against first): conf must not refuse a file this module accepted.
 */
export const SETTINGS_JSON_SCHEMA = {
  uiLanguage: { type: 'string', enum: ['system', 'en', 'fr'], default: DEFAULT_SETTINGS.uiLanguage },
  theme: { type: 'string', enum: ['system', 'light', 'dark'], default: DEFAULT_SETTINGS.theme },
  channel: { type: 'string', enum: ['linkedin', 'x', 'mastodon', 'blog'], default: DEFAULT_SETTINGS.channel },
  disabledRules: { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.disabledRules },
  vocabulary: { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.vocabulary },
  highlightHardSentences: { type: 'boolean', default: DEFAULT_SETTINGS.highlightHardSentences },
  readabilityTargets: {
    type: 'object',
    properties: { linkedin: channelTargets, x: channelTargets, mastodon: channelTargets, blog: channelTargets },
    default: DEFAULT_SETTINGS.readabilityTargets,
  },
  disabledPacks: { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.disabledPacks },
  [SETTINGS_VERSION_KEY]: { type: 'integer', minimum: 0 },
} as const;

/** The settings file's name in its folder. */
export const SETTINGS_FILE_NAME = 'settings.json';

/** The settings store of a host, and what to tell the user about its file. */
export interface OpenedSettings {
  store: SettingsStore;
  /** Set when the file could not be used as it was: it names the file kept aside and says the settings were reset. */
  notice: string | undefined;
}

type FileCheck =
  | { kind: 'missing' }
  | { kind: 'usable'; values: SettingsFileValues; changed: boolean }
  | { kind: 'corrupt'; reason: string };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads the file, migrates it and checks every known key against the schema; nothing is written. */
function checkSettingsFile(path: string): FileCheck {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'corrupt', reason: `it cannot be read: ${errorText(error)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', reason: `it is not valid JSON: ${errorText(error)}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'corrupt', reason: 'it does not hold a JSON object' };
  }
  let migrated;
  try {
    migrated = migrateSettings(parsed as SettingsFileValues);
  } catch (error) {
    return { kind: 'corrupt', reason: errorText(error) };
  }
  const problems: string[] = [];
  for (const key of Object.keys(settingsSchema.entries) as SettingKey[]) {
    if (!(key in migrated.values)) continue;
    const result = v.safeParse(settingsSchema.entries[key], migrated.values[key]);
    if (!result.success) problems.push(`${key}: ${result.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length > 0) return { kind: 'corrupt', reason: problems.join('; ') };
  return { kind: 'usable', values: migrated.values, changed: migrated.changed };
}

/** `settings.corrupt-2025-01-31T09-15-00-000Z.json` next to the file, never over an earlier one. */
function asidePath(path: string, now: Date): string {
  const stem = basename(path).replace(/\.json$/, '');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let candidate = join(dirname(path), `${stem}.corrupt-${stamp}.json`);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dirname(path), `${stem}.corrupt-${stamp}-${n}.json`);
  return candidate;
}

/** Moves the file aside, as it is, and says so; or says why it could not (then nothing is saved this session). */
function keepAside(path: string, reason: string, now: Date): { notice: string; moved: boolean } {
  const target = asidePath(path, now);
  try {
    renameSync(path, target);
  } catch (error) {
    return {
      moved: false,
      notice:
        `Porte-voix could not read its settings file ${path} (${reason}) nor move it aside (${errorText(error)}). ` +
        'The settings were reset to their defaults for this session, and changes will not be saved. ' +
        'Check the permissions of the file and its folder, then restart Porte-voix.',
    };
  }
  return {
    moved: true,
    notice:
      `Porte-voix could not use its settings file (${reason}), so the settings were reset to their defaults. ` +
      `The old file is kept as ${target}.`,
  };
}

/** Settings kept in memory only: the last resort when the settings file can be neither used nor moved aside. */
function memoryStore(): SettingsStore {
  const values: Record<string, unknown> = structuredClone({ ...DEFAULT_SETTINGS });
  return {
    get store() {
      return structuredClone(values);
    },
    set(key, value) {
      values[key] = structuredClone(value);
    },
  };
}

function writeAtomically(path: string, values: SettingsFileValues): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(values, undefined, '\t'));
  renameSync(temporary, path);
}

/**
 * Opens the settings file of a host (`settings.json` in `dir`): the one place
 * where the Electron main process and the web test host create their store.
 *
 * The file is read and checked here first: an old file is migrated (see
 * settings-migrations.ts) and written back with its new `settingsVersion`; a
 * file that is not JSON, or whose values fail the schema, is never read as
 * defaults in silence: it is moved, content intact, to
 * `settings.corrupt-<timestamp>.json` beside it, the settings start from
 * their defaults, and `notice` says so. Opening never throws.
 *
 * @param version the app's version (conf's `projectVersion`).
 */
export function openSettingsStore(dir: string, version: string, now: () => Date = () => new Date()): OpenedSettings {
  const path = join(dir, SETTINGS_FILE_NAME);
  let notice: string | undefined;
  const fail = (reason: string): boolean => {
    const kept = keepAside(path, reason, now());
    notice = kept.notice;
    return kept.moved;
  };
  try {
    mkdirSync(dir, { recursive: true });
    const check = checkSettingsFile(path);
    if (check.kind === 'corrupt' && !fail(check.reason)) return { store: memoryStore(), notice };
    if (check.kind === 'usable' && check.changed) writeAtomically(path, check.values);
  } catch (error) {
    notice = `Porte-voix could not prepare its settings file ${path} (${errorText(error)}). ${notice ?? ''}`.trim();
  }
  const open = (): SettingsStore =>
    new Conf<Record<string, unknown>>({
      cwd: dir,
      configName: SETTINGS_FILE_NAME.replace(/\.json$/, ''),
      projectName: 'porte-voix',
      projectVersion: version,
      schema: SETTINGS_JSON_SCHEMA,
      defaults: { ...DEFAULT_SETTINGS, [SETTINGS_VERSION_KEY]: CURRENT_SETTINGS_VERSION },
      // Never reset in silence: a file conf refuses is kept aside below, with a notice.
      clearInvalidConfig: false,
    });
  try {
    return { store: open(), notice };
  } catch (error) {
    // Conf refused what the check above let through (or the file changed meanwhile): keep it aside and retry once.
    if (!existsSync(path) || !fail(errorText(error))) return { store: memoryStore(), notice };
    try {
      return { store: open(), notice };
    } catch (again) {
      return {
        store: memoryStore(),
        notice: `Porte-voix could not open its settings file ${path} (${errorText(again)}). ${notice ?? ''}`.trim(),
      };
    }
  }
}
