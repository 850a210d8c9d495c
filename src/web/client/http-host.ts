import {
  unwrapHostResult,
  type HostMethod,
  type HostResult,
  type PorteVoixApi,
  type PorteVoixHost,
  type SaveTextDocumentRequest,
} from '../../core/host';

/**
 * The browser side of the web test host: window.porteVoix over HTTP. Where the
 * desktop app shows a native file dialog, this asks for a file name in the
 * host's documents folder.
 */
async function call<T>(method: HostMethod, args: unknown[], dialog?: string | null): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/__porte-voix/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args, ...(dialog === undefined ? {} : { dialog }) }),
    });
  } catch {
    throw new Error(
      'The Porte-voix web host does not answer. Check that `npm run web` is still running, then try again.',
    );
  }
  if (!response.ok) throw new Error(`The web host refused ${method}: ${await response.text()}`);
  return unwrapHostResult((await response.json()) as HostResult<T>);
}

const host: PorteVoixHost = {
  getAppInfo: () => call('getAppInfo', []),
  getSettings: () => call('getSettings', []),
  setSetting: (key, value) => call('setSetting', [key, value]),
  listRulePacks: () => call('listRulePacks', []),
  chooseRulePackSource: async () => {
    const name = window.prompt('Import which folder or .zip of the web host’s documents folder?', 'pack.zip');
    if (name === null) return { canceled: true };
    return call('chooseRulePackSource', [], name);
  },
  importRulePack: (source) => call('importRulePack', [source]),
  removeRulePack: (name) => call('removeRulePack', [name]),
  writeBackup: (backup) => call('writeBackup', [backup]),
  listBackups: () => call('listBackups', []),
  discardBackup: (id) => call('discardBackup', [id]),
  getSettingsNotice: () => call('getSettingsNotice', []),
  listLibrary: () => call('listLibrary', []),
  updateLibraryEntry: (entry) => call('updateLibraryEntry', [entry]),
  forgetLibraryEntry: (path) => call('forgetLibraryEntry', [path]),
  openTextDocumentAt: (path) => call('openTextDocumentAt', [path]),
  checkTextDocument: (path, stamp) => call('checkTextDocument', [path, stamp]),
  getCredentialStorage: () => call('getCredentialStorage', []),
  listPublishAccounts: () => call('listPublishAccounts', []),
  savePublishAccount: (account, secret, acceptWeakStorage) =>
    call('savePublishAccount', [account, secret, acceptWeakStorage]),
  forgetPublishAccount: (target) => call('forgetPublishAccount', [target]),
  publishDocument: (request) => call('publishDocument', [request]),
  openTextDocument: async () => {
    const name = window.prompt('Open which file of the web host’s documents folder?', 'notes.md');
    if (name === null) return { canceled: true };
    return call('openTextDocument', [], name);
  },
  saveTextDocument: async (request: SaveTextDocumentRequest) => {
    if (request.path !== undefined) return call('saveTextDocument', [request]);
    const name = window.prompt(
      'Save as which file of the web host’s documents folder?',
      request.suggestedName ?? 'Untitled.md',
    );
    if (name === null) return { canceled: true };
    return call('saveTextDocument', [request], name);
  },
};

window.porteVoix = host;

declare global {
  interface Window {
    // No native menu here: `onMenuCommand` stays absent.
    porteVoix?: PorteVoixApi;
  }
}
