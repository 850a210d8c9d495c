/**
 * Number formatting for the scorecard panel, in the interface's language
 * (`Intl.NumberFormat` of `en` or `fr`). Pure: the formats are built once.
 */
import type { UiLanguage } from '../../../core/scorecard/meanings';

const ONE_DECIMAL: Record<UiLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  fr: new Intl.NumberFormat('fr', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

const UP_TO_ONE_DECIMAL: Record<UiLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
  fr: new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }),
};

const INTEGER: Record<UiLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 0 }),
  fr: new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }),
};

/** Rounded to one decimal as the core's messages round (half up), without a negative zero. */
function tenths(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/**
 * A readability score with exactly one decimal: `44.0` in English, `44,0` in
 * French; `-0.04` gives `0.0`, not `-0.0`.
 */
export function formatScore(value: number, ui: UiLanguage): string {
  return ONE_DECIMAL[ui].format(tenths(value));
}

/**
 * A target's limit: whole limits without decimals (`60`), others with one
 * (`8.5`, `8,5`), as the user may set them in settings.
 */
export function formatLimit(limit: number, ui: UiLanguage): string {
  return UP_TO_ONE_DECIMAL[ui].format(tenths(limit));
}

/**
 * A count, with the language's digit grouping: `9,774` in English, `9 774`
 * in French (a narrow no-break space, U+202F, as `Intl` writes it).
 */
export function formatCount(n: number, ui: UiLanguage): string {
  return INTEGER[ui].format(Math.round(n));
}

/**
 * A share from 0 to 1 as a whole percentage: `3%` in English, `3 %` in French
 * (a no-break space, U+00A0, as the core's messages write it). A share that is
 * not zero but rounds to 0 shows as `<1%` (`< 1 %`), not as none.
 */
export function formatPercent(share: number, ui: UiLanguage): string {
  const n = Math.round(share * 100);
  if (n === 0 && share > 0) return ui === 'fr' ? '<\u00a01\u00a0%' : '<1%';
  const digits = formatCount(n, ui);
  return ui === 'fr' ? `${digits}\u00a0%` : `${digits}%`;
}
