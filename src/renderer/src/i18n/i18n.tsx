import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../../core/host';
import { en, type Strings } from './en';
import { fr } from './fr';

/** The languages of the interface. */
export type UiLocale = 'en' | 'fr';

const CATALOGS: Record<UiLocale, Strings> = { en, fr };

/** The shared words of the interface in one language, for code outside the provider. */
export function stringsFor(locale: UiLocale): Strings {
  return CATALOGS[locale];
}

/** The interface language: the setting, or the operating system's language when the setting is `system`. */
export function resolveUiLocale(setting: UiLanguage | undefined, systemLocale: string | undefined): UiLocale {
  if (setting === 'en' || setting === 'fr') return setting;
  return systemLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const LocaleContext = createContext<UiLocale>('en');

/** Gives the interface language to the components below. */
export function LocaleProvider({ locale, children }: { locale: UiLocale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The interface language. */
export function useLocale(): UiLocale {
  return useContext(LocaleContext);
}

/** The shared words of the interface, in its language. */
export function useStrings(): Strings {
  return CATALOGS[useContext(LocaleContext)];
}

/**
 * A feature's own words, in both languages, next to its component:
 * `const t = useLocalized(ISSUES_STRINGS)` where `ISSUES_STRINGS = { en: {...}, fr: {...} }`.
 */
export function useLocalized<T>(table: Readonly<Record<UiLocale, T>>): T {
  return table[useContext(LocaleContext)];
}
