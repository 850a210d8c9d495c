import { BrowserWindow, type WebPreferences } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../core/host';
import { guardUnsavedWork } from './close-guard';

/** The app's own windows: the only ones menu commands are sent to. */
const appWindows = new WeakSet<BrowserWindow>();

/** Sends a menu command to `target` when it is one of the app's windows (the focused one, from the menu's click). */
export function sendMenuCommand(command: MenuCommand, target: unknown): void {
  if (target instanceof BrowserWindow && appWindows.has(target)) target.webContents.send(MENU_CHANNEL, command);
}

/** The only web preferences a window of the app is ever created with. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 560,
    minHeight: 420,
    title: 'Porte-voix',
    show: false,
    backgroundColor: '#f7f6f3',
    webPreferences: secureWebPreferences(preloadPath),
  });
  appWindows.add(window);
  guardUnsavedWork(window);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
