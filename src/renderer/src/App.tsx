import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { setFrontMatterFields } from '../../core/article/front-matter-edit';
import { isChannelId, type ChannelId } from '../../core/channels/channel';
import type { PvDocument } from '../../core/document/document';
import type { Diagnostic } from '../../core/engine/diagnostic';
import type { CheckResult, EngineConfig } from '../../core/engine/engine';
import type {
  AppInfo,
  ChannelSetting,
  ImportedRulePack,
  PorteVoixHost,
  PorteVoixMenu,
  Settings,
  Theme,
  UiLanguage,
} from '../../core/host';
import { readArticleMeta } from '../../core/article/meta';
import { ArticlePanel } from './article/ArticlePanel';
import { RestoreBanner } from './backup/RestoreBanner';
import { IssueCard } from './card/IssueCard';
import { CARD_STRINGS } from './card/card-strings';
import { ChannelCounter } from './channels/ChannelCounter';
import { ChannelPanel } from './channels/ChannelPanel';
import { channelView, type ChannelView } from './channels/channel-view';
import { Editor } from './editor/Editor';
import { marksOf, type TextFlag } from './editor/marks/marks';
import type { DocumentFileCommands, DocumentFileState } from './editor/plugins/DocumentFilePlugin';
import type { EditorCommands } from './editor/plugins/EditorCommandsPlugin';
import type { LiveMark } from './editor/plugins/MarksPlugin';
import { EngineClient } from './engine/engine-client';
import { ExportMenu } from './export/ExportMenu';
import { NewDocumentButton } from './files/FileDialogs';
import { useFileActions } from './files/use-file-actions';
import { LocaleProvider, resolveUiLocale, stringsFor } from './i18n/i18n';
import { IssuesPanel } from './issues/IssuesPanel';
import { DiskChangeBanner } from './library/DiskChangeBanner';
import { LibraryDialog, useOpenFromLibrary } from './library/LibraryDialog';
import { LibrarySync } from './library/LibrarySync';
import { libraryFacts } from './library/library-model';
import { LIBRARY_STRINGS } from './library/library-strings';
import { nextIssue } from './issues/issues-model';
import { usePublishing } from './publish/use-publishing';
import { ScorecardPanel } from './scorecard/ScorecardPanel';
import { Notice } from './ui/Notice';
import { RulePacksButton, RulePacksDialog, type RulePacksState } from './ui/RulePacks';
import { SettingsButton, SettingsDialog } from './settings/SettingsDialog';
import { withPack } from './settings/settings-model';
import { shortcut } from './ui/shortcut';
import { Sidebar, type SidebarTab } from './ui/Sidebar';
import { StatusBar } from './ui/StatusBar';

/** A performance mark (only the latest of each name is kept), read by the marks benchmark. */
function markTiming(name: string, id: number): void {
  performance.clearMarks(name);
  performance.mark(name, { detail: id });
}

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

/** The same finding, ignored "here": this rule on this text in this block, for this session. */
function ignoreKey(d: Pick<Diagnostic, 'ruleId' | 'blockId' | 'actual'>): string {
  return `${d.ruleId}\u0000${d.blockId}\u0000${d.actual}`;
}

interface CardState {
  id: string;
  /** What opened it: the pointer, the caret (keyboard), or a jump (F8, the Issues panel). */
  source: 'hover' | 'caret';
  /** The keyboard focus is in the card. */
  focused: boolean;
}

const CHANNELS: ChannelSetting[] = ['linkedin', 'x', 'mastodon', 'blog'];

/**
 * How long the pre-publish gate waits for the check of the last edit before it falls back to the last finished
 * check (a check of a 10,000-word article takes well under a second; the French speller's first load, seconds).
 */
const GATE_WAIT_MS = 10_000;

/**
 * Rule packs: the bundled ones and the user's, loaded into the engine, with their problems to list. Run at the start,
 * and again after an import or a removal: the engine then checks the text again with the new rules.
 */
async function loadRulePacks(
  host: PorteVoixHost,
  client: EngineClient,
  onAppInfo: (info: AppInfo) => void = () => undefined,
): Promise<RulePacksState> {
  const [info, user] = await Promise.all([host.getAppInfo(), host.listRulePacks()]);
  onAppInfo(info);
  const loaded = await client.loadPacks(info.version, user.packs);
  return { packs: loaded, folder: user.folder, problems: user.problems };
}

export function App({
  host,
  menu,
}: {
  host: PorteVoixHost;
  /** The native menu (desktop app only). */
  menu?: PorteVoixMenu | undefined;
}): React.JSX.Element {
  const [checked, setChecked] = useState<{ result: CheckResult; doc: PvDocument; id: number }>();
  const [channelCount, setChannelCount] = useState<ChannelView>();
  const [stale, setStale] = useState(false);
  const [statsError, setStatsError] = useState<string>();
  const [file, setFile] = useState<DocumentFileState>({ name: undefined, path: undefined, dirty: false });
  const [notice, setNotice] = useState<string>();
  const [settings, setSettings] = useState<Settings>();
  const [packs, setPacks] = useState<RulePacksState>();
  const [packsOpen, setPacksOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [draftsOpen, setDraftsOpen] = useState(false);
  const [systemLocale, setSystemLocale] = useState<string>();
  const [frontMatter, setFrontMatter] = useState<string>();
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const [card, setCard] = useState<CardState>();
  const [suggestions, setSuggestions] = useState<{ id: string; words: string[] }>();
  const [announcement, setAnnouncement] = useState('');
  const [tab, setTab] = useState<SidebarTab>('issues');
  const locale = resolveUiLocale(settings?.uiLanguage, systemLocale);
  const strings = stringsFor(locale);
  const cardStrings = CARD_STRINGS[locale];
  /** For effects that run once: the words of the current language. */
  const stringsNow = useRef(strings);
  useEffect(() => {
    stringsNow.current = strings;
  }, [strings]);
  const engine = useRef<EngineClient | null>(null);
  const lastDocument = useRef<PvDocument | undefined>(undefined);
  const fileCommands = useRef<DocumentFileCommands | null>(null);
  const editorCommands = useRef<EditorCommands | null>(null);
  const liveMarks = useRef<Map<string, LiveMark>>(new Map());
  const pointerOnCard = useRef(false);
  const hideTimer = useRef<number | undefined>(undefined);
  // New, Open, Save: asking first when unsaved work would be lost; drag and drop; the native menu.
  const fileActions = useFileActions({ fileCommands, file, menu, locale, onError: setNotice });
  const runFile = fileActions.run;

  // The channel: the document's front matter says it, else the setting (the one picked last).
  const meta = useMemo(
    () => readArticleMeta({ title: '', blocks: [], ...(frontMatter === undefined ? {} : { frontMatter }) }, locale),
    [frontMatter, locale],
  );
  const frontMatterChannel = meta.meta.channel;
  const channel: ChannelId =
    frontMatterChannel && isChannelId(frontMatterChannel) ? frontMatterChannel : (settings?.channel ?? 'linkedin');

  const config = useMemo<EngineConfig>(
    () => ({
      disabledRules: settings?.disabledRules ?? [],
      disabledPacks: settings?.disabledPacks ?? [],
      vocabulary: settings?.vocabulary ?? [],
      channel,
      ui: locale,
    }),
    [settings?.disabledRules, settings?.disabledPacks, settings?.vocabulary, channel, locale],
  );
  const configNow = useRef(config);

  useEffect(() => {
    const client = new EngineClient(
      (result, doc, id) => {
        // Unchanged blocks keep their diagnostic objects (see findings-delta.ts): the Issues panel redraws only
        // the findings that changed.
        setChecked({ result, doc, id });
        setStale(false);
        setStatsError(undefined);
      },
      (message) => {
        setStale(false);
        setStatsError(message);
      },
      (view) => setChannelCount(view),
    );
    engine.current = client;
    // The editor reports its first document before this effect runs (children's effects run first).
    if (lastDocument.current) client.check(lastDocument.current, configNow.current);
    loadRulePacks(host, client, (info) => setSystemLocale(info.locale)).then(setPacks, (error: Error) =>
      setNotice(`${stringsNow.current.packsLoadFailed}: ${error.message}`),
    );
    return () => {
      client.dispose();
      engine.current = null;
    };
  }, [host]);

  // A new configuration (rules turned off, vocabulary, channel, language) checks the text again.
  useEffect(() => {
    configNow.current = config;
    if (lastDocument.current) {
      setStale(true);
      engine.current?.check(lastDocument.current, config);
    }
  }, [config]);

  useEffect(() => {
    host.getSettings().then(
      (s) => {
        setSettings(s);
        applyTheme(s.theme);
      },
      (error: Error) => setNotice(error.message),
    );
    // A settings file that could not be used was kept aside, and the settings reset: the host says so.
    host.getSettingsNotice().then(
      (message) => message !== undefined && setNotice(message),
      (error: Error) => setNotice(error.message),
    );
  }, [host]);

  useEffect(() => {
    document.title = `${file.dirty ? '● ' : ''}${file.name ?? strings.untitled} — ${strings.appName}`;
  }, [file, strings]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const withFrontMatter = useCallback(
    (doc: PvDocument, yaml: string | undefined): PvDocument =>
      yaml === undefined ? doc : { ...doc, frontMatter: yaml },
    [],
  );

  const onDocument = useCallback((doc: PvDocument) => {
    lastDocument.current = doc;
    setStale(true);
    const id = engine.current?.check(doc, configNow.current);
    // For `npm run bench:marks`: when each check was asked for, and (below) when its marks were painted.
    if (id !== undefined) markTiming('pv-check-requested', id);
  }, []);

  const saveSetting = useCallback(
    <K extends keyof Settings>(key: K, value: Settings[K]) => {
      host.setSetting(key, value).then(setSettings, (error: Error) => setNotice(error.message));
    },
    [host],
  );

  const changeTheme = (theme: Theme): void => {
    applyTheme(theme);
    saveSetting('theme', theme);
  };

  const changeMeta = useCallback(
    (patch: { title?: string; description?: string; tags?: string[]; channel?: string }) => {
      try {
        const yaml = setFrontMatterFields(frontMatter, patch);
        setFrontMatter(yaml);
        fileCommands.current?.setFrontMatter(yaml);
      } catch (error) {
        setNotice((error as Error).message);
      }
    },
    [frontMatter],
  );

  const changeChannel = (next: ChannelSetting): void => {
    saveSetting('channel', next);
    // A document that says its channel keeps saying it, with the new one.
    if (frontMatterChannel !== undefined) changeMeta({ channel: next });
  };

  // What is shown: the check's findings less those ignored here.
  const diagnostics = useMemo(
    () => (checked ? checked.result.diagnostics.filter((d) => !ignored.has(ignoreKey(d))) : []),
    [checked, ignored],
  );
  const byId = useMemo(() => new Map(diagnostics.map((d) => [d.id, d])), [diagnostics]);

  // The drafts library: what it keeps about the document (see LibrarySync), and opening one of its documents.
  const libraryNow = useMemo(
    () =>
      libraryFacts({
        frontMatterTitle: meta.meta.title,
        doc: checked?.doc,
        result: checked?.result,
        diagnostics,
        channel,
      }),
    [meta, checked, diagnostics, channel],
  );
  const openFromLibrary = useOpenFromLibrary(fileCommands, editorCommands, fileActions.mayReplace);

  // The findings of the text as it is now: once the check of the last edit has finished (at most GATE_WAIT_MS).
  const currentDiagnostics = useCallback(async () => (await engine.current?.current(GATE_WAIT_MS))?.diagnostics, []);

  // Publishing: the Publish… button and dialog (Ctrl+Shift+P), and the gate that copies and publications pass when
  // the document has error-level findings (ignored ones count too).
  const publishing = usePublishing({
    host,
    frontMatter,
    setFrontMatter,
    fileCommands,
    editorCommands,
    diagnostics: checked?.result.diagnostics ?? [],
    currentDiagnostics,
    documentPath: file.path,
    packs: packs?.packs ?? [],
    disabledPacks: settings?.disabledPacks ?? [],
    menu,
  });

  // The channel's count follows each check, computed in the engine's worker: typing never waits for it.
  const view = useMemo(
    () =>
      channelCount && channelCount.channel === channel ? channelCount : channelView({ title: '', blocks: [] }, channel),
    [channelCount, channel],
  );
  const checkedDoc = useMemo(
    () => withFrontMatter(checked?.doc ?? { title: '', blocks: [] }, frontMatter),
    [checked, frontMatter, withFrontMatter],
  );

  const hemingway = settings?.highlightHardSentences ?? true;
  const markSet = useMemo(
    () => marksOf(checked?.doc ?? { title: '', blocks: [] }, diagnostics, { hemingway, overflow: view.overflow }),
    [checked, diagnostics, hemingway, view.overflow],
  );
  // Child effects run first: by now MarksPlugin has painted this check's marks.
  useEffect(() => {
    if (checked) markTiming('pv-marks-painted', checked.id);
  }, [markSet, checked]);

  const flags = useMemo<TextFlag[]>(() => {
    const out: TextFlag[] = [];
    if (view.folds.mobile) out.push({ id: 'fold-mobile', label: strings.foldMobile, ...view.folds.mobile });
    if (view.folds.desktop) out.push({ id: 'fold-desktop', label: strings.foldDesktop, ...view.folds.desktop });
    return out;
  }, [view.folds, strings]);

  // Cards: the pointer opens one, the caret too; the caret's stays while the caret is in the finding.
  const onHover = useCallback((mark: LiveMark | undefined) => {
    window.clearTimeout(hideTimer.current);
    if (mark) {
      setCard((c) => (c?.focused || c?.source === 'caret' ? c : { id: mark.id, source: 'hover', focused: false }));
      return;
    }
    hideTimer.current = window.setTimeout(() => {
      if (!pointerOnCard.current) setCard((c) => (c?.source === 'hover' && !c.focused ? undefined : c));
    }, 350);
  }, []);
  const onCaret = useCallback(
    (marks: readonly LiveMark[]) => {
      const [first] = marks;
      if (!first) {
        setCard((c) => (c?.source === 'caret' && !c.focused ? undefined : c));
        return;
      }
      // Several findings on the same words: the one already open stays (a jump chose it).
      const open = (c: CardState | undefined): boolean => c !== undefined && marks.some((m) => m.id === c.id);
      setCard((c) => (open(c) && c ? { ...c, source: 'caret' } : { id: first.id, source: 'caret', focused: false }));
      const d = byId.get(first.id);
      if (d) setAnnouncement(cardStrings.announce(d.message));
    },
    [byId, cardStrings],
  );

  const cardDiagnostic = card ? byId.get(card.id) : undefined;
  /** Where the card's finding is on screen now (read when the card lays itself out). */
  const locateCard = useCallback((): DOMRect | undefined => {
    const mark = card ? liveMarks.current.get(card.id) : undefined;
    return mark?.text.range(mark.range.start, mark.range.end)?.getBoundingClientRect();
  }, [card]);

  // Spelling suggestions are computed when a card asks for them.
  useEffect(() => {
    if (!cardDiagnostic || !cardDiagnostic.ruleId.endsWith('.Spelling') || cardDiagnostic.expected.length > 0) return;
    if (suggestions?.id === cardDiagnostic.id) return;
    const language = checked?.result.blockLanguages[cardDiagnostic.blockId] ?? 'en';
    let live = true;
    engine.current?.suggest(cardDiagnostic.actual, language).then(
      (words) => live && setSuggestions({ id: cardDiagnostic.id, words }),
      () => live && setSuggestions({ id: cardDiagnostic.id, words: [] }),
    );
    return () => {
      live = false;
    };
  }, [cardDiagnostic, checked, suggestions]);

  const closeCard = useCallback(() => {
    setCard(undefined);
    editorCommands.current?.focus();
  }, []);

  const jumpTo = useCallback(
    (d: Diagnostic) => {
      const live = liveMarks.current.get(d.id);
      const range = live?.range ?? d.range;
      editorCommands.current?.select(d.blockId, range.start, range.end);
      setCard({ id: d.id, source: 'caret', focused: false });
      setAnnouncement(cardStrings.announce(d.message));
    },
    [cardStrings],
  );

  // Keyboard: F8 / Shift+F8 go through the findings, Alt+Enter (or Ctrl+.) acts on the one at the caret.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'F8') {
        event.preventDefault();
        const order = new Map((lastDocument.current?.blocks ?? []).map((b, i) => [b.id, i]));
        const at = editorCommands.current?.caret();
        const next = nextIssue(diagnostics, at, order, event.shiftKey ? -1 : 1, card?.id);
        if (next) jumpTo(next);
        return;
      }
      if ((event.altKey && event.key === 'Enter') || ((event.ctrlKey || event.metaKey) && event.key === '.')) {
        if (!card) return;
        // Before the editor sees it (Alt+Enter would start a new paragraph there).
        event.preventDefault();
        event.stopPropagation();
        setCard({ ...card, focused: true });
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      // With a native menu (the desktop app), its accelerators run New, Open, Save and Save As (see
      // src/main/menu.ts): acting here too would act twice.
      if (menu && (key === 's' || ((key === 'n' || key === 'o') && !event.shiftKey))) return;
      if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        runFile('new');
      } else if (key === 'o' && !event.shiftKey) {
        event.preventDefault();
        runFile('open');
      } else if (key === 'o') {
        event.preventDefault();
        setDraftsOpen(true);
      } else if (key === 's') {
        event.preventDefault();
        runFile(event.shiftKey ? 'saveAs' : 'save');
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [diagnostics, card, jumpTo, runFile, menu]);

  const applyFix = (d: Diagnostic, replacement: string): void => {
    const live = liveMarks.current.get(d.id);
    const range = live?.range ?? d.range;
    const done = editorCommands.current?.replace(d.blockId, range.start, range.end, d.actual, replacement) ?? false;
    setCard(undefined);
    if (!done) setNotice(cardStrings.fixFailed);
  };

  // The Rule packs dialog: import and remove the user's packs (then load them all again), turn packs on and off.
  const reloadRulePacks = async (): Promise<void> => {
    if (engine.current) setPacks(await loadRulePacks(host, engine.current));
  };
  const importRulePack = async (): Promise<ImportedRulePack | undefined> => {
    const choice = await host.chooseRulePackSource();
    if (choice.canceled) return undefined;
    const imported = await host.importRulePack({ path: choice.path });
    await reloadRulePacks();
    return imported;
  };
  const removeRulePack = async (name: string): Promise<void> => {
    await host.removeRulePack(name);
    await reloadRulePacks();
  };
  const togglePack = (name: string, enabled: boolean): void =>
    saveSetting('disabledPacks', withPack(settings?.disabledPacks ?? [], name, enabled));

  const addUnique = (list: readonly string[] | undefined, value: string): string[] =>
    list?.includes(value) ? [...list] : [...(list ?? []), value];

  const sidebarTabs: { id: SidebarTab; label: string; content: React.ReactNode }[] = [
    {
      id: 'issues',
      label: strings.tabIssues(diagnostics.length),
      content: <IssuesPanel diagnostics={diagnostics} activeId={card?.id} onSelect={jumpTo} />,
    },
    {
      id: 'score',
      label: strings.tabScore,
      content: checked ? (
        <ScorecardPanel
          result={checked.result}
          doc={checkedDoc}
          channel={channel}
          targets={settings?.readabilityTargets}
        />
      ) : null,
    },
    {
      id: 'channel',
      label: channel === 'blog' ? strings.tabArticle : strings.tabPost,
      content:
        channel === 'blog' ? (
          <ArticlePanel
            doc={checkedDoc}
            readingTimeMinutes={checked?.result.summary.readingTimeMinutes ?? 0}
            onJump={(blockId) => editorCommands.current?.select(blockId, 0, 0)}
            onMetaChange={changeMeta}
          />
        ) : (
          <ChannelPanel
            view={view}
            onJump={(target) => editorCommands.current?.select(target.blockId, target.offset, target.offset)}
          />
        ),
    },
  ];

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
            <label className="pv-visually-hidden" htmlFor="pv-channel">
              {strings.channel}
            </label>
            <select
              id="pv-channel"
              className="pv-select"
              value={channel}
              onChange={(e) => changeChannel(e.target.value as ChannelSetting)}
            >
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {strings.channelNames[c]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="pv-button pv-button-quiet"
              aria-pressed={hemingway}
              title={strings.hemingwayHint}
              onClick={() => saveSetting('highlightHardSentences', !hemingway)}
            >
              {strings.hemingway}
            </button>
            <NewDocumentButton onNew={() => runFile('new')} />
            <button
              type="button"
              className="pv-button pv-button-quiet"
              title={shortcut('Mod+O')}
              onClick={() => runFile('open')}
            >
              {strings.open}
            </button>
            <button
              type="button"
              className="pv-button pv-button-quiet"
              title={`${LIBRARY_STRINGS[locale].draftsHint} (${shortcut('Mod+Shift+O')})`}
              onClick={() => setDraftsOpen(true)}
            >
              {LIBRARY_STRINGS[locale].drafts}
            </button>
            <button type="button" className="pv-button" title={shortcut('Mod+S')} onClick={() => runFile('save')}>
              {strings.save}
            </button>
            <ExportMenu
              host={host}
              editorCommands={editorCommands}
              channel={channel}
              frontMatter={frontMatter}
              meta={meta.meta}
              fileName={file.name}
              onError={setNotice}
              gate={publishing.gate}
            />
            {publishing.button}
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
            <SettingsButton onOpen={() => setSettingsOpen(true)} />
            <label className="pv-visually-hidden" htmlFor="pv-ui-language">
              {strings.uiLanguage}
            </label>
            <select
              id="pv-ui-language"
              className="pv-select"
              value={settings?.uiLanguage ?? 'system'}
              onChange={(e) => saveSetting('uiLanguage', e.target.value as UiLanguage)}
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
        <RestoreBanner host={host} fileCommands={fileCommands} onError={setNotice} />
        <DiskChangeBanner host={host} file={file} fileCommands={fileCommands} />
        <div className="pv-workspace">
          <main className="pv-main">
            <Editor
              host={host}
              onDocument={onDocument}
              onFileChange={setFile}
              onFrontMatter={setFrontMatter}
              onError={setNotice}
              fileCommands={fileCommands}
              editorCommands={editorCommands}
              marks={{ marks: markSet, activeId: card?.id, flags, onHover, onCaret, liveMarksRef: liveMarks }}
            />
          </main>
          <Sidebar label={strings.sidebar} tabs={sidebarTabs} selected={tab} onSelect={setTab} />
        </div>
        <LibrarySync
          host={host}
          fileCommands={fileCommands}
          editorCommands={editorCommands}
          facts={libraryNow}
          checkId={checked?.id}
        />
        {draftsOpen && (
          <LibraryDialog
            host={host}
            onOpen={(entry) => void openFromLibrary(entry)}
            onClose={() => setDraftsOpen(false)}
          />
        )}
        <StatusBar result={checked?.result} stale={stale} error={statsError}>
          <ChannelCounter view={view} />
          {packs && <RulePacksButton state={packs} onOpen={() => setPacksOpen(true)} />}
        </StatusBar>
        {packsOpen && packs && (
          <RulePacksDialog
            state={packs}
            disabledPacks={settings?.disabledPacks ?? []}
            onTogglePack={togglePack}
            onImport={importRulePack}
            onRemove={removeRulePack}
            onClose={() => setPacksOpen(false)}
          />
        )}
        {settingsOpen && settings && (
          <SettingsDialog
            settings={settings}
            packs={packs?.packs ?? []}
            onChange={(key, value) => (key === 'theme' ? changeTheme(value as Theme) : saveSetting(key, value))}
            onClose={() => setSettingsOpen(false)}
          />
        )}
        {card && cardDiagnostic && (
          <IssueCard
            diagnostic={cardDiagnostic}
            locate={locateCard}
            suggestions={suggestions?.id === cardDiagnostic.id ? suggestions.words : undefined}
            focused={card.focused}
            canAddWord={cardDiagnostic.ruleId.endsWith('.Spelling')}
            onFix={(replacement) => applyFix(cardDiagnostic, replacement)}
            onIgnore={() => {
              setIgnored((set) => new Set([...set, ignoreKey(cardDiagnostic)]));
              closeCard();
            }}
            onDisableRule={() => {
              saveSetting('disabledRules', addUnique(settings?.disabledRules, cardDiagnostic.ruleId));
              closeCard();
            }}
            onAddWord={() => {
              saveSetting('vocabulary', addUnique(settings?.vocabulary, cardDiagnostic.actual));
              closeCard();
            }}
            onClose={closeCard}
            onPointer={(inside) => {
              pointerOnCard.current = inside;
              if (!inside) onHover(undefined);
            }}
          />
        )}
        {fileActions.ui}
        {publishing.ui}
        <div className="pv-visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </div>
    </LocaleProvider>
  );
}
