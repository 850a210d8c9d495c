/**
 * The article panel's words, in English and French. The checks' messages
 * come from the core (`checkTitle`, `checkDescription`, `checkOutline`), in
 * the interface's language. French follows French typography: a no-break
 * space before `:`, `;`, `!`, `?` and `%`, and inside « ».
 */

/** The words of the article panel in one language. */
export interface ArticleStrings {
  /** The panel's accessible name. */
  region: string;
  heading: string;
  /** "Reading time: 4 min". */
  readingTime: (minutes: number) => string;
  /** How the fields apply their changes. */
  commitHint: string;
  /** Why the fields cannot be edited while the front matter is malformed. */
  blockedHint: string;
  titleLabel: string;
  /** The title's length against what search results show: "42 / 60 characters". */
  titleCount: (n: number, max: number) => string;
  titleOk: string;
  descriptionLabel: string;
  /** The description's length and the recommended range. */
  descriptionCount: (n: number, min: number, max: number) => string;
  descriptionOk: string;
  tagsLabel: string;
  tagsHint: string;
  /** How many tags the field holds. */
  tagsCount: (n: number) => string;
  outlineHeading: string;
  outlineEmpty: string;
  /** The level of a heading, shown before its text: "H2". */
  level: (level: number) => string;
  emptyHeading: string;
}

const en: ArticleStrings = {
  region: 'Article',
  heading: 'Article',
  readingTime: (minutes) => `Reading time: ${minutes < 1 ? 'under a minute' : `${minutes} min`}`,
  commitHint: 'Changes apply when you press Enter or leave the field; Escape cancels them.',
  blockedHint: 'Fix the front matter in the document to edit these fields here.',
  titleLabel: 'Title',
  titleCount: (n, max) => `${n} / ${max} characters`,
  titleOk: 'Fits in search results.',
  descriptionLabel: 'Excerpt (meta description)',
  descriptionCount: (n, min, max) => `${n} ${n === 1 ? 'character' : 'characters'} · ${min}–${max} recommended`,
  descriptionOk: 'A good length for search results and link previews.',
  tagsLabel: 'Tags',
  tagsHint: 'Separate tags with commas.',
  tagsCount: (n) => (n === 0 ? 'No tags' : n === 1 ? '1 tag' : `${n} tags`),
  outlineHeading: 'Outline',
  outlineEmpty: 'No headings yet: headings let readers scan the article and jump to what they need.',
  level: (level) => `H${level}`,
  emptyHeading: '(empty heading)',
};

const fr: ArticleStrings = {
  region: 'Article',
  heading: 'Article',
  readingTime: (minutes) => `Temps de lecture\u00a0: ${minutes < 1 ? 'moins d’une minute' : `${minutes}\u00a0min`}`,
  commitHint:
    'Les modifications s’appliquent quand vous appuyez sur Entrée ou quittez le champ\u00a0; Échap les annule.',
  blockedHint: 'Corrigez l’en-tête du document pour modifier ces champs ici.',
  titleLabel: 'Titre',
  titleCount: (n, max) => `${n} / ${max} caractères`,
  titleOk: 'Tient dans les résultats de recherche.',
  descriptionLabel: 'Extrait (méta-description)',
  descriptionCount: (n, min, max) => `${n} ${n > 1 ? 'caractères' : 'caractère'} · de ${min} à ${max} recommandés`,
  descriptionOk: 'Une bonne longueur pour les résultats de recherche et les aperçus de lien.',
  tagsLabel: 'Étiquettes',
  tagsHint: 'Séparez les étiquettes par des virgules.',
  tagsCount: (n) => (n === 0 ? 'Aucune étiquette' : n === 1 ? '1 étiquette' : `${n} étiquettes`),
  outlineHeading: 'Plan',
  outlineEmpty:
    'Pas encore d’intertitres\u00a0: ils permettent au lecteur de parcourir l’article et d’aller à ce qui l’intéresse.',
  level: (level) => `H${level}`,
  emptyHeading: '(titre vide)',
};

/** The article panel's words: `useLocalized(ARTICLE_STRINGS)`. */
export const ARTICLE_STRINGS: Readonly<Record<'en' | 'fr', ArticleStrings>> = { en, fr };
