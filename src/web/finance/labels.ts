/** Translated names of finance codes (income types, units, drivers, fields …). */
import type { TFunction } from 'i18next';
import { INCOME_TYPES } from '../../modules/finance/logic/chart.ts';
import { currentLocale } from '../i18n.ts';
import { DRIVERS, LEDGER_FIELD_CHOICES, UNITS, type Message } from '../../modules/finance/schema.ts';

export function incomeTypeLabel(t: TFunction, type: string | null | undefined): string {
  return type ? t(`finance.incomeTypes.${type}`, { defaultValue: type }) : '—';
}

export function incomeTypeOptions(t: TFunction) {
  return INCOME_TYPES.map((value) => ({ value, label: incomeTypeLabel(t, value) }));
}

export function unitLabel(t: TFunction, unit: string | null | undefined): string {
  return unit ? t(`finance.units.${unit}`, { defaultValue: unit }) : '—';
}

export function unitOptions(t: TFunction) {
  return UNITS.map((value) => ({ value, label: unitLabel(t, value) }));
}

/** Cost centres to choose from, each as "code – name" (the code alone while it has no name). */
export function centreOptions(centres: readonly { code: string; name: string }[]) {
  return centres.map((c) => ({ value: c.code, label: c.name ? `${c.code} – ${c.name}` : c.code }));
}

export function driverOptions(t: TFunction) {
  return DRIVERS.map((value) => ({ value, label: t(`finance.drivers.${value}`) }));
}

export function fieldOptions(t: TFunction) {
  return LEDGER_FIELD_CHOICES.map((value) => ({ value, label: t(`finance.fields.${value}`) }));
}

/** A bilingual server message (or plain text) in the interface language. */
export function localized(message: Partial<Message> | string | null | undefined): string {
  if (!message) return '';
  return typeof message === 'string' ? message : (message[currentLocale()] ?? message.nl ?? '');
}
