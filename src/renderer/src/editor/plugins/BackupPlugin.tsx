import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { DocumentBackup, PorteVoixHost } from '../../../../core/host';
import { queueBackupTask, WINDOW_BACKUP_ID } from '../../backup/window-backup';
import type { DocumentFileCommands } from './DocumentFilePlugin';

/** How long the text must stay unchanged before the unsaved document is backed up. */
export const BACKUP_DELAY_MS = 800;

interface Props {
  host: PorteVoixHost;
  /** The DocumentFilePlugin's commands: place this plugin after it, so they are there when this one starts. */
  fileCommands: React.RefObject<DocumentFileCommands | null>;
  /** The window's backup id (the one made when the page loaded, unless given). */
  backupId?: string;
}

/**
 * Hot exit: once the text of an unsaved document has not changed for
 * BACKUP_DELAY_MS, writes it through the host (the Markdown Save would write,
 * front matter included), under this window's id; once the document is saved
 * (or another file opened) the backup is discarded. The host's calls run one
 * after the other (`queueBackupTask`), so a discard never overtakes a write. A failure interrupts
 * nothing: the first of a run of failures is logged, and the next pause tries again.
 */
export function BackupPlugin({ host, fileCommands, backupId = WINDOW_BACKUP_ID }: Props): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const commands = fileCommands.current;
    if (!commands) {
      console.warn('[backup] the document commands are missing: unsaved work is not backed up');
      return;
    }
    let timer: number | undefined;
    /** The last backup written, to skip writing the same one again; undefined once discarded. */
    let written: string | undefined;
    let failing = false;
    let wasDirty = false;

    const run = (task: () => Promise<void>): void => {
      void queueBackupTask(task).then(
        () => {
          failing = false;
        },
        (error: unknown) => {
          if (!failing) console.warn(`[backup] unsaved work could not be backed up: ${(error as Error).message}`);
          failing = true;
        },
      );
    };

    const backUp = (): void => {
      timer = undefined;
      const { dirty, name, path, markdown } = (fileCommands.current ?? commands).snapshot();
      if (!dirty) return;
      const backup: DocumentBackup = {
        id: backupId,
        content: markdown,
        ...(name === undefined ? {} : { name }),
        ...(path === undefined ? {} : { path }),
      };
      const key = JSON.stringify(backup);
      if (key === written) return;
      run(async () => {
        await host.writeBackup(backup);
        written = key;
      });
    };

    const schedule = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(backUp, BACKUP_DELAY_MS);
    };

    const discard = (): void => {
      window.clearTimeout(timer);
      timer = undefined;
      run(async () => {
        await host.discardBackup(backupId);
        written = undefined;
      });
    };

    const unsubscribe = commands.subscribe((state) => {
      // Edited, restored, front matter changed: back up after the pause. Saved or another file opened: discard.
      if (state.dirty) schedule();
      else if (wasDirty) discard();
      wasDirty = state.dirty;
    });
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
      unregister();
    };
  }, [editor, host, fileCommands, backupId]);

  return null;
}
