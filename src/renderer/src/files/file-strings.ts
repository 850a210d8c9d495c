/** The words of New, the unsaved-changes question and the drop overlay. */
export interface FileStrings {
  newDocument: string;
  newDocumentHint: string;
  unsavedTitle: string;
  /** The question, about the document's file name (undefined: an untitled document). */
  unsavedQuestion: (name: string | undefined) => string;
  unsavedDetail: string;
  save: string;
  dontSave: string;
  cancel: string;
  dropToOpen: string;
  dropHint: string;
  /** A dropped file that could not be read (a folder, a file removed meanwhile). */
  unreadable: (name: string, detail: string) => string;
}

const en: FileStrings = {
  newDocument: 'New',
  newDocumentHint: 'A new, empty document',
  unsavedTitle: 'Unsaved changes',
  unsavedQuestion: (name) =>
    name === undefined ? 'Do you want to save this document?' : `Do you want to save the changes to “${name}”?`,
  unsavedDetail: 'Your changes will be lost if you don’t save them.',
  save: 'Save',
  dontSave: 'Don’t save',
  cancel: 'Cancel',
  dropToOpen: 'Drop to open',
  dropHint: 'Markdown, text or HTML files',
  unreadable: (name, detail) => `Cannot open “${name}”: ${detail}. Drop a Markdown, text or HTML file.`,
};

const fr: FileStrings = {
  newDocument: 'Nouveau',
  newDocumentHint: 'Un nouveau document vide',
  unsavedTitle: 'Modifications non enregistrées',
  unsavedQuestion: (name) =>
    name === undefined
      ? 'Voulez-vous enregistrer ce document\u00a0?'
      : `Voulez-vous enregistrer les modifications de «\u00a0${name}\u00a0»\u00a0?`,
  unsavedDetail: 'Vos modifications seront perdues si vous ne les enregistrez pas.',
  save: 'Enregistrer',
  dontSave: 'Ne pas enregistrer',
  cancel: 'Annuler',
  dropToOpen: 'Déposez pour ouvrir',
  dropHint: 'Fichiers Markdown, texte ou HTML',
  unreadable: (name, detail) =>
    `Impossible d’ouvrir «\u00a0${name}\u00a0»\u00a0: ${detail}. Déposez un fichier Markdown, texte ou HTML.`,
};

/** In English and French (the `UiLocale`s), for `useLocalized`. */
export const FILE_STRINGS: Readonly<Record<'en' | 'fr', FileStrings>> = { en, fr };
