import { dialog, type BrowserWindow } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../core/host';

/** What the user answers when a window with unsaved work is closing. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** The native question, attached to the window: Save / Don't save / Cancel (Escape cancels). */
export function askAboutUnsavedWork(window: BrowserWindow): UnsavedChoice {
  const answer = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: 'Unsaved changes',
    message: 'Do you want to save the changes you made to this document?',
    detail: 'Your changes will be lost if you don’t save them.',
    buttons: ['Save', 'Don’t save', 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return answer === 0 ? 'save' : answer === 1 ? 'discard' : 'cancel';
}

/**
 * Closing (or reloading) a window with unsaved work asks first. The renderer
 * says it has unsaved work the web's way: its `beforeunload` handler cancels
 * the unload while the document is dirty, and Electron then cancels the close
 * and emits `will-prevent-unload` here, where we ask:
 *
 * - Don't save: `preventDefault()` overrides the renderer's handler and the
 *   window closes (or the app quits) as asked.
 * - Save: the close stays cancelled, and the window is told to save, as the
 *   menu's Save does (for a new document it asks where). The user then closes
 *   again: simpler and safer than closing by ourselves once an asynchronous
 *   save that may fail or be cancelled has finished.
 * - Cancel: the close stays cancelled.
 */
export function guardUnsavedWork(
  window: BrowserWindow,
  ask: (window: BrowserWindow) => UnsavedChoice = askAboutUnsavedWork,
): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = ask(window);
    if (choice === 'discard') event.preventDefault();
    else if (choice === 'save') window.webContents.send(MENU_CHANNEL, 'save' satisfies MenuCommand);
  });
}
