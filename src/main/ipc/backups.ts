import { handleHostMethod, type IpcContext } from './handle';

/** IPC for the backups service: hot exit's copies of unsaved documents. */
export function registerBackupHandlers(context: IpcContext): void {
  handleHostMethod(context, 'writeBackup');
  handleHostMethod(context, 'listBackups');
  handleHostMethod(context, 'discardBackup');
}
