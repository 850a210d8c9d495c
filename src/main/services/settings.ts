import * as v from 'valibot';
import { DEFAULT_SETTINGS, settingsSchema } from '../../core/host-schema';
import type { SettingKey, Settings } from '../../core/host';

/** What electron-store (in the app) and conf (in the web test host) both offer. */
export interface SettingsStore {
  get store(): Record<string, unknown>;
  set(key: string, value: unknown): void;
}

export interface SettingsService {
  get(): Settings;
  set<K extends SettingKey>(key: K, value: Settings[K]): Settings;
}

/**
 * Settings over a persistent store: unknown keys are ignored and a value that
 * no longer fits the schema reads as its default, so an old or hand-edited
 * file never breaks the app.
 */
export function createSettingsService(store: SettingsStore): SettingsService {
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
  };
}

/** The JSON schema given to electron-store / conf, so the file is checked on load too. */
export const SETTINGS_JSON_SCHEMA = {
  uiLanguage: { type: 'string', enum: ['system', 'en', 'fr'], default: DEFAULT_SETTINGS.uiLanguage },
  theme: { type: 'string', enum: ['system', 'light', 'dark'], default: DEFAULT_SETTINGS.theme },
  channel: { type: 'string', enum: ['linkedin', 'x', 'mastodon', 'blog'], default: DEFAULT_SETTINGS.channel },
  disabledRules: { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.disabledRules },
  vocabulary: { type: 'array', items: { type: 'string' }, default: DEFAULT_SETTINGS.vocabulary },
  highlightHardSentences: { type: 'boolean', default: DEFAULT_SETTINGS.highlightHardSentences },
} as const;
