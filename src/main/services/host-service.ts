import { HostError, type AppInfo, type PorteVoixHost } from '../../core/host';
import type { HttpClient } from '../../core/publish/http';
import { createBackupStore } from './backups';
import type { CredentialStore } from './credentials';
import type { FileDialogs } from './dialogs';
import { documentDiskState } from './disk-state';
import { readTextDocument, writeTextDocument } from './documents';
import { createLibraryStore } from './library';
import { publishWithStoredAccount } from './publishing';
import { importRulePack, removeRulePack } from './rule-pack-import';
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
  /** The drafts library's file (`<dataDir>/library.json`). */
  libraryFile: string;
  /** The blog accounts and their encrypted secrets. */
  credentials: CredentialStore;
  /** The network, for publishing (never follows redirects; see `fetchClient`). */
  http: HttpClient;
  /**
   * Checks a path the UI asks to open or check without a dialog (`openTextDocumentAt`, `checkTextDocument`):
   * returns it, or throws a HostError when this host does not allow it (the web host: outside its documents
   * folder). Default: any path (the contract already requires it absolute).
   */
  allowDocumentPath?: (path: string) => string;
  /**
   * The rule packs the user picked with `chooseRulePackSource`, not imported yet: `importRulePack`
   * takes only these. Pass one set when the service is made per request (the web host). Default:
   * this service's own.
   */
  rulePackSources?: Set<string>;
}

/**
 * The host contract implemented once over the services, for the Electron main
 * process and the web test host alike. Arguments are already validated.
 */
export function createHostService(deps: HostServiceDeps): PorteVoixHost {
  const backups = createBackupStore(deps.backupsDir);
  const library = createLibraryStore(deps.libraryFile);
  const allow = deps.allowDocumentPath ?? ((path: string) => path);
  const rulePackSources = deps.rulePackSources ?? new Set<string>();
  return {
    listLibrary: async () => library.list(),
    updateLibraryEntry: async (entry) => library.update(entry),
    forgetLibraryEntry: async (path) => library.forget(path),
    openTextDocumentAt: async (path) => readTextDocument(allow(path)),
    checkTextDocument: async (path, stamp) => documentDiskState(allow(path), stamp),
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
    chooseRulePackSource: async () => {
      const path = await deps.dialogs.chooseRulePackSource();
      if (path === undefined) return { canceled: true };
      rulePackSources.add(path);
      return { canceled: false, path };
    },
    importRulePack: async ({ path }) => {
      // Only what the user picked: the UI cannot copy any file it names into a pack it can read back.
      if (!rulePackSources.delete(path)) {
        throw new HostError(
          `Porte-voix imports only a rule pack you choose: use “Import a pack…” and choose “${path}” again.`,
          'ENOTCHOSEN',
        );
      }
      return importRulePack(deps.packsDir, path);
    },
    removeRulePack: async (name) => removeRulePack(deps.packsDir, name),
    writeBackup: async (backup) => backups.write(backup),
    listBackups: async () => backups.list(),
    discardBackup: async (id) => backups.discard(id),
    getSettingsNotice: async () => deps.settings.notice(),
    getCredentialStorage: async () => deps.credentials.storage(),
    listPublishAccounts: async () => deps.credentials.list(),
    savePublishAccount: async (account, secret, acceptWeakStorage) =>
      deps.credentials.save(account, secret, acceptWeakStorage),
    forgetPublishAccount: async (target) => deps.credentials.forget(target),
    publishDocument: async (request) => publishWithStoredAccount(deps.credentials, deps.http, request, allow),
  };
}
