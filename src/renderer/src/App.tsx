import { useCallback, useEffect, useRef, useState } from 'react';
import type { PorteVoixHost, Settings, Theme, UiLanguage } from '../../core/host';
import type { PvDocument } from '../../core/document/document';
import type { CheckResult } from '../../core/engine/engine';
import { Editor } from './editor/Editor';
import type { DocumentFileCommands, DocumentFileState } from './editor/plugins/DocumentFilePlugin';
import { EngineClient } from './engine/engine-client';
import { Notice } from './ui/Notice';
import { RulePacksButton, RulePacksDialog, type RulePacksState } from './ui/RulePacks';
import { StatusBar } from './ui/StatusBar';
import { LocaleProvider, resolveUiLocale, stringsFor } from './i18n/i18n';
import { shortcut } from './ui/shortcut';

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

export function App({ host }: { host: PorteVoixHost }): React.JSX.Element {
  const [result, setResult] = useState<CheckResult>();
  const [stale, setStale] = useState(false);
  const [statsError, setStatsError] = useState<string>();
  const [file, setFile] = useState<DocumentFileState>({ name: undefined, path: undefined, dirty: false });
  const [notice, setNotice] = useState<string>();
  const [settings, setSettings] = useState<Settings>();
  const [packs, setPacks] = useState<RulePacksState>();
  const [packsOpen, setPacksOpen] = useState(false);
  const [systemLocale, setSystemLocale] = useState<string>();
  const locale = resolveUiLocale(settings?.uiLanguage, systemLocale);
  const strings = stringsFor(locale);
  /** For effects that run once: the words of the current language. */
  const stringsNow = useRef(strings);
  useEffect(() => {
    stringsNow.current = strings;
  }, [strings]);
  const engine = useRef<EngineClient | null>(null);
  const lastDocument = useRef<PvDocument | undefined>(undefined);
  const fileCommands = useRef<DocumentFileCommands | null>(null);

  useEffect(() => {
    const client = new EngineClient(
      (next) => {
        setResult(next);
        setStale(false);
        setStatsError(undefined);
      },
      (message) => {
        setStale(false);
        setStatsError(message);
      },
    );
    engine.current = client;
    // The editor reports its first document before this effect runs (children's effects run first).
    if (lastDocument.current) client.check(lastDocument.current, {});
    // Rule packs: the bundled ones and the user's, loaded into the engine; their problems are listed.
    Promise.all([host.getAppInfo(), host.listRulePacks()])
      .then(async ([info, user]) => {
        setSystemLocale(info.locale);
        const loaded = await client.loadPacks(info.version, user.packs);
        setPacks({ packs: loaded, folder: user.folder, problems: user.problems });
      })
      .catch((error: Error) => setNotice(`${stringsNow.current.packsLoadFailed}: ${error.message}`));
    return () => {
      client.dispose();
      engine.current = null;
    };
  }, [host]);

  useEffect(() => {
    host.getSettings().then(
      (s) => {
        setSettings(s);
        applyTheme(s.theme);
      },
      (error: Error) => setNotice(error.message),
    );
  }, [host]);

  useEffect(() => {
    document.title = `${file.dirty ? '● ' : ''}${file.name ?? strings.untitled} — ${strings.appName}`;
  }, [file, strings]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        void fileCommands.current?.open();
      } else if (key === 's') {
        event.preventDefault();
        void fileCommands.current?.save(event.shiftKey);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onDocument = useCallback((document: PvDocument) => {
    lastDocument.current = document;
    setStale(true);
    engine.current?.check(document, {});
  }, []);

  const changeUiLanguage = (uiLanguage: UiLanguage): void => {
    host.setSetting('uiLanguage', uiLanguage).then(setSettings, (error: Error) => setNotice(error.message));
  };

  const changeTheme = (theme: Theme): void => {
    applyTheme(theme);
    host.setSetting('theme', theme).then(setSettings, (error: Error) => setNotice(error.message));
  };

  return (
    <LocaleProvider locale={locale}>
      <div className="pv-app">
        <header className="pv-header">
          <div className="pv-brand">
            <span className="pv-logo" aria-hidden="true">
              ◗
            </span>
            <span className="pv-brand-name">{strings.appName}</span>
          </div>
          <div className="pv-file" title={file.path ?? strings.untitled}>
            <span className="pv-file-name">{file.name ?? strings.untitled}</span>
            {file.dirty && (
              <span className="pv-dirty" role="img" aria-label={strings.unsaved} title={strings.unsaved}>
                ●
              </span>
            )}
          </div>
          <div className="pv-header-actions">
            <button
              type="button"
              className="pv-button pv-button-quiet"
              title={shortcut('Mod+O')}
              onClick={() => void fileCommands.current?.open()}
            >
              {strings.open}
            </button>
            <button
              type="button"
              className="pv-button"
              title={shortcut('Mod+S')}
              onClick={() => void fileCommands.current?.save()}
            >
              {strings.save}
            </button>
            <label className="pv-visually-hidden" htmlFor="pv-theme">
              {strings.theme}
            </label>
            <select
              id="pv-theme"
              className="pv-select"
              value={settings?.theme ?? 'system'}
              onChange={(e) => changeTheme(e.target.value as Theme)}
            >
              <option value="system">{strings.themeSystem}</option>
              <option value="light">{strings.themeLight}</option>
              <option value="dark">{strings.themeDark}</option>
            </select>
            <label className="pv-visually-hidden" htmlFor="pv-ui-language">
              {strings.uiLanguage}
            </label>
            <select
              id="pv-ui-language"
              className="pv-select"
              value={settings?.uiLanguage ?? 'system'}
              onChange={(e) => changeUiLanguage(e.target.value as UiLanguage)}
            >
              <option value="system">{strings.uiLanguageSystem}</option>
              <option value="en" lang="en">
                {strings.uiLanguageNames.en}
              </option>
              <option value="fr" lang="fr">
                {strings.uiLanguageNames.fr}
              </option>
            </select>
          </div>
        </header>
        {notice && <Notice message={notice} onDismiss={() => setNotice(undefined)} />}
        <main className="pv-main">
          <Editor
            host={host}
            onDocument={onDocument}
            onFileChange={setFile}
            onError={setNotice}
            fileCommands={fileCommands}
          />
        </main>
        <StatusBar result={result} stale={stale} error={statsError}>
          {packs && <RulePacksButton state={packs} onOpen={() => setPacksOpen(true)} />}
        </StatusBar>
        {packsOpen && packs && <RulePacksDialog state={packs} onClose={() => setPacksOpen(false)} />}
      </div>
    </LocaleProvider>
  );
}
