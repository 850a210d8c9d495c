import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { CHANNEL_IDS, type ChannelId } from '../../../core/channels/channel';
import type { ChannelSetting, SettingKey, Settings, Theme, UiLanguage } from '../../../core/host';
import { scoreLabel, type ScoreName } from '../../../core/scorecard/meanings';
import { DEFAULT_TARGETS, type TargetOverrides } from '../../../core/scorecard/targets';
import { useLocale, useLocalized } from '../i18n/i18n';
import { shortcut } from '../ui/shortcut';
import {
  parseTarget,
  TARGET_RANGE,
  MAX_WORD_CHARS,
  targetValue,
  withPack,
  withTarget,
  withWord,
  type TargetLimitKey,
} from './settings-model';
import { SETTINGS_STRINGS, type SettingsStrings } from './settings-strings';
import './settings.css';

/** A rule pack as the settings screen lists it. */
export interface SettingsPack {
  name: string;
  /** Rules that loaded. */
  rules: number;
}

/** Saves one setting: the host keeps it, and the app follows. */
export type SettingChange = <K extends SettingKey>(key: K, value: Settings[K]) => void;

export interface SettingsDialogProps {
  settings: Settings;
  /** The loaded rule packs, bundled and the user's. */
  packs: readonly SettingsPack[];
  onChange: SettingChange;
  onClose: () => void;
}

const UI_LANGUAGES: UiLanguage[] = ['system', 'en', 'fr'];
const THEMES: Theme[] = ['system', 'light', 'dark'];

/** The four limits of a channel's targets, as the table's columns. */
const LIMITS: { limit: TargetLimitKey; score: ScoreName; bound: 'min' | 'max' }[] = [
  { limit: { language: 'en', key: 'minFleschReadingEase' }, score: 'fleschReadingEase', bound: 'min' },
  { limit: { language: 'en', key: 'maxFleschKincaidGrade' }, score: 'fleschKincaidGrade', bound: 'max' },
  { limit: { language: 'fr', key: 'minKandelMoles' }, score: 'kandelMoles', bound: 'min' },
  { limit: { language: 'fr', key: 'maxLix' }, score: 'lix', bound: 'max' },
];

function defaultTarget(channel: ChannelId, limit: TargetLimitKey): number {
  const defaults = DEFAULT_TARGETS[channel];
  return limit.language === 'en' ? defaults.en[limit.key] : defaults.fr[limit.key];
}

/** The changes still waiting for the host: those its answer does not hold yet. */
function caughtUp(pending: Partial<Settings>, answered: Settings): Partial<Settings> {
  const waiting: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pending)) {
    if (JSON.stringify(answered[key as SettingKey]) !== JSON.stringify(value)) waiting[key] = value;
  }
  return waiting as Partial<Settings>;
}

/** The header button that opens the settings; Ctrl+, (⌘, on a Mac) opens them too, from anywhere. */
export function SettingsButton({ onOpen }: { onOpen: () => void }): React.JSX.Element {
  const t = useLocalized(SETTINGS_STRINGS);
  const open = useEffectEvent(() => onOpen());
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key === ',') {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
  return (
    <button type="button" className="pv-button pv-button-quiet" title={t.openHint(shortcut('Mod+,'))} onClick={onOpen}>
      {t.title}
    </button>
  );
}

/** One target field: the user's number, or empty for the default (shown as the placeholder). */
function TargetField({
  label,
  initial,
  placeholder,
  errorId,
  onCommit,
}: {
  label: string;
  initial: number | undefined;
  placeholder: number;
  errorId: string;
  onCommit: (value: number | undefined) => void;
}): React.JSX.Element {
  // The field keeps what is typed; only a valid number (or nothing) is saved.
  const [text, setText] = useState(initial === undefined ? '' : String(initial));
  const invalid = parseTarget(text) === 'invalid';
  return (
    <input
      type="number"
      inputMode="decimal"
      step="any"
      min={TARGET_RANGE.min}
      max={TARGET_RANGE.max}
      className="pv-input pv-settings-target"
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
      placeholder={String(placeholder)}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const parsed = parseTarget(event.target.value);
        if (parsed !== 'invalid') onCommit(parsed);
      }}
    />
  );
}

function TargetsTable({
  targets,
  onChange,
  t,
}: {
  targets: TargetOverrides;
  onChange: (next: TargetOverrides) => void;
  t: SettingsStrings;
}): React.JSX.Element {
  const ui = useLocale();
  const errorId = useId();
  const limitName = (score: ScoreName, bound: 'min' | 'max'): string =>
    bound === 'min' ? t.minimum(scoreLabel(score, ui)) : t.maximum(scoreLabel(score, ui));
  return (
    <>
      <table className="pv-table pv-settings-targets">
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={2}>
              {t.englishText}
            </th>
            <th scope="colgroup" colSpan={2}>
              {t.frenchText}
            </th>
          </tr>
          <tr>
            <th scope="col">{t.channel}</th>
            {LIMITS.map(({ limit, score, bound }) => (
              <th key={limit.key} scope="col">
                {limitName(score, bound)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CHANNEL_IDS.map((channel) => (
            <tr key={channel}>
              <th scope="row">{t.channelNames[channel]}</th>
              {LIMITS.map(({ limit, score, bound }) => (
                <td key={limit.key}>
                  <TargetField
                    label={t.targetField(t.channelNames[channel], limitName(score, bound))}
                    initial={targetValue(targets, channel, limit)}
                    placeholder={defaultTarget(channel, limit)}
                    errorId={errorId}
                    onCommit={(value) => onChange(withTarget(targets, channel, limit, value))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p id={errorId} className="pv-settings-hint">
        {t.targetInvalid}
      </p>
    </>
  );
}

/**
 * The settings screen, a modal dialog: interface language, theme, default
 * channel, hard-sentence highlighting, readability targets per channel, rule
 * packs, rules turned off and the vocabulary. Every change is saved at once
 * through `onChange`; Escape or Close closes it.
 */
export function SettingsDialog({ settings, packs, onChange, onClose }: SettingsDialogProps): React.JSX.Element {
  const t = useLocalized(SETTINGS_STRINGS);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  // A change shows at once, and the next one builds on it, before the host has answered: each setting
  // waits in `pending` until the settings the host answers with have caught up with it.
  const [pending, setPending] = useState<Partial<Settings>>({});
  const [answered, setAnswered] = useState(settings);
  if (answered !== settings) {
    setAnswered(settings);
    setPending(caughtUp(pending, settings));
  }
  const shown: Settings = { ...settings, ...pending };
  const change: SettingChange = (key, value) => {
    setPending((p) => ({ ...p, [key]: value }));
    onChange(key, value);
  };

  const [word, setWord] = useState('');
  const disabledPacks = new Set(shown.disabledPacks);
  const packRows: { name: string; label: string }[] = [
    ...packs.map((p) => ({ name: p.name, label: t.packLabel(p.name, p.rules) })),
    ...shown.disabledPacks
      .filter((n) => !packs.some((p) => p.name === n))
      .map((n) => ({ name: n, label: t.packNotLoaded(n) })),
  ];

  return (
    <dialog ref={dialog} className="pv-dialog pv-settings" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t.title}</h2>

      <section aria-labelledby={`${id}-general`}>
        <h3 id={`${id}-general`}>{t.general}</h3>
        <div className="pv-settings-fields">
          <label htmlFor={`${id}-ui`}>{t.uiLanguage}</label>
          <select
            id={`${id}-ui`}
            className="pv-select"
            value={shown.uiLanguage}
            onChange={(e) => change('uiLanguage', e.target.value as UiLanguage)}
          >
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l === 'system' ? undefined : l}>
                {t.uiLanguages[l]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-theme`}>{t.theme}</label>
          <select
            id={`${id}-theme`}
            className="pv-select"
            value={shown.theme}
            onChange={(e) => change('theme', e.target.value as Theme)}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t.themes[theme]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-channel`}>{t.defaultChannel}</label>
          <select
            id={`${id}-channel`}
            className="pv-select"
            value={shown.channel}
            aria-describedby={`${id}-channel-hint`}
            onChange={(e) => change('channel', e.target.value as ChannelSetting)}
          >
            {CHANNEL_IDS.map((c) => (
              <option key={c} value={c}>
                {t.channelNames[c]}
              </option>
            ))}
          </select>
          <p id={`${id}-channel-hint`} className="pv-settings-hint pv-settings-wide">
            {t.defaultChannelHint}
          </p>
          <label className="pv-check pv-settings-wide">
            <input
              type="checkbox"
              checked={shown.highlightHardSentences}
              aria-describedby={`${id}-hard-hint`}
              onChange={(e) => change('highlightHardSentences', e.target.checked)}
            />
            {t.highlightHard}
          </label>
          <p id={`${id}-hard-hint`} className="pv-settings-hint pv-settings-wide">
            {t.highlightHardHint}
          </p>
        </div>
      </section>

      <section aria-labelledby={`${id}-targets`}>
        <h3 id={`${id}-targets`}>{t.targets}</h3>
        <p className="pv-dialog-intro">{t.targetsIntro}</p>
        <TargetsTable
          targets={shown.readabilityTargets}
          onChange={(next) => change('readabilityTargets', next)}
          t={t}
        />
      </section>

      <section aria-labelledby={`${id}-packs`}>
        <h3 id={`${id}-packs`}>{t.packs}</h3>
        <p className="pv-dialog-intro">{t.packsIntro}</p>
        {packRows.length === 0 ? (
          <p>{t.noPacks}</p>
        ) : (
          <ul className="pv-settings-list" aria-labelledby={`${id}-packs`}>
            {packRows.map((pack) => (
              <li key={pack.name}>
                <label className="pv-check">
                  <input
                    type="checkbox"
                    checked={!disabledPacks.has(pack.name)}
                    onChange={(e) =>
                      change('disabledPacks', withPack(shown.disabledPacks, pack.name, e.target.checked))
                    }
                  />
                  {pack.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-rules`}>
        <h3 id={`${id}-rules`}>{t.disabledRules}</h3>
        {shown.disabledRules.length === 0 ? (
          <p className="pv-settings-hint">{t.noDisabledRules}</p>
        ) : (
          <ul className="pv-settings-list" aria-labelledby={`${id}-rules`}>
            {shown.disabledRules.map((rule) => (
              <li key={rule} className="pv-settings-item">
                <code>{rule}</code>
                <button
                  type="button"
                  className="pv-button pv-button-quiet"
                  aria-label={t.turnBackOnRule(rule)}
                  onClick={() =>
                    change(
                      'disabledRules',
                      shown.disabledRules.filter((r) => r !== rule),
                    )
                  }
                >
                  {t.turnBackOn}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-vocabulary`}>
        <h3 id={`${id}-vocabulary`}>{t.vocabulary}</h3>
        <p className="pv-dialog-intro">{t.vocabularyIntro}</p>
        {shown.vocabulary.length === 0 ? (
          <p className="pv-settings-hint">{t.noWords}</p>
        ) : (
          <ul className="pv-settings-list pv-settings-words" aria-labelledby={`${id}-vocabulary`}>
            {shown.vocabulary.map((w) => (
              <li key={w} className="pv-settings-item">
                <span>{w}</span>
                <button
                  type="button"
                  className="pv-button pv-button-quiet"
                  aria-label={t.removeWord(w)}
                  onClick={() =>
                    change(
                      'vocabulary',
                      shown.vocabulary.filter((v) => v !== w),
                    )
                  }
                >
                  {t.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="pv-settings-add"
          onSubmit={(e) => {
            e.preventDefault();
            const next = withWord(shown.vocabulary, word);
            if (next.length !== shown.vocabulary.length) change('vocabulary', next);
            setWord('');
          }}
        >
          <label htmlFor={`${id}-word`} className="pv-visually-hidden">
            {t.newWord}
          </label>
          <input
            id={`${id}-word`}
            className="pv-input"
            type="text"
            maxLength={MAX_WORD_CHARS}
            placeholder={t.newWord}
            autoComplete="off"
            spellCheck={false}
            value={word}
            onChange={(e) => setWord(e.target.value)}
          />
          <button type="submit" className="pv-button pv-button-quiet">
            {t.add}
          </button>
        </form>
      </section>

      <div className="pv-dialog-actions">
        <button type="button" className="pv-button" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
