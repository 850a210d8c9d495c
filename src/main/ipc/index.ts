import { registerAppInfoHandlers } from './app-info';
import { registerBackupHandlers } from './backups';
import { registerDocumentHandlers } from './documents';
import type { IpcContext } from './handle';
import { registerLibraryHandlers } from './library';
import { registerPublishingHandlers } from './publishing';
import { registerRulePackHandlers } from './rule-packs';
import { registerSettingsHandlers } from './settings';

/** Every service's IPC handlers: together they cover the whole host contract. */
export function registerIpcHandlers(context: IpcContext): void {
  registerAppInfoHandlers(context);
  registerDocumentHandlers(context);
  registerSettingsHandlers(context);
  registerRulePackHandlers(context);
  registerBackupHandlers(context);
  registerLibraryHandlers(context);
  registerPublishingHandlers(context);
}
