/**
 * An audit entry as a sentence for people: "Karen Willems bekeek de cliëntenlijst (60 cliënten)"
 * instead of `client.listed · cl_client · count: 60`. The sentences are in `auditSentences` of the
 * locales (locales/audit-nl.json, audit-en.json), one per action; a count in the details picks the
 * `_counted` sentence with i18n plurals. An action without a sentence falls back to its label.
 */
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../modules/audit/schema.ts';
import { actionLabel, roleLabel } from './labels.ts';

type Entry = Pick<AuditEntry, 'action' | 'actor' | 'details'>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `yyyy-mm-dd` day as `dd/mm/yyyy`, what formatDate (web/format.ts) shows in both languages (nl-BE,
 * en-GB); done here because format.ts reads the interface language of the page, not the one of `t`.
 */
function dayText(value: string): string {
  const day = DAY.exec(value);
  return day ? `${day[3]}/${day[2]}/${day[1]}` : value;
}

/** The details that may appear in a sentence, as text; roles in words, days in the Belgian format. */
function params(t: TFunction, details: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'number') out[key] = value;
    else if (typeof value === 'string')
      out[key] = ['role', 'from', 'to'].includes(key) ? roleLabel(t, value) : dayText(value);
  }
  return out;
}

/** The key of an action's sentence (`auditSentences.client.listed`), whether or not it exists. */
export function sentenceKey(action: string): string {
  return `auditSentences.${action}`;
}

export function auditSentence(t: TFunction, entry: Entry): string {
  const who = entry.actor?.name || entry.actor?.email || t('audit.unknownActor');
  const values = { ...params(t, entry.details), who, interpolation: { escapeValue: false } };
  const key = sentenceKey(entry.action);
  if (typeof entry.details.count === 'number' && t(`${key}_counted`, { count: 2, defaultValue: '' }) !== '') {
    return t(`${key}_counted`, { ...values, count: entry.details.count });
  }
  const sentence = t(key, { ...values, defaultValue: '' });
  return typeof sentence === 'string' && sentence !== '' ? sentence : `${who}: ${actionLabel(t, entry.action)}`;
}
