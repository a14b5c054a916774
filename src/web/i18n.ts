/**
 * Interface language: Dutch (nl-BE) by default, English second. The choice is remembered in
 * localStorage (`sb.locale`); without a stored choice the logged-in user's own locale applies.
 * Dutch is bundled; English is a chunk of its own, loaded the first time the language turns English.
 */
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './locales/nl.ts';

export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];
const STORAGE_KEY = 'sb.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'nl' || value === 'en';
}

/** The language stored on this device, if the user ever chose one. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}

/** The current interface language. */
export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
}

/** The Intl locale for numbers and dates: Belgian in Dutch; in English British (1,234.5 and dates day first, 30/11/2026). */
export function intlLocale(locale: Locale = currentLocale()): string {
  return locale === 'en' ? 'en-GB' : 'nl-BE';
}

function syncDocumentLanguage(): void {
  // Only a real change: setting the attribute restyles the whole page (~50 ms of a cold load).
  if (document.documentElement.lang !== intlLocale()) document.documentElement.lang = intlLocale();
}

/** Switches the language because the user chose it: remembered on this device. */
export async function chooseLocale(locale: Locale): Promise<void> {
  rememberLocale(locale);
  await i18n.changeLanguage(locale);
}

/**
 * Applies the logged-in user's own locale when this device has no stored choice; called once a
 * session is known.
 */
export async function applyUserLocale(userLocale: Locale): Promise<void> {
  if (storedLocale() === null && currentLocale() !== userLocale) {
    await i18n.changeLanguage(userLocale);
  }
}

/**
 * Loads a language that is not bundled (English) when i18next first needs it: `changeLanguage('en')`
 * resolves, and the interface switches, once the catalogue is there, so no page mixes the languages.
 */
const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (language !== 'en') return callback(null, {});
    import('./locales/en.ts').then(
      ({ en }) => callback(null, en),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * Resolves once the interface can show its first language. main.tsx waits for it only when English is
 * stored (the chunk is then fetched before the first render, so there is no flash of Dutch).
 */
export const i18nReady = i18n
  .use(initReactI18next)
  .use(lazyCatalogues)
  .init({
    resources: { nl: { translation: nl } },
    partialBundledLanguages: true,
    lng: storedLocale() ?? 'nl',
    fallbackLng: 'nl',
    supportedLngs: LOCALES,
    // React escapes interpolated values itself; escaping here would show "&amp;" in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

i18n.on('languageChanged', syncDocumentLanguage);
syncDocumentLanguage();

export default i18n;
