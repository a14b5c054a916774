import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clientColumn } from './clientColumn.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import type { BudgetStart } from '../../../modules/clients/schema.ts';

const COLORS = { ok: 'teal', near: 'yellow', passed: 'red' } as const;

/** Budgets made available but not started: the 4-month deadline, warned ahead, and the dated fall-back to PG3. */
export function BudgetStartsSection({ href, starts }: { href: (path: string) => string; starts: BudgetStart[] }) {
  const { t } = useTranslation();
  const state = (b: BudgetStart) =>
    b.fellBack
      ? t('clients.waiting.startsPassed', { date: formatDate(b.fallbackOn) })
      : t(b.status === 'near' ? 'clients.waiting.startsNear' : 'clients.waiting.startsOk', { days: b.daysLeft });
  const columns: Column<BudgetStart>[] = [
    clientColumn<BudgetStart>({
      key: 'client',
      header: t('clients.waiting.startsClient'),
      href,
      client: (b) => ({ id: b.clientId, name: b.clientName }),
    }),
    { key: 'category', header: t('clients.waiting.startsCategory'), value: (b) => b.category, align: 'left' },
    { key: 'made', header: t('clients.waiting.startsMadeAvailable'), value: (b) => b.madeAvailableOn, format: 'date' },
    { key: 'deadline', header: t('clients.waiting.startsDeadline'), value: (b) => b.deadline, format: 'date' },
    {
      key: 'state',
      header: t('clients.waiting.startsState'),
      value: state,
      render: (b) => (
        <Badge color={COLORS[b.status]} variant={b.status === 'ok' ? 'light' : 'filled'}>
          {state(b)}
        </Badge>
      ),
    },
  ];
  return (
    <Section title={t('clients.waiting.startsTitle')}>
      <Text size="sm">{t('clients.waiting.startsHelp')}</Text>
      <DataTable
        caption={t('clients.waiting.startsCaption')}
        rows={starts}
        rowKey={(b) => b.fundingId}
        columns={columns}
        minWidth={720}
        empty={t('clients.waiting.startsNone')}
      />
    </Section>
  );
}
