import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LibraryEntry, PorteVoixHost } from '../../../core/host';
import type { DocumentFileCommands } from '../editor/plugins/DocumentFilePlugin';
import type { EditorCommands } from '../editor/plugins/EditorCommandsPlugin';
import { useLocale, useLocalized, useStrings } from '../i18n/i18n';
import { RECENT_DOCUMENTS, searchLibrary } from './library-model';
import { LIBRARY_STRINGS } from './library-strings';
import './library.css';

interface Props {
  host: PorteVoixHost;
  /** Called once the dialog has closed, with the entry the user chose to open. */
  onOpen: (entry: LibraryEntry) => void;
  onClose: () => void;
}

const COLUMNS = 6;

/**
 * The drafts library: every document the user opened or saved, the most recent first (the first ten are the
 * recent documents), with a search box that filters by title, file name, channel and language whatever the case
 * and accents. Enter or a click on a title opens the document; Forget removes it from the library (never the
 * file). A modal dialog: Escape closes it.
 */
export function LibraryDialog({ host, onOpen, onClose }: Props): React.JSX.Element {
  const t = useLocalized(LIBRARY_STRINGS);
  const strings = useStrings();
  const locale = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [entries, setEntries] = useState<LibraryEntry[]>();
  const [error, setError] = useState<string>();
  const [query, setQuery] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    host.listLibrary().then(
      (all) => live && setEntries(all),
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [host]);

  const dates = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const numbers = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const shown = useMemo(
    () =>
      searchLibrary(entries ?? [], query, {
        channel: (c) => strings.channelNames[c],
        language: (l) => strings.languageNames[l],
      }),
    [entries, query, strings],
  );
  const searching = query.trim() !== '';
  const groups: { label: string | undefined; rows: LibraryEntry[] }[] = searching
    ? [{ label: undefined, rows: shown }]
    : [
        { label: t.recent, rows: shown.slice(0, RECENT_DOCUMENTS) },
        { label: t.older, rows: shown.slice(RECENT_DOCUMENTS) },
      ];

  const open = useCallback(
    (entry: LibraryEntry) => {
      dialog.current?.close();
      onOpen(entry);
    },
    [onOpen],
  );

  const forget = (entry: LibraryEntry): void => {
    host.forgetLibraryEntry(entry.path).then(
      () => {
        setEntries((all) => all?.filter((e) => e.path !== entry.path));
        search.current?.focus();
      },
      (failure: Error) => setError(t.forgetFailed(failure.message)),
    );
  };

  const onSearchKey = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      const [first] = shown;
      if (!first) return;
      event.preventDefault();
      open(first);
    } else if (event.key === 'ArrowDown') {
      const button = table.current?.querySelector<HTMLButtonElement>('.pv-library-open');
      if (!button) return;
      event.preventDefault();
      button.focus();
    }
  };

  return (
    <dialog ref={dialog} className="pv-dialog pv-library" aria-labelledby="pv-library-title" onClose={onClose}>
      <h2 id="pv-library-title">{t.drafts}</h2>
      <p className="pv-dialog-intro">{t.intro}</p>
      <label className="pv-library-search">
        <span>{t.search}</span>
        <input
          ref={search}
          type="search"
          className="pv-library-input"
          value={query}
          placeholder={t.searchPlaceholder}
          autoFocus
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
        />
      </label>
      <p className="pv-visually-hidden" aria-live="polite">
        {searching && entries ? t.matches(shown.length) : ''}
      </p>
      {error !== undefined && (
        <p className="pv-library-error" role="alert">
          {entries === undefined ? t.listFailed(error) : error}
        </p>
      )}
      {entries === undefined && error === undefined && <p>{t.loading}</p>}
      {entries !== undefined && entries.length === 0 && <p>{t.empty}</p>}
      {entries !== undefined && entries.length > 0 && shown.length === 0 && <p>{t.noMatch(query.trim())}</p>}
      {shown.length > 0 && (
        <div className="pv-library-scroll">
          <table ref={table} className="pv-table pv-library-table">
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                <th scope="col">{t.channel}</th>
                <th scope="col">{t.language}</th>
                <th scope="col">{t.lastEdit}</th>
                <th scope="col">{t.score}</th>
                <th scope="col">
                  <span className="pv-visually-hidden">{t.actions}</span>
                </th>
              </tr>
            </thead>
            {groups
              .filter((group) => group.rows.length > 0)
              .map((group) => (
                <tbody key={group.label ?? 'matches'}>
                  {group.label !== undefined && (
                    <tr className="pv-library-group">
                      <th scope="rowgroup" colSpan={COLUMNS}>
                        {group.label}
                      </th>
                    </tr>
                  )}
                  {group.rows.map((entry) => {
                    const title = entry.title || entry.name;
                    return (
                      <tr key={entry.path}>
                        <th scope="row">
                          <button
                            type="button"
                            className="pv-library-open"
                            title={t.openHint(entry.path)}
                            onClick={() => open(entry)}
                          >
                            <span className="pv-library-title">{title}</span>
                            {entry.title !== '' && <span className="pv-library-name">{entry.name}</span>}
                          </button>
                        </th>
                        <td>{entry.channel === undefined ? '—' : strings.channelNames[entry.channel]}</td>
                        <td>{entry.language === undefined ? '—' : strings.languageNames[entry.language]}</td>
                        <td>
                          <time dateTime={entry.editedAt}>{dates.format(new Date(entry.editedAt))}</time>
                        </td>
                        <td>{entry.score === undefined ? '—' : t.scoreText(entry.score, (n) => numbers.format(n))}</td>
                        <td>
                          <button
                            type="button"
                            className="pv-button pv-button-quiet"
                            title={t.forgetHint(title)}
                            onClick={() => forget(entry)}
                          >
                            {t.forget}
                            <span className="pv-visually-hidden"> {title}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              ))}
          </table>
        </div>
      )}
      <div className="pv-dialog-actions">
        <button type="button" className="pv-button" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Opens a library entry in the editor, where the user left off: asks first when the document in the editor has
 * unsaved changes (`mayReplace`, else a plain confirmation), then restores the caret and the page's scroll position.
 */
export function useOpenFromLibrary(
  fileCommands: React.RefObject<DocumentFileCommands | null>,
  editorCommands: React.RefObject<EditorCommands | null>,
  mayReplace?: () => Promise<boolean>,
): (entry: LibraryEntry) => Promise<void> {
  const t = useLocalized(LIBRARY_STRINGS);
  return async (entry: LibraryEntry) => {
    const commands = fileCommands.current;
    if (!commands) return;
    const current = commands.snapshot();
    const go = mayReplace
      ? await mayReplace()
      : !current.dirty || window.confirm(t.discardChanges(current.name ?? t.untitled, entry.title || entry.name));
    if (!go) return;
    if (!(await commands.openPath(entry.path))) return;
    if (entry.caret) editorCommands.current?.placeCaret(entry.caret, entry.scroll);
  };
}
