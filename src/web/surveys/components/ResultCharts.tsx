import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { EChart, type ChartOption } from '../../components/EChart.tsx';
import { formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import type { Figures, QuestionResult } from '../../../modules/surveys/schema.ts';
import { textIn } from '../texts.ts';
import { chartNumber, chartPercent, chartValue, valueAxis } from '../../chartFormat.ts';

const n2 = (x: number | null) => (x === null ? '—' : formatNumber(x, 2));
const RED = '#c92a2a';
const GREEN = '#2b8a3e';

/** A SERVQUAL gap: bold, red when the expectation is not met. */
function Gap({ value }: { value: number | null }) {
  return (
    <Text span fz="sm" fw={700} c={(value ?? 0) < 0 ? 'red.8' : undefined}>
      {n2(value)}
    </Text>
  );
}

/** A horizontal bar chart of signed values (negative red), labels top to bottom. */
function barOption(
  labels: string[],
  values: (number | null)[],
  opts: { min?: number; max?: number; colours?: string[] } = {},
): ChartOption {
  return {
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: valueAxis(chartNumber(1), { min: opts.min, max: opts.max }),
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: values.map((v, i) => ({
          value: v,
          itemStyle: { color: opts.colours?.[i] ?? ((v ?? 0) < 0 ? RED : GREEN) },
        })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatNumber(p.value, 2) },
      },
    ],
  };
}

/** SERVQUAL: gap per dimension and per statement, each chart with its table. */
export function ServqualResults({
  servqual,
  statements,
}: {
  servqual: NonNullable<Figures['servqual']>;
  statements: Map<number, string>;
}) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const dims = servqual.dimensions;
  const dimOption = useMemo(
    () =>
      barOption(
        dims.map((d) => textIn(d.label, lang)),
        dims.map((d) => d.gap),
      ),
    [dims, lang],
  );
  const itemOption = useMemo(
    () =>
      barOption(
        servqual.items.map((i) => `${i.item}. ${statements.get(i.item) ?? ''}`),
        servqual.items.map((i) => i.gap),
      ),
    [servqual.items, statements],
  );
  const dimLabel = (code: string) => textIn(dims.find((d) => d.dimension === code)?.label, lang);
  const figures = <Row,>(
    of: (r: Row) => { expectation: number | null; perception: number | null; gap: number | null },
  ) =>
    [
      {
        key: 'expectation',
        header: t('surveys.results.expectation'),
        value: (r) => of(r).expectation,
        render: (r) => n2(of(r).expectation),
        align: 'right',
      },
      {
        key: 'perception',
        header: t('surveys.results.perception'),
        value: (r) => of(r).perception,
        render: (r) => n2(of(r).perception),
        align: 'right',
      },
      {
        key: 'gap',
        header: t('surveys.results.gap'),
        value: (r) => of(r).gap,
        render: (r) => <Gap value={of(r).gap} />,
        align: 'right',
      },
    ] satisfies Column<Row>[];
  type Dim = (typeof dims)[number];
  type Item = (typeof servqual.items)[number];
  const dimColumns: Column<Dim>[] = [
    { key: 'dimension', header: t('surveys.results.dimension'), value: (d) => textIn(d.label, lang), rowHeader: true },
    ...figures<Dim>((d) => d),
  ];
  const itemColumns: Column<Item>[] = [
    {
      key: 'item',
      header: t('surveys.results.item'),
      value: (i) => i.item,
      render: (i) => `${i.item}. ${statements.get(i.item) ?? ''}`,
      rowHeader: true,
      align: 'left',
    },
    { key: 'dimension', header: t('surveys.results.dimension'), value: (i) => dimLabel(i.dimension) },
    ...figures<Item>((i) => i),
  ];
  return (
    <>
      <Text size="sm">{t('surveys.results.servqualHelp')}</Text>
      <EChart option={dimOption} label={t('surveys.results.servqualChart')} height={240} />
      <DataTable
        caption={t('surveys.results.servqualCaption')}
        rows={dims}
        rowKey={(d) => d.dimension}
        columns={dimColumns}
        minWidth={480}
      />
      <EChart
        option={itemOption}
        label={t('surveys.results.itemsChart')}
        height={Math.max(300, servqual.items.length * 24)}
      />
      <DataTable
        caption={t('surveys.results.itemsCaption')}
        rows={servqual.items}
        rowKey={(i) => String(i.item)}
        columns={itemColumns}
        minWidth={640}
      />
    </>
  );
}

/** Herzberg: mean per factor (motivators teal, hygiene factors grey) and the two group means. */
export function HerzbergResults({ herzberg }: { herzberg: NonNullable<Figures['herzberg']> }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const option = useMemo(
    () =>
      barOption(
        herzberg.factors.map((f) => textIn(f.label, lang)),
        herzberg.factors.map((f) => f.mean),
        { min: 1, max: 5, colours: herzberg.factors.map((f) => (f.group === 'motivator' ? '#0c8599' : '#868e96')) },
      ),
    [herzberg, lang],
  );
  // The two group means close the table (DataTable has one totals row only, so this table stays hand-built).
  const groupMeans = [
    [t('surveys.results.motivators'), herzberg.motivators],
    [t('surveys.results.hygieneFactors'), herzberg.hygiene],
  ] as const;
  return (
    <>
      <Text size="sm">
        {t('surveys.results.motivators')}: <b>{n2(herzberg.motivators)}</b> · {t('surveys.results.hygieneFactors')}:{' '}
        <b>{n2(herzberg.hygiene)}</b>
      </Text>
      <EChart
        option={option}
        label={t('surveys.results.herzbergChart')}
        height={Math.max(280, herzberg.factors.length * 26)}
      />
      <Table striped>
        <Table.Caption>{t('surveys.results.herzbergCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.results.factor')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.group')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('surveys.results.mean')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {herzberg.factors.map((f) => (
            <Table.Tr key={f.factor}>
              <Table.Th scope="row" fw={400}>
                {textIn(f.label, lang)}
              </Table.Th>
              <Table.Td>{t(`surveys.results.${f.group}`)}</Table.Td>
              <Table.Td ta="right">{n2(f.mean)}</Table.Td>
            </Table.Tr>
          ))}
          {groupMeans.map(([label, mean]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td />
              <Table.Td ta="right" fw={700}>
                {n2(mean)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

const SCALE_COLOURS = ['#c92a2a', '#e8590c', '#f59f00', '#adb5bd', '#94d82d', '#40c057', '#2b8a3e'];

/** Likert questions as 100 % stacked bars: the share of each answer, from "disagree" (red) to "agree" (green). */
export function LikertChart({ questions }: { questions: QuestionResult[] }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const likert = questions.filter(
    (q) => (q.kind === 'likert5' || q.kind === 'likert7') && q.distribution && q.answered > 0,
  );
  const option = useMemo<ChartOption>(() => {
    const top = Math.max(...likert.map((q) => (q.kind === 'likert7' ? 7 : 5)));
    const colours =
      top === 7
        ? SCALE_COLOURS
        : [SCALE_COLOURS[0], SCALE_COLOURS[2], SCALE_COLOURS[3], SCALE_COLOURS[4], SCALE_COLOURS[6]];
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: chartValue(chartPercent()),
      },
      xAxis: valueAxis(chartPercent(), { max: 100 }),
      yAxis: {
        type: 'category',
        inverse: true,
        data: likert.map((q) => textIn(q.text, lang)),
        axisLabel: { width: 260, overflow: 'truncate' },
      },
      series: Array.from({ length: top }, (_, i) => ({
        name: String(i + 1),
        type: 'bar',
        stack: 'share',
        itemStyle: { color: colours[i] },
        data: likert.map((q) => {
          const d = q.distribution!.find((x) => x.value === i + 1);
          return d ? Math.round((d.count / q.answered) * 1000) / 10 : 0;
        }),
      })),
    };
  }, [likert, lang]);
  if (likert.length === 0) return null;
  return (
    <EChart option={option} label={t('surveys.results.likertChart')} height={Math.max(160, 48 + likert.length * 26)} />
  );
}
