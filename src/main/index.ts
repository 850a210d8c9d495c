import { app, BrowserWindow, ipcMain, safeStorage } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, trustedOrigin } from './app-url';
import { createElectronDialogs } from './electron-dialogs';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { fetchClient } from '../core/publish/http';
import { safeStorageCipher } from './safe-storage-cipher';
import { ACCOUNTS_FILE_NAME, createCredentialStore } from './services/credentials';
import { createHostService } from './services/host-service';
import { PUBLISH_TIMEOUT_MS } from './services/publishing';
import { LIBRARY_FILE_NAME } from './services/library';
import { createSettingsService, openSettingsStore } from './services/settings';
import { createMainWindow, sendMenuCommand } from './window';

const here = dirname(fileURLToPath(import.meta.url));
/** Set by electron-vite during `npm start`; absent in a built app. */
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const origin = trustedOrigin(devServerUrl);

app.enableSandbox();
registerAppScheme();
hardenWebContents(origin);

function openWindow(): BrowserWindow {
  return createMainWindow(join(here, '../preload/index.cjs'), devServerUrl ?? APP_ENTRY_URL);
}

async function start(): Promise<void> {
  await app.whenReady();
  denyAllPermissions();
  serveRenderer(join(here, '../renderer'));
  installMenu(process.platform === 'darwin', devServerUrl !== undefined, sendMenuCommand);

  // conf is what electron-store wraps, without electron-store's unauthenticated IPC listener.
  const { store, notice } = openSettingsStore(app.getPath('userData'), app.getVersion());
  const host = createHostService({
    appInfo: {
      name: 'Porte-voix',
      version: app.getVersion(),
      platform: process.platform,
      host: 'electron',
      locale: app.getLocale(),
    },
    dialogs: createElectronDialogs(),
    settings: createSettingsService(store, notice),
    packsDir: join(app.getPath('userData'), 'packs'),
    backupsDir: join(app.getPath('userData'), 'backups'),
    libraryFile: join(app.getPath('userData'), LIBRARY_FILE_NAME),
    credentials: createCredentialStore(
      join(app.getPath('userData'), ACCOUNTS_FILE_NAME),
      safeStorageCipher(safeStorage, process.platform),
    ),
    http: fetchClient(fetch, { timeoutMs: PUBLISH_TIMEOUT_MS }),
  });
  registerIpcHandlers({ ipcMain, trustedOrigin: origin, host });

  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

/** Resolves once the window is open; a failure to start is reported, never left unhandled. */
export const ready = start().catch((error: unknown) => {
  console.error('Porte-voix could not start:', error);
  app.exit(1);
});
