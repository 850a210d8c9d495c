import type { Strings } from './en';

const plural = (n: number, one: string, many: string): string => `${n} ${n <= 1 ? one : many}`;

/** The UI's French words: the same keys as `en.ts`. Typography: a no-break space before « : ; ! ? ». */
export const fr: Strings = {
  appName: 'Porte-voix',
  untitled: 'Sans titre',
  unsaved: 'Modifications non enregistrées',
  saved: 'Enregistré',
  document: 'Document',
  placeholder:
    'Écrivez votre publication ou votre article ici. Les raccourcis Markdown marchent\u00a0: # titre, - liste, > citation.',
  formatting: 'Mise en forme',
  undo: 'Annuler',
  redo: 'Rétablir',
  blockType: 'Type de bloc',
  paragraph: 'Paragraphe',
  heading1: 'Titre 1',
  heading2: 'Titre 2',
  heading3: 'Titre 3',
  quote: 'Citation',
  bold: 'Gras',
  italic: 'Italique',
  link: 'Lien',
  linkAddress: 'Adresse du lien',
  linkInvalid: 'Saisissez une adresse web (https://…) ou une adresse e-mail.',
  apply: 'Appliquer',
  cancel: 'Annuler',
  bulletList: 'Liste à puces',
  numberedList: 'Liste numérotée',
  open: 'Ouvrir…',
  save: 'Enregistrer',
  saveAs: 'Enregistrer sous…',
  theme: 'Thème',
  themeSystem: 'Thème du système',
  themeLight: 'Clair',
  themeDark: 'Sombre',
  dismiss: 'Fermer',
  statistics: 'Statistiques du document',
  language: 'Langue',
  languageNames: { en: 'anglais', fr: 'français' },
  words: 'Mots',
  characters: 'Caractères',
  readingTime: 'Temps de lecture',
  readingEase: 'Facilité de lecture de Flesch',
  gradeLevel: 'Niveau scolaire Flesch–Kincaid',
  readingEaseShort: 'Facilité',
  gradeLevelShort: 'Niveau',
  kandelMoles: 'Kandel–Moles',
  lix: 'LIX',
  findings: 'Remarques',
  severityCount: (severity, n) =>
    severity === 'error'
      ? plural(n, 'erreur', 'erreurs')
      : severity === 'warning'
        ? plural(n, 'avertissement', 'avertissements')
        : plural(n, 'suggestion', 'suggestions'),
  findingsDetail: (c) =>
    `${plural(c.error, 'erreur', 'erreurs')} · ${plural(c.warning, 'avertissement', 'avertissements')} · ${plural(c.suggestion, 'suggestion', 'suggestions')}`,
  computing: 'Mise à jour des chiffres…',
  statsFailed: 'Les chiffres n’ont pas pu être mis à jour',
  minutes: (n) => `${n}\u00a0min`,
  bands: {
    'very easy': 'très facile',
    easy: 'facile',
    'fairly easy': 'assez facile',
    standard: 'langage courant',
    'fairly difficult': 'assez difficile',
    difficult: 'difficile',
    'very difficult': 'très difficile',
  },
  grade: (g) => (g < 1 ? 'avant la 1re année' : `${Math.round(g)}e année (États-Unis)`),
  rulePacks: 'Jeux de règles',
  rulePacksButton: (packs, problems) =>
    problems === 0
      ? plural(packs, 'jeu de règles', 'jeux de règles')
      : `${plural(packs, 'jeu de règles', 'jeux de règles')}, ${plural(problems, 'problème', 'problèmes')}`,
  rulePacksIntro: (folder) =>
    `Les jeux fournis viennent avec Porte-voix. Vos propres jeux sont des styles Vale (un dossier de règles YAML par jeu) dans ${folder}\u00a0; relancez Porte-voix après les avoir modifiés.`,
  packName: 'Jeu',
  packVersion: 'Version',
  packOrigin: 'Origine',
  packRules: 'Règles',
  packOrigins: { bundled: 'fourni', user: 'le vôtre' },
  packProblems: 'Problèmes',
  packProblemsNone: 'Toutes les règles sont chargées.',
  packNotices: 'Remarques',
  packsLoadFailed: 'Les jeux de règles n’ont pas pu être chargés',
  close: 'Fermer',
  uiLanguage: 'Langue de l’interface',
  uiLanguageSystem: 'Langue du système',
  uiLanguageNames: { en: 'English', fr: 'Français' },
};
