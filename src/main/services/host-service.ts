import type { AppInfo, PorteVoixHost } from '../../core/host';
import { createBackupStore } from './backups';
import type { FileDialogs } from './dialogs';
import { readTextDocument, writeTextDocument } from './documents';
import { readRulePacks } from './rule-packs';
import type { SettingsService } from './settings';

export interface HostServiceDeps {
  appInfo: AppInfo;
  dialogs: FileDialogs;
  settings: SettingsService;
  /** The folder of the user's rule packs (one folder per pack). */
  packsDir: string;
  /** The folder of the backups of unsaved documents (hot exit). */
  backupsDir: string;
}

/**
 * The host contract implemented once over the services, for the Electron main
 * process and the web test host alike. Arguments are already validated.
 */
export function createHostService(deps: HostServiceDeps): PorteVoixHost {
  const backups = createBackupStore(deps.backupsDir);
  return {
    getAppInfo: async () => deps.appInfo,
    openTextDocument: async () => {
      const path = await deps.dialogs.chooseFileToOpen();
      if (path === undefined) return { canceled: true };
      return { canceled: false, file: await readTextDocument(path) };
    },
    saveTextDocument: async (request) => {
      const path = request.path ?? (await deps.dialogs.chooseFileToSave(request.suggestedName ?? 'Untitled.md'));
      if (path === undefined) return { canceled: true };
      return { canceled: false, ...(await writeTextDocument(path, request.content)) };
    },
    getSettings: async () => deps.settings.get(),
    setSetting: async (key, value) => deps.settings.set(key, value),
    listRulePacks: async () => readRulePacks(deps.packsDir),
    writeBackup: async (backup) => backups.write(backup),
    listBackups: async () => backups.list(),
    discardBackup: async (id) => backups.discard(id),
    getSettingsNotice: async () => deps.settings.notice(),
  };
}
