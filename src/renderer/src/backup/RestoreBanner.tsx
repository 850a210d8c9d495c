import { useEffect, useState } from 'react';
import type { PorteVoixHost, StoredDocumentBackup } from '../../../core/host';
import type { DocumentFileCommands } from '../editor/plugins/DocumentFilePlugin';
import { useLocalized } from '../i18n/i18n';
import { queueBackupTask, WINDOW_BACKUP_ID } from './window-backup';
import { BACKUP_STRINGS } from './backup-strings';
import './backup.css';

interface Props {
  host: PorteVoixHost;
  fileCommands: React.RefObject<DocumentFileCommands | null>;
  /** Shows a failure to the user (the app's notice). */
  onError: (message: string) => void;
  /** This window's backup id: its own backup is never offered. */
  backupId?: string;
}

/**
 * Hot exit's offer, at start: when an earlier session closed with unsaved
 * documents, a banner (not a dialog: the editor stays usable) says how many.
 * Restore loads the newest into the editor as an unsaved document, then hands
 * its backup over to this window (written under this window's id before the
 * old one is deleted, so a crash in between loses nothing); older ones stay
 * kept for the next start. Discard deletes them all.
 */
export function RestoreBanner({
  host,
  fileCommands,
  onError,
  backupId = WINDOW_BACKUP_ID,
}: Props): React.JSX.Element | null {
  const t = useLocalized(BACKUP_STRINGS);
  const [backups, setBackups] = useState<StoredDocumentBackup[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    host.listBackups().then(
      (all) => {
        if (live) setBackups(all.filter((backup) => backup.id !== backupId));
      },
      (error: Error) => console.warn(`[backup] the backups of unsaved work could not be listed: ${error.message}`),
    );
    return () => {
      live = false;
    };
  }, [host, backupId]);

  const [newest] = backups;
  if (!newest) return null;

  const restore = async (): Promise<void> => {
    const commands = fileCommands.current;
    if (!commands) return;
    try {
      commands.restore(newest.content, { name: newest.name, path: newest.path });
    } catch (error) {
      onError(t.restoreFailed((error as Error).message));
      return;
    }
    setBackups([]);
    try {
      await queueBackupTask(async () => {
        await host.writeBackup({
          id: backupId,
          content: newest.content,
          ...(newest.name === undefined ? {} : { name: newest.name }),
          ...(newest.path === undefined ? {} : { path: newest.path }),
        });
        await host.discardBackup(newest.id);
      });
    } catch (error) {
      // The text is in the editor and the old backup stays: nothing is lost, the next pause backs it up again.
      console.warn(`[backup] the restored backup could not be handed over: ${(error as Error).message}`);
    }
  };

  const discard = async (): Promise<void> => {
    setBusy(true);
    const results = await Promise.allSettled(backups.map((backup) => host.discardBackup(backup.id)));
    setBusy(false);
    setBackups([]);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) onError(t.discardFailed((failed.reason as Error).message));
  };

  return (
    <div className="pv-restore-banner" role="alert">
      <span className="pv-restore-banner-text">{t.closedBefore(backups.length)}</span>
      <button type="button" className="pv-button" title={t.restoreHint} disabled={busy} onClick={() => void restore()}>
        {t.restore}
      </button>
      <button
        type="button"
        className="pv-button pv-button-quiet"
        title={t.discardHint}
        disabled={busy}
        onClick={() => void discard()}
      >
        {t.discard}
      </button>
    </div>
  );
}
