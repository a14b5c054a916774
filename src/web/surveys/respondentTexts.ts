/** The respondent pages' own texts, in Dutch, English and French (the interface catalogues have no French). */
import { surveysEn } from './locales/en.ts';
import { respondentFr } from './locales/fr.ts';
import { surveysNl } from './locales/nl.ts';

export const TEXTS = { nl: surveysNl.respondent, en: surveysEn.respondent, fr: respondentFr };
export type Key = keyof typeof respondentFr;
export const fill = (s: string, vars: Record<string, string | number> = {}) =>
  s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));
