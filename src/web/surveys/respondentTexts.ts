/** The respondent pages' own texts, in Dutch, English and French (the interface catalogues have no French). */
import en from './locales/en.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import nl from './locales/nl.json' with { type: 'json' };

type Texts = (typeof nl)['respondent'];
/** Typed as the Dutch texts, so a key English or French lacks fails the type check. */
export const TEXTS: Record<'nl' | 'en' | 'fr', Texts> = { nl: nl.respondent, en: en.respondent, fr: fr.respondent };
export type Key = keyof Texts;
export const fill = (s: string, vars: Record<string, string | number> = {}) =>
  s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
