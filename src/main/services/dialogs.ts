import { dirname } from 'node:path';

/** Where the host asks the user which file to open or where to save. */
export interface FileDialogs {
  /** An absolute path, or undefined when the user cancels. */
  chooseFileToOpen(): Promise<string | undefined>;
  chooseFileToSave(suggestedName: string): Promise<string | undefined>;
  /** A rule pack to import: a folder of rules or a `.zip`; undefined when the user cancels. */
  chooseRulePackSource(): Promise<string | undefined>;
}

/** The file types the editor opens and saves. */
export const TEXT_DOCUMENT_FILTERS = [
  { name: 'Markdown', extensions: ['md', 'markdown'] },
  { name: 'Text', extensions: ['txt'] },
];

/** The file types the editor opens: those it saves, and HTML pages (imported as Markdown). The first is the default. */
export const OPEN_DOCUMENT_FILTERS = [
  { name: 'Documents', extensions: ['md', 'markdown', 'txt', 'html', 'htm'] },
  ...TEXT_DOCUMENT_FILTERS,
  { name: 'HTML', extensions: ['html', 'htm'] },
  { name: 'All files', extensions: ['*'] },
];

/** The open dialog that picks a rule pack to import (Electron's `showOpenDialog` options). */
export interface RulePackDialogOptions {
  title: string;
  message: string;
  buttonLabel: string;
  properties: ('openFile' | 'openDirectory')[];
  filters: { name: string; extensions: string[] }[];
}

/**
 * How to ask for a rule pack: a folder or a `.zip`. macOS dialogs pick files and folders at
 * once. Windows and Linux dialogs cannot (asked for both, they show a folder picker where no
 * `.zip` can be chosen): there the dialog picks the `.zip`, or any rule file of the pack's
 * folder, which stands for the folder (see `rulePackSourceOf`).
 */
export function rulePackDialogOptions(platform: string): RulePackDialogOptions {
  const common = {
    title: 'Import a rule pack',
    message: 'Choose a rule pack: a folder of YAML rules, or a .zip of one.',
    buttonLabel: 'Import',
  };
  return platform === 'darwin'
    ? {
        ...common,
        properties: ['openFile', 'openDirectory'],
        filters: [{ name: 'Rule pack (.zip)', extensions: ['zip'] }],
      }
    : {
        ...common,
        properties: ['openFile'],
        filters: [{ name: 'Rule pack (.zip, or any rule of its folder)', extensions: ['zip', 'yml', 'yaml'] }],
      };
}

/** The pack a dialog's choice stands for: a rule file stands for its folder; a folder or a `.zip` for itself. */
export function rulePackSourceOf(chosen: string): string {
  return /\.ya?ml$/i.test(chosen) ? dirname(chosen) : chosen;
}
