import { contextBridge, ipcRenderer } from 'electron';
import {
  HOST_CHANNELS,
  isMenuCommand,
  MENU_CHANNEL,
  unwrapHostResult,
  type HostMethod,
  type HostResult,
  type MenuCommand,
  type PorteVoixApi,
  type PorteVoixHost,
} from '../core/host';

function call<M extends HostMethod>(method: M) {
  return async (...args: Parameters<PorteVoixHost[M]>): Promise<Awaited<ReturnType<PorteVoixHost[M]>>> => {
    const result = (await ipcRenderer.invoke(HOST_CHANNELS[method], ...args)) as HostResult<
      Awaited<ReturnType<PorteVoixHost[M]>>
    >;
    return unwrapHostResult(result);
  };
}

/** Exactly the functions of the host contract: never a raw invoke(channel). */
const porteVoix: PorteVoixHost = {
  getAppInfo: call('getAppInfo'),
  openTextDocument: call('openTextDocument'),
  saveTextDocument: call('saveTextDocument'),
  getSettings: call('getSettings'),
  setSetting: call('setSetting') as PorteVoixHost['setSetting'],
  listRulePacks: call('listRulePacks'),
  chooseRulePackSource: call('chooseRulePackSource'),
  importRulePack: call('importRulePack'),
  removeRulePack: call('removeRulePack'),
  writeBackup: call('writeBackup'),
  listBackups: call('listBackups'),
  discardBackup: call('discardBackup'),
  getSettingsNotice: call('getSettingsNotice'),
  listLibrary: call('listLibrary'),
  updateLibraryEntry: call('updateLibraryEntry'),
  forgetLibraryEntry: call('forgetLibraryEntry'),
  openTextDocumentAt: call('openTextDocumentAt'),
  checkTextDocument: call('checkTextDocument'),
  getCredentialStorage: call('getCredentialStorage'),
  listPublishAccounts: call('listPublishAccounts'),
  savePublishAccount: call('savePublishAccount'),
  forgetPublishAccount: call('forgetPublishAccount'),
  publishDocument: call('publishDocument'),
};

/**
 * The native menu's commands, as a named subscription (never a raw `on(channel)`): main sends them to this window
 * only, and only the four commands of the File menu get through.
 */
function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const receive = (_event: Electron.IpcRendererEvent, command: unknown): void => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_CHANNEL, receive);
  return () => {
    ipcRenderer.removeListener(MENU_CHANNEL, receive);
  };
}

const api: PorteVoixApi = { ...porteVoix, onMenuCommand };

contextBridge.exposeInMainWorld('porteVoix', api);
