/**
 * The words of the settings screen and of its header button, in English and
 * French. The scores' names come from the core (`scoreLabel`). French
 * typography: a no-break space (U+00A0) before « : ; ! ? ».
 */
import type { ChannelSetting, Theme, UiLanguage } from '../../../core/host';

/** Every word of the settings screen. */
export interface SettingsStrings {
  /** The dialog's name, and the header button's. */
  title: string;
  /** The header button's tooltip, with the shortcut already written for the platform. */
  openHint: (shortcut: string) => string;
  general: string;
  uiLanguage: string;
  uiLanguages: Record<UiLanguage, string>;
  theme: string;
  themes: Record<Theme, string>;
  defaultChannel: string;
  defaultChannelHint: string;
  channelNames: Record<ChannelSetting, string>;
  highlightHard: string;
  highlightHardHint: string;
  targets: string;
  targetsIntro: string;
  channel: string;
  englishText: string;
  frenchText: string;
  /** "Minimum Flesch reading ease", from the score's name. */
  minimum: (score: string) => string;
  maximum: (score: string) => string;
  /** The accessible name of one target field: "LinkedIn: minimum Flesch reading ease". */
  targetField: (channel: string, limit: string) => string;
  targetInvalid: string;
  packs: string;
  packsIntro: string;
  packLabel: (name: string, rules: number) => string;
  packNotLoaded: (name: string) => string;
  noPacks: string;
  disabledRules: string;
  noDisabledRules: string;
  turnBackOn: string;
  /** The accessible name of a "Turn back on" button: it starts with the visible words. */
  turnBackOnRule: (rule: string) => string;
  vocabulary: string;
  vocabularyIntro: string;
  noWords: string;
  remove: string;
  removeWord: (word: string) => string;
  newWord: string;
  add: string;
  close: string;
}

const en: SettingsStrings = {
  title: 'Settings',
  openHint: (shortcut) => `Settings (${shortcut})`,
  general: 'General',
  uiLanguage: 'Interface language',
  uiLanguages: { system: 'System language', en: 'English', fr: 'Français' },
  theme: 'Theme',
  themes: { system: 'System theme', light: 'Light', dark: 'Dark' },
  defaultChannel: 'Default channel',
  defaultChannelHint: 'New documents are written for this channel, unless their front matter names another.',
  channelNames: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' },
  highlightHard: 'Highlight hard sentences',
  highlightHardHint: 'Hard sentences in yellow, very hard ones in red.',
  targets: 'Readability targets',
  targetsIntro:
    'How easy a text should be on each channel. Leave a field empty to keep its default, shown in grey. ' +
    'Reading ease: higher is easier; grade and LIX: lower is easier.',
  channel: 'Channel',
  englishText: 'English text',
  frenchText: 'French text',
  minimum: (score) => `Minimum ${score}`,
  maximum: (score) => `Maximum ${score}`,
  targetField: (channel, limit) => `${channel}: ${limit}`,
  targetInvalid: 'Enter a number from −100 to 200, or leave the field empty for the default.',
  packs: 'Rule packs',
  packsIntro: 'The rules of a pack turned off do not run.',
  packLabel: (name, rules) => `${name} (${rules} ${rules === 1 ? 'rule' : 'rules'})`,
  packNotLoaded: (name) => `${name} (not loaded)`,
  noPacks: 'No rule pack is loaded yet.',
  disabledRules: 'Rules turned off',
  noDisabledRules: 'No rule is turned off. To turn one off, use “Turn this rule off” on a finding’s card.',
  turnBackOn: 'Turn back on',
  turnBackOnRule: (rule) => `Turn back on ${rule}`,
  vocabulary: 'Vocabulary',
  vocabularyIntro: 'Your own words: the spelling check accepts them, and so do the rule packs’ vocabulary exceptions.',
  noWords: 'No word yet.',
  remove: 'Remove',
  removeWord: (word) => `Remove ${word}`,
  newWord: 'New word',
  add: 'Add',
  close: 'Close',
};

const fr: SettingsStrings = {
  title: 'Réglages',
  openHint: (shortcut) => `Réglages (${shortcut})`,
  general: 'Général',
  uiLanguage: 'Langue de l’interface',
  uiLanguages: { system: 'Langue du système', en: 'English', fr: 'Français' },
  theme: 'Thème',
  themes: { system: 'Thème du système', light: 'Clair', dark: 'Sombre' },
  defaultChannel: 'Canal par défaut',
  defaultChannelHint: 'Les nouveaux documents sont écrits pour ce canal, sauf si leur en-tête en indique un autre.',
  channelNames: { linkedin: 'LinkedIn', x: 'X', mastodon: 'Mastodon', blog: 'Blog' },
  highlightHard: 'Surligner les phrases difficiles',
  highlightHardHint: 'Les phrases difficiles en jaune, les très difficiles en rouge.',
  targets: 'Objectifs de lisibilité',
  targetsIntro:
    'À quel point un texte doit être facile à lire sur chaque canal. Laissez un champ vide pour garder la valeur ' +
    'par défaut, affichée en gris. Facilité de lecture\u00a0: plus c’est haut, plus c’est facile\u00a0; niveau ' +
    'scolaire et LIX\u00a0: plus c’est bas, plus c’est facile.',
  channel: 'Canal',
  englishText: 'Texte anglais',
  frenchText: 'Texte français',
  minimum: (score) => `${score} (minimum)`,
  maximum: (score) => `${score} (maximum)`,
  targetField: (channel, limit) => `${channel}\u00a0: ${limit}`,
  targetInvalid: 'Saisissez un nombre de −100 à 200, ou laissez le champ vide pour la valeur par défaut.',
  packs: 'Jeux de règles',
  packsIntro: 'Les règles d’un jeu désactivé ne s’appliquent pas.',
  packLabel: (name, rules) => `${name} (${rules} ${rules <= 1 ? 'règle' : 'règles'})`,
  packNotLoaded: (name) => `${name} (non chargé)`,
  noPacks: 'Aucun jeu de règles n’est encore chargé.',
  disabledRules: 'Règles désactivées',
  noDisabledRules:
    'Aucune règle n’est désactivée. Pour en désactiver une, utilisez «\u00a0Désactiver cette règle\u00a0» ' +
    'sur la fiche d’une remarque.',
  turnBackOn: 'Réactiver',
  turnBackOnRule: (rule) => `Réactiver ${rule}`,
  vocabulary: 'Vocabulaire',
  vocabularyIntro:
    'Vos propres mots\u00a0: la vérification orthographique les accepte, tout comme les exceptions de vocabulaire ' +
    'des jeux de règles.',
  noWords: 'Aucun mot pour l’instant.',
  remove: 'Retirer',
  removeWord: (word) => `Retirer ${word}`,
  newWord: 'Nouveau mot',
  add: 'Ajouter',
  close: 'Fermer',
};

/** The settings screen's words, by interface language: `useLocalized(SETTINGS_STRINGS)`. */
export const SETTINGS_STRINGS = { en, fr } as const;
