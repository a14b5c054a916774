import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { paths } from '../../../lib/api-paths.ts';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { type ChartOption, EChart } from '../../components/EChart.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatMoneyCents, formatNumber, monthName } from '../../format.ts';
import { orgKey } from '../../queries.ts';
import { inLocale, usePeopleYear, YearSelect } from '../usePeopleYear.tsx';
import { chartCount, chartNumber, chartValue, countAxis, valueAxis } from '../../chartFormat.ts';

type HrFiguresAnswer = paths['/orgs/{orgId}/people/hr-figures']['get']['responses'][200]['content']['application/json'];

type Figure = HrFiguresAnswer['figures'][number];

function useFigureText() {
  const { t } = useTranslation();
  return (f: Figure) => {
    if (f.value === null) return '—';
    if (f.unit === 'cents') return formatMoneyCents(f.value);
    if (f.unit === 'percent') return `${formatNumber(f.value, 1)} %`;
    if (f.unit === 'hours') return `${formatNumber(f.value, 1)} ${t('people.hr.units.hours')}`;
    if (f.unit === 'years') return `${formatNumber(f.value, 1)} ${t('people.hr.units.years')}`;
    return formatNumber(f.value, 2);
  };
}

function Figures({ hr }: { hr: HrFiguresAnswer }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const columns: Column<Figure>[] = [
    { key: 'name', header: t('people.hr.figure'), value: (f) => t(`people.hr.names.${f.key}`), rowHeader: true },
    { key: 'value', header: t('people.hr.value'), value: (f) => f.value, render: (f) => text(f), align: 'right' },
    {
      key: 'formula',
      header: t('people.hr.formula'),
      value: (f) => inLocale(f.formula),
      render: (f) => (
        <Stack gap={0}>
          <Text size="sm">{inLocale(f.formula)}</Text>
          <Text size="xs" c="dimmed">
            {f.inputs.map((i) => `${inLocale(i.label)}: ${formatNumber(i.value, 2)}`).join(' · ')}
          </Text>
        </Stack>
      ),
    },
  ];
  return (
    <DataTable caption={t('people.hr.figuresCaption')} rows={hr.figures} rowKey={(f) => f.key} columns={columns} />
  );
}

function OverTime({ hr }: { hr: HrFiguresAnswer }) {
  const { t } = useTranslation();
  const labels = hr.months.map((m) => monthName(Number(m.month.slice(5, 7))));
  const option: ChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: chartValue(chartNumber(1)) },
    legend: { top: 0, data: [t('people.hr.headcount'), t('people.hr.fte')] },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: labels },
    yAxis: valueAxis(chartNumber(1), { min: 0 }),
    series: [
      { name: t('people.hr.headcount'), type: 'line', data: hr.months.map((m) => m.headcount) },
      { name: t('people.hr.fte'), type: 'line', data: hr.months.map((m) => m.fte) },
    ],
  };
  type Month = HrFiguresAnswer['months'][number];
  const columns: Column<Month>[] = [
    {
      key: 'month',
      header: t('people.hr.month'),
      value: (m) => m.month,
      render: (m) => labels[Number(m.month.slice(5, 7)) - 1],
      rowHeader: true,
    },
    { key: 'headcount', header: t('people.hr.headcount'), value: (m) => m.headcount, format: 'integer' },
    { key: 'fte', header: t('people.hr.fte'), value: (m) => m.fte, format: 'number' },
  ];
  return (
    <Section title={t('people.hr.overTime')}>
      <EChart option={option} label={t('people.hr.chartLabel')} height={260} />
      <DataTable caption={t('people.hr.monthsCaption')} rows={hr.months} rowKey={(m) => m.month} columns={columns} />
    </Section>
  );
}

function Pyramid({ hr }: { hr: HrFiguresAnswer }) {
  const { t } = useTranslation();
  const option: ChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: chartValue((v) => chartCount(Math.abs(v))) },
    legend: { top: 0, data: [t('people.balans.men'), t('people.balans.women')] },
    grid: { left: 56, right: 16, top: 36, bottom: 28 },
    yAxis: { type: 'category', data: hr.pyramid.map((p) => p.band) },
    xAxis: countAxis({ axisLabel: { formatter: (v: number) => chartCount(Math.abs(v)) } }),
    series: [
      { name: t('people.balans.men'), type: 'bar', stack: 'p', data: hr.pyramid.map((p) => -p.men) },
      { name: t('people.balans.women'), type: 'bar', stack: 'p', data: hr.pyramid.map((p) => p.women) },
    ],
  };
  type Band = HrFiguresAnswer['pyramid'][number];
  const columns: Column<Band>[] = [
    { key: 'band', header: t('people.hr.band'), value: (b) => b.band, rowHeader: true, sortable: false },
    { key: 'men', header: t('people.balans.men'), value: (b) => b.men, format: 'integer' },
    { key: 'women', header: t('people.balans.women'), value: (b) => b.women, format: 'integer' },
  ];
  type Seniority = HrFiguresAnswer['seniorityBands'][number];
  const seniority: Column<Seniority>[] = [
    { key: 'band', header: t('people.hr.years'), value: (b) => b.band, rowHeader: true, sortable: false },
    { key: 'count', header: t('people.hr.count'), value: (b) => b.count, format: 'integer' },
  ];
  return (
    <>
      <Section title={t('people.hr.pyramid')}>
        <EChart option={option} label={t('people.hr.pyramidChart')} height={220} />
        <DataTable caption={t('people.hr.pyramidCaption')} rows={hr.pyramid} rowKey={(b) => b.band} columns={columns} />
        {hr.ageUnknown > 0 && (
          <Text size="sm" c="dimmed">
            {t('people.hr.ageUnknown', { count: hr.ageUnknown })}
          </Text>
        )}
      </Section>
      <Section title={t('people.hr.seniority')}>
        <DataTable
          caption={t('people.hr.seniorityCaption')}
          rows={hr.seniorityBands}
          rowKey={(b) => b.band}
          columns={seniority}
        />
      </Section>
    </>
  );
}

function Hr({ orgId, year }: { orgId: string; year: number }) {
  const query = useQuery({
    queryKey: [...orgKey(orgId), 'people', 'hr-figures', year],
    queryFn: () =>
      call(client.GET('/orgs/{orgId}/people/hr-figures', { params: { path: { orgId }, query: { year } } })),
  });
  const hr = query.data;
  if (!hr) return <QueryState error={query.error} inline />;
  return (
    <Stack gap="lg">
      <Figures hr={hr} />
      <OverTime hr={hr} />
      <Pyramid hr={hr} />
    </Stack>
  );
}

/** HR key figures of a year, each with its formula; headcount and FTE over time; the age pyramid. */
export function HrFiguresPage() {
  const { t } = useTranslation();
  const [year, setYear] = usePeopleYear();
  return (
    <PageFrame
      title={t('people.hr.title')}
      needs={['people.figures']}
      actions={<YearSelect year={year} onChange={setYear} />}
    >
      {({ orgId }) => <Hr orgId={orgId} year={year} />}
    </PageFrame>
  );
}
