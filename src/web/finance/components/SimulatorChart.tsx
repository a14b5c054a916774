import { Alert, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  costAt,
  curve,
  optimalScale,
  type CostLine,
  type CostPoint,
} from '../../../modules/finance/logic/simulator.ts';
import { formatNumber } from '../../format.ts';
import { currentLocale } from '../../i18n.ts';
import { money } from '../format.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { chartCount, moneyEuro } from '../../chartFormat.ts';

export interface Curve {
  name: string;
  lines: CostLine[];
  from: number;
  to: number;
}

interface Computed extends Curve {
  points: CostPoint[];
  optimum: CostPoint | null;
  error?: string;
}

const COLORS = ['#0b7285', '#f08c00', '#ae3ec9'];

/** 80 even points plus both sides of every step boundary, so the chart shows the jumps. */
function points(c: Curve): CostPoint[] {
  const volumes = new Set(curve(c.lines, c.from, c.to, 80).map((p) => p.volume));
  for (const line of c.lines) {
    const cap = line.behaviour === 'step' ? (line.capacityPerStep ?? 0) : 0;
    if (!(cap > 0) || (c.to - c.from) / cap > 200) continue;
    for (let k = Math.ceil(c.from / cap); k * cap <= c.to; k++) {
      for (const v of [k * cap, k * cap + Math.min(1, cap / 100)]) if (v >= c.from && v <= c.to) volumes.add(v);
    }
  }
  return [...volumes].sort((x, y) => x - y).map((v) => costAt(c.lines, v));
}

function compute(c: Curve): Computed {
  try {
    return { ...c, points: points(c), optimum: optimalScale(c.lines, c.from, c.to) };
  } catch (error) {
    const e = error as { nl?: string; en?: string; message?: string };
    return { ...c, points: [], optimum: null, error: e[currentLocale()] ?? e.message ?? String(error) };
  }
}

/**
 * Cost per unit over the volume range of up to three scenarios, computed in the browser with the
 * shared simulator; the optimal scale is marked. Below: the comparison table and the chart's data.
 */
export function SimulatorChart({ curves }: { curves: Curve[] }) {
  const { t } = useTranslation();
  const computed = useMemo(() => curves.slice(0, 3).map(compute), [curves]);
  const [at, setAt] = useState<number | ''>('');
  const ok = computed.filter((c) => !c.error && c.points.length > 0);
  const min = Math.min(...ok.map((c) => c.from));
  const max = Math.max(...ok.map((c) => c.to));
  const atVolume = at === '' ? Math.round(ok[0]?.optimum?.volume ?? (min + max) / 2) : at;
  const option = useMemo(
    () => ({
      color: COLORS,
      legend: { bottom: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => money(Math.round(v * 100)) },
      xAxis: {
        type: 'value',
        name: t('finance.sim.volume'),
        nameLocation: 'middle',
        nameGap: 28,
        min: 'dataMin',
        max: 'dataMax',
        axisLabel: { formatter: chartCount },
      },
      yAxis: {
        type: 'value',
        name: t('finance.sim.perUnit'),
        axisLabel: { formatter: moneyEuro },
      },
      series: ok.map((c) => ({
        type: 'line',
        name: c.name,
        showSymbol: false,
        step: false,
        data: c.points.filter((p) => p.perUnitCents !== null).map((p) => [p.volume, (p.perUnitCents ?? 0) / 100]),
        markPoint: c.optimum
          ? {
              symbolSize: 52,
              label: { fontSize: 10 },
              data: [
                {
                  name: t('finance.sim.optimum'),
                  coord: [c.optimum.volume, (c.optimum.perUnitCents ?? 0) / 100],
                  value: formatNumber(c.optimum.volume, 0),
                },
              ],
            }
          : undefined,
      })),
    }),
    [ok, t],
  );
  const samples = ok.length ? Array.from({ length: 11 }, (_, i) => Math.round(min + ((max - min) * i) / 10)) : [];
  const compareAt = Math.max(0, atVolume);
  const compareColumns: Column<Computed>[] = [
    { key: 'scenario', header: t('finance.sim.scenario'), value: (c) => c.name, rowHeader: true },
    {
      key: 'range',
      header: t('finance.sim.range'),
      value: (c) => c.from,
      render: (c) => `${formatNumber(c.from)} – ${formatNumber(c.to)}`,
      align: 'right',
      nowrap: true,
    },
    {
      key: 'total',
      header: t('finance.sim.totalAt', { volume: formatNumber(atVolume) }),
      value: (c) => costAt(c.lines, compareAt).totalCents,
      format: 'moneyCents',
    },
    {
      key: 'perUnit',
      header: t('finance.sim.perUnitAt', { volume: formatNumber(atVolume) }),
      value: (c) => costAt(c.lines, compareAt).perUnitCents,
      format: 'moneyCents',
    },
    { key: 'optimum', header: t('finance.sim.optimalVolume'), value: (c) => c.optimum?.volume, format: 'number' },
    {
      key: 'optimumPerUnit',
      header: t('finance.sim.optimalPerUnit'),
      value: (c) => c.optimum?.perUnitCents,
      format: 'moneyCents',
    },
  ];
  // The cost per unit of every scenario at eleven volumes; a dash outside a scenario's range.
  const sampleColumns: Column<number>[] = [
    { key: 'volume', header: t('finance.sim.volume'), value: (v) => v, format: 'number' },
    ...ok.map(
      (c): Column<number> => ({
        key: `scenario-${c.name}`,
        header: c.name,
        value: (v) => (v >= c.from && v <= c.to ? costAt(c.lines, v).perUnitCents : null),
        format: 'moneyCents',
      }),
    ),
  ];
  return (
    <Stack gap="md">
      {computed
        .filter((c) => c.error)
        .map((c) => (
          <Alert key={c.name} color="orange" variant="light">
            {c.name}: {c.error}
          </Alert>
        ))}
      {ok.length > 0 && <EChart option={option} label={t('finance.sim.chartLabel')} height={360} />}
      {ok.length > 0 && (
        <>
          <Group align="end">
            <NumberField
              label={t('finance.sim.compareAt')}
              value={atVolume}
              min={0}
              w={200}
              onChange={(v) => setAt(v === '' ? '' : Number(v))}
            />
          </Group>
          <DataTable
            caption={t('finance.sim.compareCaption')}
            rows={ok}
            rowKey={(c) => c.name}
            columns={compareColumns}
            minWidth={760}
          />
          <DataTable
            caption={t('finance.sim.dataCaption')}
            rows={samples}
            rowKey={String}
            columns={sampleColumns}
            minWidth={200 + 160 * ok.length}
          />
        </>
      )}
      {ok.length === 0 && computed.length === 0 && <Text>{t('finance.sim.nothing')}</Text>}
    </Stack>
  );
}
