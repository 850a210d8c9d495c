/** The words of hot exit's restore banner. */
export interface BackupStrings {
  /** The banner's message, in the number of documents kept. */
  closedBefore: (n: number) => string;
  restore: string;
  restoreHint: string;
  discard: string;
  discardHint: string;
  restoreFailed: (detail: string) => string;
  discardFailed: (detail: string) => string;
}

const enNumber = new Intl.NumberFormat('en');
const frNumber = new Intl.NumberFormat('fr');

const en: BackupStrings = {
  closedBefore: (n) =>
    `Porte-voix closed before you saved ${enNumber.format(n)} ${n === 1 ? 'document' : 'documents'}.`,
  restore: 'Restore',
  restoreHint: 'Open the most recent one in the editor, as an unsaved document',
  discard: 'Discard',
  discardHint: 'Delete the unsaved text kept for you',
  restoreFailed: (detail) => `The unsaved document could not be restored (${detail}). Its backup is kept.`,
  discardFailed: (detail) => `The unsaved documents could not all be deleted (${detail}).`,
};

const fr: BackupStrings = {
  closedBefore: (n) =>
    `Porte-voix s’est fermé sans que vous ayez enregistré ${frNumber.format(n)} ${n <= 1 ? 'document' : 'documents'}.`,
  restore: 'Restaurer',
  restoreHint: 'Ouvrir le plus récent dans l’éditeur, comme document non enregistré',
  discard: 'Supprimer',
  discardHint: 'Supprimer le texte non enregistré gardé pour vous',
  restoreFailed: (detail) => `Le document non enregistré n’a pas pu être restauré (${detail}). Sa copie est gardée.`,
  discardFailed: (detail) => `Les documents non enregistrés n’ont pas tous pu être supprimés (${detail}).`,
};

/** The restore banner's words in English and French (the `UiLocale`s), for `useLocalized`. */
export const BACKUP_STRINGS: Readonly<Record<'en' | 'fr', BackupStrings>> = { en, fr };
