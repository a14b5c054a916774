/** Survey texts in the UI: a text per language, shown in the wanted one. */
import type { Language, Texts } from '../../modules/surveys/schema.ts';

export type Lang3 = Language;

/** A survey text in the wanted language, falling back to Dutch. */
export const textIn = (t: Texts | undefined, lang: string): string => (t ? t[lang as Lang3] || t.nl || '' : '');

/**
 * A text as sent to the server: the empty languages dropped. Dutch may still be missing; the server
 * then refuses it naming the field (`title.nl`), so the type claims what the server will check.
 */
export const cleanTexts = (t: Texts) =>
  Object.fromEntries(Object.entries(t).filter(([, v]) => v?.trim())) as Texts & { nl: string };
