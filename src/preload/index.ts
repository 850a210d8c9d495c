import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CHANNELS, unwrapHostResult, type HostMethod, type HostResult, type PorteVoixHost } from '../core/host';

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
  writeBackup: call('writeBackup'),
  listBackups: call('listBackups'),
  discardBackup: call('discardBackup'),
  getSettingsNotice: call('getSettingsNotice'),
};

contextBridge.exposeInMainWorld('porteVoix', porteVoix);
