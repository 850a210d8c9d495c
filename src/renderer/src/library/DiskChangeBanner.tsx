import { useEffect, useState } from 'react';
import type { DocumentStamp, PorteVoixHost } from '../../../core/host';
import type { DocumentFileCommands, DocumentFileState } from '../editor/plugins/DocumentFilePlugin';
import { useLocalized } from '../i18n/i18n';
import { fileNameOf } from './library-model';
import { LIBRARY_STRINGS } from './library-strings';
import './library.css';

/** While the window is visible, the document's file is checked this often (and whenever the window gets focus). */
export const DISK_CHECK_INTERVAL_MS = 10_000;

interface Props {
  host: PorteVoixHost;
  /** The document's file, with the stamp of what was on disk when it was last opened or saved here. */
  file: DocumentFileState;
  fileCommands: React.RefObject<DocumentFileCommands | null>;
}

/**
 * Tells the user when the document's file changed on disk (another program, another window, a sync tool) or
 * disappeared: checked when the window gets focus and every 10 s while it is visible. A changed file offers
 * Reload it (the version on disk replaces the editor's text: only on this explicit choice) or Keep mine (the
 * editor's text stays, marked unsaved, and the next save overwrites the file); a missing one offers to save it
 * again. The answer holds until the document is opened or saved again (a new stamp).
 */
export function DiskChangeBanner({ host, file, fileCommands }: Props): React.JSX.Element | null {
  const t = useLocalized(LIBRARY_STRINGS);
  const { path, name, stamp } = file;
  /** What the last check found, for the stamp it checked. */
  const [found, setFound] = useState<{ stamp: DocumentStamp; missing: boolean }>();
  /** The stamp the user already answered for: not checked again until the next open or save. */
  const [answered, setAnswered] = useState<DocumentStamp>();

  useEffect(() => {
    if (path === undefined || stamp === undefined || answered === stamp) return;
    let live = true;
    let busy = false;
    /** A check was asked for while one was running: the file may have changed since that one read it. */
    let again = false;
    const done = (): void => {
      busy = false;
      if (again && live) {
        again = false;
        check();
      }
    };
    const check = (): void => {
      if (document.visibilityState === 'hidden') return;
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      host.checkTextDocument(path, stamp).then(
        (state) => {
          if (live) setFound(state.changed ? { stamp, missing: state.missing } : undefined);
          done();
        },
        (error: unknown) => {
          console.warn(`[disk] ${path} could not be checked: ${(error as Error).message}`);
          done();
        },
      );
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') check();
    };
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(check, DISK_CHECK_INTERVAL_MS);
    return () => {
      live = false;
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
    };
  }, [host, path, stamp, answered]);

  // A finding about another stamp (the document was saved or opened since) no longer applies.
  if (path === undefined || !found || found.stamp !== stamp || answered === stamp) return null;
  const shownName = name ?? fileNameOf(path);

  const keep = (): void => {
    setAnswered(stamp);
    fileCommands.current?.markUnsaved();
  };

  return (
    <div className="pv-disk-banner" role="alert">
      <span className="pv-disk-banner-text">
        {found.missing ? t.missingOnDisk(shownName) : t.changedOnDisk(shownName)}
      </span>
      {found.missing ? (
        <>
          <button
            type="button"
            className="pv-button"
            onClick={() => {
              setAnswered(stamp);
              void fileCommands.current?.save();
            }}
          >
            {t.saveAgain}
          </button>
          <button type="button" className="pv-button pv-button-quiet" onClick={keep}>
            {t.dismiss}
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className="pv-button"
            title={t.reloadHint}
            onClick={() => {
              setFound(undefined);
              void fileCommands.current?.openPath(path);
            }}
          >
            {t.reload}
          </button>
          <button type="button" className="pv-button pv-button-quiet" title={t.keepMineHint} onClick={keep}>
            {t.keepMine}
          </button>
        </>
      )}
    </div>
  );
}
