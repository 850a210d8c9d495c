/** A new random backup id: 32 lowercase hexadecimal digits (the contract allows `[a-z0-9-]{8,64}`). */
export function newBackupId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * This window's backup id, made once when the page loads: its unsaved work is
 * backed up under it, and the restore banner offers only the other ids' (an
 * earlier session's).
 */
export const WINDOW_BACKUP_ID = newBackupId();

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the host calls about this window's backups one after the other, in the
 * order they were asked for (the BackupPlugin's and the restore banner's
 * alike): a discard after a save never overtakes a write asked for before it.
 */
export function queueBackupTask<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}
