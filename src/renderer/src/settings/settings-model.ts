/**
 * The settings screen's edits as pure functions: a readability target typed
 * into a field, a pack turned on or off, a word added to the vocabulary.
 */
import type { ChannelId } from '../../../core/channels/channel';
import type { EnglishTarget, FrenchTarget, TargetOverrides } from '../../../core/scorecard/targets';

/** The lowest and highest target the host accepts (see `readabilityTargetsSchema`). */
export const TARGET_RANGE = { min: -100, max: 200 } as const;

/** The longest word the host accepts in the vocabulary. */
export const MAX_WORD_CHARS = 200;

/** One limit of a channel's targets: a language and the limit's key. */
export type TargetLimitKey = { language: 'en'; key: keyof EnglishTarget } | { language: 'fr'; key: keyof FrenchTarget };

/**
 * What a target field holds: a number (the user's target), `undefined` when
 * empty (the default), or `invalid` (not a number, or out of range).
 */
export function parseTarget(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed.replace(',', '.').replace('−', '-'));
  if (!Number.isFinite(value) || value < TARGET_RANGE.min || value > TARGET_RANGE.max) return 'invalid';
  return value;
}

/** The user's value of one limit, if they set one. */
export function targetValue(overrides: TargetOverrides, channel: ChannelId, limit: TargetLimitKey): number | undefined {
  const language = overrides[channel]?.[limit.language] as Readonly<Record<string, number | undefined>> | undefined;
  return language?.[limit.key];
}

/**
 * The overrides with one limit set (a number) or back to its default
 * (`undefined`). Empty languages and channels are left out, so that a
 * channel whose fields are all empty has no entry at all.
 */
export function withTarget(
  overrides: TargetOverrides,
  channel: ChannelId,
  limit: TargetLimitKey,
  value: number | undefined,
): TargetOverrides {
  type Level = Readonly<Record<string, unknown>>;
  /** `object` with `key` set to `next`, or without it when `next` is undefined or an empty object. */
  const replaced = (object: Level | undefined, key: string, next: unknown): Record<string, unknown> => {
    const rest = Object.entries(object ?? {}).filter(([k]) => k !== key);
    const empty = next === undefined || (typeof next === 'object' && next !== null && Object.keys(next).length === 0);
    return Object.fromEntries(empty ? rest : [...rest, [key, next]]);
  };
  const channelTargets = overrides[channel] as Readonly<Record<string, Level | undefined>> | undefined;
  const language = replaced(channelTargets?.[limit.language], limit.key, value);
  return replaced(overrides, channel, replaced(channelTargets, limit.language, language)) as TargetOverrides;
}

/** The packs turned off once `name` is turned on (`enabled`) or off. */
export function withPack(disabled: readonly string[], name: string, enabled: boolean): string[] {
  const rest = disabled.filter((n) => n !== name);
  return enabled ? rest : [...rest, name];
}

/** The vocabulary with `word` added (trimmed); unchanged when it is empty, too long or already there. */
export function withWord(vocabulary: readonly string[], word: string): string[] {
  const trimmed = word.trim();
  if (trimmed === '' || trimmed.length > MAX_WORD_CHARS || vocabulary.includes(trimmed)) return [...vocabulary];
  return [...vocabulary, trimmed];
}
