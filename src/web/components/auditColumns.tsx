import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../modules/audit/schema.ts';
import { formatDateTime } from '../format.ts';
import type { Column } from './DataTable.tsx';
import { auditSentence } from './auditSentence.ts';
import { actionLabel } from './labels.ts';

/**
 * The columns of an audit table: when (with the repeats of a folded entry) and what happened, as a
 * sentence naming the person (auditSentence.ts); the whole log (`full`) adds the action's short label
 * under it, the word its filter uses. Not sortable: the log reads newest first, page by page.
 */
export function auditColumns(t: TFunction, full: boolean): Column<AuditEntry>[] {
  const columns: Column<AuditEntry>[] = [
    {
      key: 'when',
      header: t('audit.when'),
      nowrap: true,
      render: (entry) => (
        <>
          {formatDateTime(entry.at)}
          {full && entry.count > 1 && entry.lastAt && (
            <Text size="xs" c="dimmed">
              {t('audit.repeated', { count: entry.count, last: formatDateTime(entry.lastAt) })}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'what',
      header: t('audit.what'),
      render: (entry) => (
        <>
          {auditSentence(t, entry)}
          {full && actionLabel(t, entry.action) !== entry.action && (
            <Text size="xs" c="dimmed">
              {actionLabel(t, entry.action)}
            </Text>
          )}
        </>
      ),
    },
  ];
  return columns;
}
