import type { Severity } from '../../../core/engine/diagnostic';
import type { BuiltInCategory } from './issues-model';

const enNumber = new Intl.NumberFormat('en');
const frNumber = new Intl.NumberFormat('fr');

const en = {
  /** The panel's heading and the accessible name of its region. */
  title: 'Issues',
  groupBy: 'Group by',
  groupings: { severity: 'Severity', category: 'Category' },
  style: 'Style',
  allStyles: (n: number) => `All styles (${enNumber.format(n)})`,
  styleOption: (style: string, n: number) => `${style} (${enNumber.format(n)})`,
  /** A severity on its own, read before each finding by screen readers. */
  severityName: { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' } satisfies Record<Severity, string>,
  /** A severity group's title, in the number of its findings. */
  severityGroup: (severity: Severity, n: number): string =>
    n === 1
      ? { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' }[severity]
      : { error: 'Errors', warning: 'Warnings', suggestion: 'Suggestions' }[severity],
  severityCount: (severity: Severity, n: number): string =>
    `${enNumber.format(n)} ${n === 1 ? severity : `${severity}s`}`,
  categories: {
    correctness: 'Correctness',
    clarity: 'Clarity',
    inclusion: 'Inclusion',
    typography: 'Typography',
  } satisfies Record<BuiltInCategory, string>,
  issueCount: (n: number) => `${enNumber.format(n)} ${n === 1 ? 'issue' : 'issues'}`,
  /** A group's list name for screen readers: "Clarity: 12 issues". */
  groupListLabel: (name: string, count: string) => `${name}: ${count}`,
  severityPrefix: (name: string) => `${name}: `,
  quote: (text: string) => `“${text}”`,
  count: (n: number) => enNumber.format(n),
  showMore: (n: number) => `Show ${enNumber.format(n)} more`,
  empty: 'No issues: nice work.',
  hint: 'F8 next issue · Shift+F8 previous',
};

/** Every word the Issues panel shows, in one language. */
export type IssuesStrings = typeof en;

const frPlural = (n: number, one: string, many: string): string => `${frNumber.format(n)}\u00a0${n <= 1 ? one : many}`;

const fr: IssuesStrings = {
  title: 'Remarques',
  groupBy: 'Grouper par',
  groupings: { severity: 'Gravité', category: 'Catégorie' },
  style: 'Style',
  allStyles: (n) => `Tous les styles (${frNumber.format(n)})`,
  styleOption: (style, n) => `${style} (${frNumber.format(n)})`,
  severityName: { error: 'Erreur', warning: 'Avertissement', suggestion: 'Suggestion' },
  severityGroup: (severity, n) =>
    n <= 1
      ? { error: 'Erreur', warning: 'Avertissement', suggestion: 'Suggestion' }[severity]
      : { error: 'Erreurs', warning: 'Avertissements', suggestion: 'Suggestions' }[severity],
  severityCount: (severity, n) =>
    ({
      error: frPlural(n, 'erreur', 'erreurs'),
      warning: frPlural(n, 'avertissement', 'avertissements'),
      suggestion: frPlural(n, 'suggestion', 'suggestions'),
    })[severity],
  categories: { correctness: 'Correction', clarity: 'Clarté', inclusion: 'Inclusion', typography: 'Typographie' },
  issueCount: (n) => frPlural(n, 'remarque', 'remarques'),
  groupListLabel: (name, count) => `${name}\u00a0: ${count}`,
  severityPrefix: (name) => `${name}\u00a0: `,
  quote: (text) => `«\u00a0${text}\u00a0»`,
  count: (n) => frNumber.format(n),
  showMore: (n) => `Afficher ${frNumber.format(n)} de plus`,
  empty: 'Aucune remarque\u00a0: bravo.',
  hint: 'F8 remarque suivante · Maj+F8 précédente',
};

/**
 * The Issues panel's words in English and French (the `UiLocale`s), for `useLocalized`.
 * Kept free of `i18n.tsx` so that tests without JSX can import it.
 * French typography: a no-break space before « : ; ! ? » and inside « ».
 */
export const ISSUES_STRINGS: Readonly<Record<'en' | 'fr', IssuesStrings>> = { en, fr };
