import type { TFunction } from 'i18next';

/** A Dutch language level as shown: the CEFR code, or "no requirement". */
export function languageLabel(t: TFunction, level: string): string {
  return level === 'none' ? t('jobCarving.language.none') : level;
}
