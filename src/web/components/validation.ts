/** Client-side checks that mirror the shared zod schemas, with translated messages. */
import type { TFunction } from 'i18next';
import { isValidKbo } from '../../modules/orgs/logic.ts';

export const MIN_PASSWORD = 10;

export function required(t: TFunction, value: string): string | undefined {
  return value.trim() ? undefined : t('validation.required');
}

export function email(t: TFunction, value: string): string | undefined {
  if (!value.trim()) return t('validation.required');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : t('validation.email');
}

export function newPassword(t: TFunction, value: string): string | undefined {
  return value.length >= MIN_PASSWORD ? undefined : t('validation.passwordLength');
}

export function repeated(t: TFunction, value: string, original: string): string | undefined {
  return value === original ? undefined : t('validation.passwordMismatch');
}

/** An empty KBO is fine (it is optional); a filled-in one must have valid check digits. */
export function optionalKbo(t: TFunction, value: string): string | undefined {
  return !value.trim() || isValidKbo(value) ? undefined : t('validation.kbo');
}
