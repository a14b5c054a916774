import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Form } from '../../components/Form.tsx';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatMoneyCents, formatNumber, formatPeriod } from '../../format.ts';
import { forecastQuery, type ForecastParams } from '../api.ts';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { FanChart } from '../components/FanChart.tsx';
import type { Forecast } from '../../../modules/clients/schema.ts';
import { moneyEuro } from '../../chartFormat.ts';

const DEFAULTS: ForecastParams = {
  runs: 2000,
  seed: 1,
  costPerFteCents: null,
  leaveProbability: null,
  inflowPerMonth: 0.5,
};
const euro0 = (cents: number) => moneyEuro(Math.round(cents / 100));
const fte = (v: number) => formatNumber(v, 1);

function Results({ f }: { f: Forecast }) {
  const { t } = useTranslation();
  // The months in words on the charts' axes and tooltips ("december 2026"), as in the table.
  const months = f.months.map((m) => formatPeriod(m.month));
  const pick = (k: keyof Forecast['months'][number]) => f.months.map((m) => m[k] as number);
  const names = { band: t('clients.forecast.band'), median: t('clients.forecast.median') };
  // The two fan charts: income in euro and staff in FTE, each with its P10–P90 band and median.
  const fans = [
    {
      figure: 'income',
      title: t('clients.forecast.incomeTitle'),
      label: t('clients.forecast.incomeChart'),
      format: euro0,
    },
    { figure: 'fte', title: t('clients.forecast.fteTitle'), label: t('clients.forecast.fteChart'), format: fte },
  ] as const;
  type Month = Forecast['months'][number];
  const bold = (text: string) => (
    <Text span fw={600} fz="sm">
      {text}
    </Text>
  );
  const income = (p: 10 | 50 | 90): Column<Month> => ({
    key: `income${p}`,
    header: t('clients.forecast.income', { p }),
    value: (m) => m[`incomeP${p}`],
    format: 'moneyCents',
    ...(p === 50 ? { render: (m: Month) => bold(formatMoneyCents(m.incomeP50)) } : {}),
  });
  const staff = (p: 10 | 50 | 90): Column<Month> => ({
    key: `fte${p}`,
    header: t('clients.forecast.fte', { p }),
    value: (m) => m[`fteP${p}`],
    render: (m) => (p === 50 ? bold(fte(m.fteP50)) : fte(m[`fteP${p}`])),
    align: 'right',
    nowrap: true,
  });
  const columns: Column<Month>[] = [
    {
      key: 'month',
      header: t('clients.forecast.month'),
      value: (m) => m.month,
      render: (m) => formatPeriod(m.month),
      rowHeader: true,
    },
    {
      key: 'agreements',
      header: t('clients.forecast.agreements'),
      value: (m) => m.agreementCents,
      format: 'moneyCents',
    },
    income(10),
    income(50),
    income(90),
    staff(10),
    staff(50),
    staff(90),
  ];
  return (
    <Stack gap="lg">
      <Text size="sm">
        {t('clients.forecast.seeded', {
          runs: formatNumber(f.runs),
          seed: f.seed,
          clients: f.clients,
          waiting: f.waiting,
          p: formatNumber(f.leaveProbability * 100, 2),
          cost: formatMoneyCents(f.costPerFteCents),
        })}
      </Text>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {fans.map((fan) => (
          <Section key={fan.figure} title={fan.title}>
            <FanChart
              label={fan.label}
              months={months}
              p10={pick(`${fan.figure}P10`)}
              p50={pick(`${fan.figure}P50`)}
              p90={pick(`${fan.figure}P90`)}
              format={fan.format}
              names={names}
            />
          </Section>
        ))}
      </SimpleGrid>
      <Section title={t('clients.forecast.tableTitle')}>
        <DataTable
          caption={t('clients.forecast.caption')}
          rows={f.months}
          rowKey={(m) => m.month}
          columns={columns}
          minWidth={860}
        />
      </Section>
    </Stack>
  );
}

function ForecastBody({ orgId }: ClientsContext) {
  const { t } = useTranslation();
  const [params, setParams] = useState(DEFAULTS);
  const [form, setForm] = useState({
    runs: 2000 as string | number,
    seed: 1 as string | number,
    cost: '' as string | number,
    leave: '' as string | number,
    inflow: 0.5 as string | number,
  });
  const result = useQuery({ ...forecastQuery(orgId, params), placeholderData: keepPreviousData });
  const history = result.data?.history;
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const apply = () =>
    setParams({
      runs: Math.min(20000, Math.max(100, Number(form.runs) || 2000)),
      seed: Math.trunc(Number(form.seed) || 0),
      costPerFteCents: form.cost === '' ? null : Math.round(Number(form.cost) * 100),
      leaveProbability: form.leave === '' ? null : Math.min(1, Math.max(0, Number(form.leave) / 100)),
      inflowPerMonth: Math.max(0, Number(form.inflow) || 0),
    });
  return (
    <Stack gap="lg">
      <Section title={t('clients.forecast.paramsTitle')}>
        <Form onSubmit={apply} gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3, lg: 5 }}>
            <NumberField
              label={t('clients.forecast.runs')}
              value={form.runs}
              onChange={(v) => set({ runs: v })}
              min={100}
              max={20000}
              allowDecimal={false}
            />
            <NumberField
              label={t('clients.forecast.seed')}
              value={form.seed}
              onChange={(v) => set({ seed: v })}
              allowDecimal={false}
            />
            <MoneyField
              label={t('clients.forecast.costPerFte')}
              value={form.cost}
              onChange={(v) => set({ cost: v })}
              min={0}
              placeholder={result.data ? formatNumber(result.data.costPerFteCents / 100) : undefined}
              description={t('clients.forecast.costHelp')}
            />
            <NumberField
              label={t('clients.forecast.leave')}
              value={form.leave}
              onChange={(v) => set({ leave: v })}
              min={0}
              max={100}
              decimalScale={2}
              suffix=" %"
              description={
                history
                  ? t('clients.forecast.leaveHistory', {
                      p: formatNumber(history.probability * 100, 2),
                      leavers: history.leavers,
                      months: history.clientMonths,
                    })
                  : undefined
              }
            />
            <NumberField
              label={t('clients.forecast.inflow')}
              value={form.inflow}
              onChange={(v) => set({ inflow: v })}
              min={0}
              max={50}
              decimalScale={2}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={result.isFetching}>
              {t('clients.forecast.run')}
            </Button>
          </Group>
        </Form>
      </Section>
      {result.data ? <Results f={result.data} /> : <QueryState error={result.error} inline />}
    </Stack>
  );
}

/** `/o/:orgId/clients/forecast`: income and FTE for 12 months, P10/P50/P90 of a seeded simulation. */
export function ForecastPage() {
  return <ClientsFramePage title="clients.forecast.title" needs={['clients.income']} body={ForecastBody} />;
}
