import type { LibraryScore } from '../../../core/host';

/** The words of the drafts library and of the changed-on-disk banner. */
export interface LibraryStrings {
  /** The header button and the dialog's name. */
  drafts: string;
  draftsHint: string;
  intro: string;
  search: string;
  searchPlaceholder: string;
  /** The newest entries, the recent documents. */
  recent: string;
  older: string;
  title: string;
  channel: string;
  language: string;
  lastEdit: string;
  score: string;
  actions: string;
  forget: string;
  forgetHint: (title: string) => string;
  openHint: (path: string) => string;
  empty: string;
  noMatch: (query: string) => string;
  matches: (n: number) => string;
  loading: string;
  listFailed: (detail: string) => string;
  forgetFailed: (detail: string) => string;
  close: string;
  scoreText: (score: LibraryScore, format: (n: number) => string) => string;
  /** Asked before another document replaces unsaved changes. */
  discardChanges: (current: string, next: string) => string;
  untitled: string;
  changedOnDisk: (name: string) => string;
  reload: string;
  reloadHint: string;
  keepMine: string;
  keepMineHint: string;
  missingOnDisk: (name: string) => string;
  saveAgain: string;
  dismiss: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: LibraryStrings = {
  drafts: 'Drafts',
  draftsHint: 'The documents you opened or saved',
  intro: 'The documents you opened or saved, the most recent first. Open one to go back where you left off.',
  search: 'Search the drafts',
  searchPlaceholder: 'Title, file, channel or language',
  recent: 'Recent',
  older: 'Older',
  title: 'Title',
  channel: 'Channel',
  language: 'Language',
  lastEdit: 'Last edit',
  score: 'Score',
  actions: 'Actions',
  forget: 'Forget',
  forgetHint: (title) => `Remove “${title}” from the drafts (the file stays where it is)`,
  openHint: (path) => `Open ${path}`,
  empty: 'No drafts yet: the documents you open or save appear here.',
  noMatch: (query) => `No draft matches “${query}”.`,
  matches: (n) => (n === 0 ? 'No draft matches.' : `${plural(n, 'draft', 'drafts')} found.`),
  loading: 'Loading the drafts…',
  listFailed: (detail) => `The drafts could not be listed: ${detail}`,
  forgetFailed: (detail) => `The draft could not be forgotten: ${detail}`,
  close: 'Close',
  scoreText: (score, format) =>
    `${score.name === 'kandelMoles' ? 'Kandel–Moles' : 'Reading ease'} ${format(score.value)} · ${plural(score.errors, 'error', 'errors')}, ${plural(score.warnings, 'warning', 'warnings')}`,
  discardChanges: (current, next) => `“${current}” has unsaved changes. Discard them and open “${next}”?`,
  untitled: 'Untitled',
  changedOnDisk: (name) => `“${name}” changed on disk.`,
  reload: 'Reload it',
  reloadHint: 'Open the version on disk; the changes made here are lost',
  keepMine: 'Keep mine',
  keepMineHint: 'Keep the text in the editor; saving it replaces the version on disk',
  missingOnDisk: (name) => `“${name}” was moved or deleted. Save it again to keep it.`,
  saveAgain: 'Save',
  dismiss: 'Dismiss',
};

/** Typography: a no-break space before « : ; ! ? » and inside « ». */
const fr: LibraryStrings = {
  drafts: 'Brouillons',
  draftsHint: 'Les documents que vous avez ouverts ou enregistrés',
  intro:
    'Les documents que vous avez ouverts ou enregistrés, les plus récents d’abord. Ouvrez-en un pour reprendre là où vous en étiez.',
  search: 'Rechercher dans les brouillons',
  searchPlaceholder: 'Titre, fichier, canal ou langue',
  recent: 'Récents',
  older: 'Plus anciens',
  title: 'Titre',
  channel: 'Canal',
  language: 'Langue',
  lastEdit: 'Dernière modification',
  score: 'Score',
  actions: 'Actions',
  forget: 'Oublier',
  forgetHint: (title) => `Retirer «\u00a0${title}\u00a0» des brouillons (le fichier reste où il est)`,
  openHint: (path) => `Ouvrir ${path}`,
  empty: 'Aucun brouillon pour l’instant\u00a0: les documents que vous ouvrez ou enregistrez apparaissent ici.',
  noMatch: (query) => `Aucun brouillon ne correspond à «\u00a0${query}\u00a0».`,
  matches: (n) =>
    n === 0 ? 'Aucun brouillon ne correspond.' : `${n} ${n <= 1 ? 'brouillon trouvé' : 'brouillons trouvés'}.`,
  loading: 'Chargement des brouillons…',
  listFailed: (detail) => `Les brouillons n’ont pas pu être listés\u00a0: ${detail}`,
  forgetFailed: (detail) => `Le brouillon n’a pas pu être oublié\u00a0: ${detail}`,
  close: 'Fermer',
  scoreText: (score, format) =>
    `${score.name === 'kandelMoles' ? 'Kandel–Moles' : 'Facilité de lecture'} ${format(score.value)} · ${score.errors} ${score.errors <= 1 ? 'erreur' : 'erreurs'}, ${score.warnings} ${score.warnings <= 1 ? 'avertissement' : 'avertissements'}`,
  discardChanges: (current, next) =>
    `«\u00a0${current}\u00a0» a des modifications non enregistrées. Les abandonner et ouvrir «\u00a0${next}\u00a0»\u00a0?`,
  untitled: 'Sans titre',
  changedOnDisk: (name) => `«\u00a0${name}\u00a0» a changé sur le disque.`,
  reload: 'Recharger',
  reloadHint: 'Ouvrir la version du disque\u00a0; les modifications faites ici sont perdues',
  keepMine: 'Garder le mien',
  keepMineHint: 'Garder le texte de l’éditeur\u00a0; l’enregistrer remplace la version du disque',
  missingOnDisk: (name) => `«\u00a0${name}\u00a0» a été déplacé ou supprimé. Enregistrez-le à nouveau pour le garder.`,
  saveAgain: 'Enregistrer',
  dismiss: 'Ignorer',
};

/** The drafts library's words in English and French (the `UiLocale`s), for `useLocalized`. */
export const LIBRARY_STRINGS: Readonly<Record<'en' | 'fr', LibraryStrings>> = { en, fr };
