/** Readable, translated labels for codes that come from the server (roles, org types, actions). */
import type { TFunction } from 'i18next';
import { ORG_TYPES } from '../../modules/orgs/logic.ts';
import { ROLES, type Role } from '../../modules/orgs/policy.ts';
import type { Locale } from '../i18n.ts';

export function roleLabel(t: TFunction, role: string): string {
  return t(`roles.${role}`, { defaultValue: role });
}

/** Role options for a Select, in the order of the permission table. */
export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }));
}

export function orgTypeLabel(code: string, locale: Locale): string {
  const type = ORG_TYPES.find((item) => item.code === code);
  return type ? type[locale] : code;
}

/** Organisation type options for a Select, in the interface language. */
export function orgTypeOptions(locale: Locale): { value: string; label: string }[] {
  return ORG_TYPES.map((type) => ({ value: type.code, label: type[locale] }));
}

/** An audit action code such as `member.created` as a readable label; unknown codes stay as they are. */
export function actionLabel(t: TFunction, action: string): string {
  const label = t(`auditActions.${action}`, { defaultValue: action });
  return typeof label === 'string' ? label : action;
}

export function languageLabel(t: TFunction, language: string): string {
  return t(`language.${language}`, { defaultValue: language });
}

/** The kind of record an audit entry is about (`membership`) as a readable word. */
export function entityLabel(t: TFunction, entity: string): string {
  return t(`entities.${entity}`, { defaultValue: entity });
}
