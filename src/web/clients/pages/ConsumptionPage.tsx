import { Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { consumptionQuery, offerQuery } from '../api.ts';
import { ClientFilters } from '../components/ClientFilters.tsx';
import { clientColumn } from '../components/clientColumn.tsx';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { ConsumptionWarnings } from '../components/ConsumptionWarnings.tsx';
import { formatPoints, pointsValue } from '../format.ts';
import type { ConsumptionRow } from '../../../modules/clients/schema.ts';
import { thisYear as brusselsYear } from '../../../lib/calendar.ts';

type PointsKey = 'agreed' | 'delivered' | 'remaining' | 'projected' | 'roomToHelp';

function Consumption({ orgId, href, can }: ClientsContext) {
  const { t } = useTranslation();
  const thisYear = brusselsYear();
  const [year, setYear] = useState(thisYear);
  const professional = !can('clients.manage');
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const [group, setGroup] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const data = useQuery(consumptionQuery(orgId, year));
  const offer = useQuery(offerQuery(orgId));
  const fnName = (code: string) => offer.data?.functions.find((f) => f.code === code)?.name ?? code;
  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (data.data?.items ?? []).filter(
      (r) =>
        (!onlyWarnings || r.warnings.length > 0) &&
        (!group || r.groupId === group) &&
        (!needle || r.clientName.toLowerCase().includes(needle)),
    );
  }, [data.data, onlyWarnings, group, search]);
  const points = (key: PointsKey, strong = false): Column<ConsumptionRow> => ({
    key,
    header: t(`clients.consumption.${key}`),
    value: (r) => pointsValue(r[key]),
    render: (r) => (
      <Text span ff="monospace" fz="sm" fw={strong ? 700 : undefined} c={pointsValue(r[key]) < 0 ? 'red.8' : undefined}>
        {formatPoints(r[key])}
      </Text>
    ),
    align: 'right',
    nowrap: true,
  });
  const room = points('roomToHelp', true);
  const columns: Column<ConsumptionRow>[] = [
    clientColumn<ConsumptionRow>({
      key: 'clientName',
      header: t('clients.consumption.client'),
      href,
      client: (r) => ({ id: r.clientId, name: r.clientName }),
      linked: can('clients.read'),
    }),
    { key: 'function', header: t('clients.consumption.function'), value: (r) => fnName(r.function) },
    ...(professional ? [room] : []),
    points('agreed'),
    points('delivered'),
    points('remaining'),
    points('projected'),
    ...(professional ? [] : [room]),
    {
      key: 'warnings',
      header: t('clients.consumption.warnings'),
      value: (r) => r.warnings.length,
      render: (r) => <ConsumptionWarnings warnings={r.warnings} />,
      align: 'left',
    },
  ];
  return (
    <Section title={professional ? t('clients.consumption.helpTitle') : t('clients.consumption.allTitle')}>
      <Text size="sm">{professional ? t('clients.consumption.helpText') : t('clients.consumption.allText')}</Text>
      <ClientFilters
        before={
          <Select
            label={t('clients.consumption.year')}
            data={[thisYear - 1, thisYear, thisYear + 1].map(String)}
            value={String(year)}
            onChange={(y) => y && setYear(Number(y))}
            allowDeselect={false}
            w={110}
          />
        }
        search={search}
        onSearch={setSearch}
        groups={offer.data?.groups ?? []}
        group={group}
        onGroup={setGroup}
        check={{ label: t('clients.consumption.onlyWarnings'), checked: onlyWarnings, onChange: setOnlyWarnings }}
      />
      {!data.data ? (
        <QueryState error={data.error} inline />
      ) : (
        <Stack gap="xs">
          <DataTable
            caption={t('clients.consumption.caption', { count: rows.length, date: formatDate(data.data.asOf) })}
            rows={rows}
            rowKey={(r) => `${r.clientId}|${r.function}`}
            columns={columns}
            minWidth={900}
            initialSort={
              professional
                ? { key: 'roomToHelp', direction: 'descending' }
                : { key: 'clientName', direction: 'ascending' }
            }
            empty={t('clients.consumption.none')}
          />
          <Text size="xs" c="dimmed">
            {t('clients.consumption.legend')}
          </Text>
        </Stack>
      )}
    </Section>
  );
}

/** `/o/:orgId/clients/consumption`: agreed, delivered, remaining, projected and room to help per client and function. */
export function ConsumptionPage() {
  return <ClientsFramePage title="clients.consumption.title" needs={['clients.read']} body={Consumption} />;
}
