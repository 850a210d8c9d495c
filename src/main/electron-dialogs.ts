import { BrowserWindow, dialog } from 'electron';
import {
  OPEN_DOCUMENT_FILTERS,
  rulePackDialogOptions,
  rulePackSourceOf,
  TEXT_DOCUMENT_FILTERS,
  type FileDialogs,
} from './services/dialogs';

/** Native open and save dialogs, attached to the focused window. */
export function createElectronDialogs(): FileDialogs {
  return {
    async chooseFileToOpen() {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { properties: ['openFile' as const], filters: OPEN_DOCUMENT_FILTERS };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    async chooseFileToSave(suggestedName) {
      const parent = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: suggestedName, filters: TEXT_DOCUMENT_FILTERS };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled ? undefined : result.filePath;
    },
    async chooseRulePackSource() {
      const parent = BrowserWindow.getFocusedWindow();
      const options = rulePackDialogOptions(process.platform);
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      return chosen === undefined ? undefined : rulePackSourceOf(chosen);
    },
  };
}
