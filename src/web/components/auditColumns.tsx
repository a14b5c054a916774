import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../modules/audit/schema.ts';
import { formatDateTime } from '../format.ts';
import type { Column } from './DataTable.tsx';
import { actionLabel, entityLabel } from './labels.ts';

/** Details as compact text: `role: staf, email: an@example.be`. */
function detailsText(details: AuditEntry['details']): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

/**
 * The columns of an audit table: when (with the repeats of a folded entry), who and what; the whole
 * log (`full`) adds the entity and the details. Not sortable: the log reads newest first, page by page.
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
    { key: 'who', header: t('audit.who'), render: (entry) => entry.actor?.email ?? t('audit.unknownActor') },
    { key: 'action', header: t('audit.action'), render: (entry) => actionLabel(t, entry.action) },
  ];
  if (!full) return columns;
  return [
    ...columns,
    { key: 'entity', header: t('audit.entity'), render: (entry) => entityLabel(t, entry.entity) },
    {
      key: 'details',
      header: t('audit.details'),
      render: (entry) => (
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-word' }}>
          {detailsText(entry.details)}
        </Text>
      ),
    },
  ];
}
