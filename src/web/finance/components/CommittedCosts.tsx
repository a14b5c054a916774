import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Section } from '../../components/Section.tsx';
import { formatMoneyCents } from '../../format.ts';
import { financeKey } from '../api.ts';

type Centre = { costCentre: string; agreements: number; costCents: number };

/**
 * The expected cost of the social-economy cooperation agreements per cost centre in the year: shown
 * beside the cost price, never added to it (the partner's invoices reach the ledger already).
 */
export function CommittedCosts({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const costs = useQuery({
    queryKey: [...financeKey(orgId), 'committed', year] as const,
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/finance/committed-costs', { params: { path: { orgId }, query: { year } } })),
  });
  if (!costs.data || costs.data.centres.length === 0) return null;
  const columns: Column<Centre>[] = [
    {
      key: 'centre',
      header: t('finance.cost.committedCentre'),
      value: (c) => c.costCentre || t('finance.cost.committedNone'),
      rowHeader: true,
    },
    { key: 'agreements', header: t('finance.cost.committedAgreements'), value: (c) => c.agreements, format: 'integer' },
    { key: 'cost', header: t('finance.cost.committedCost'), value: (c) => c.costCents, format: 'moneyCents' },
  ];
  return (
    <Section title={t('finance.cost.committedTitle')} intro={t('finance.cost.committedHelp')}>
      <DataTable
        caption={t('finance.cost.committedCaption', { year })}
        rows={costs.data.centres}
        rowKey={(c) => c.costCentre}
        columns={columns}
        footer={{ centre: t('finance.cost.committedTotal'), cost: formatMoneyCents(costs.data.totalCents) }}
      />
    </Section>
  );
}
