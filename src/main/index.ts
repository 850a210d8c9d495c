import { app, BrowserWindow, ipcMain } from 'electron';
import Conf from 'conf';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../core/host-schema';
import { APP_ENTRY_URL, trustedOrigin } from './app-url';
import { createElectronDialogs } from './electron-dialogs';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, hardenWebContents } from './security';
import { createHostService } from './services/host-service';
import { createSettingsService, SETTINGS_JSON_SCHEMA } from './services/settings';
import { createMainWindow } from './window';

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
  installMenu(process.platform === 'darwin', devServerUrl !== undefined);

  // conf is what electron-store wraps, without electron-store's unauthenticated IPC listener.
  const store = new Conf({
    cwd: app.getPath('userData'),
    configName: 'settings',
    projectVersion: app.getVersion(),
    schema: SETTINGS_JSON_SCHEMA,
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: true,
  });
  const host = createHostService({
    appInfo: {
      name: 'Porte-voix',
      version: app.getVersion(),
      platform: process.platform,
      host: 'electron',
      locale: app.getLocale(),
    },
    dialogs: createElectronDialogs(),
    settings: createSettingsService(store),
    packsDir: join(app.getPath('userData'), 'packs'),
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
