/** Where the host asks the user which file to open or where to save. */
export interface FileDialogs {
  /** An absolute path, or undefined when the user cancels. */
  chooseFileToOpen(): Promise<string | undefined>;
  chooseFileToSave(suggestedName: string): Promise<string | undefined>;
}

/** The file types the editor opens and saves. */
export const TEXT_DOCUMENT_FILTERS = [
  { name: 'Markdown', extensions: ['md', 'markdown'] },
  { name: 'Text', extensions: ['txt'] },
];
