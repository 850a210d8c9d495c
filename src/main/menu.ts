import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/host';

/**
 * The File menu: New, Open…, Save, Save As…, Publish…, then Close (macOS) or Quit. Its items send their command to the
 * focused window, which carries it out as its buttons do (asking first when there are unsaved changes).
 *
 * A shortcut acts once: the menu's accelerators are registered as usual and run these commands, and the window
 * ignores its own Ctrl+N, Ctrl+O, Ctrl+S and Ctrl+Shift+S when it has a native menu (it handles them only in a
 * browser, see App.tsx). Not the other way round (`registerAccelerator: false`, the window's keys doing the work):
 * macOS ignores that flag (electron/electron#18295), and whether the menu or the page sees a key first differs
 * between platforms; with the page stepping aside, the order does not matter.
 */
export function fileMenu(
  isMac: boolean,
  send: (command: MenuCommand, window: BaseWindow | undefined) => void,
): MenuItemConstructorOptions {
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: (_item, window) => send(command, window),
  });
  return {
    label: 'File',
    submenu: [
      item('New', 'CmdOrCtrl+N', 'new'),
      item('Open…', 'CmdOrCtrl+O', 'open'),
      item('Save', 'CmdOrCtrl+S', 'save'),
      item('Save As…', 'CmdOrCtrl+Shift+S', 'saveAs'),
      { type: 'separator' },
      item('Publish…', 'CmdOrCtrl+Shift+P', 'publish'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

/** The native menu: the usual roles, so the usual shortcuts (undo, copy, zoom, ...) work everywhere. */
export function installMenu(
  isMac: boolean,
  isDev: boolean,
  send: (command: MenuCommand, window: BaseWindow | undefined) => void,
): void {
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    fileMenu(isMac, send),
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(isDev
          ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
