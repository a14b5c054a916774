import { Alert, Group, Stack, Table, Text } from '@mantine/core';
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
import { EChart } from '../../components/EChart.tsx';
import { NumberField } from '../../components/NumberField.tsx';

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
        axisLabel: { formatter: (v: number) => formatNumber(v, 0) },
      },
      yAxis: {
        type: 'value',
        name: t('finance.sim.perUnit'),
        axisLabel: { formatter: (v: number) => `€ ${formatNumber(v, 0)}` },
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
  const right = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
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
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing={4}>
              <Table.Caption>{t('finance.sim.compareCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('finance.sim.scenario')}</Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.sim.range')}
                  </Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.sim.totalAt', { volume: formatNumber(atVolume) })}
                  </Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.sim.perUnitAt', { volume: formatNumber(atVolume) })}
                  </Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.sim.optimalVolume')}
                  </Table.Th>
                  <Table.Th scope="col" style={right}>
                    {t('finance.sim.optimalPerUnit')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ok.map((c) => {
                  const point = costAt(c.lines, Math.max(0, atVolume));
                  return (
                    <Table.Tr key={c.name}>
                      <Table.Th scope="row" fw={500}>
                        {c.name}
                      </Table.Th>
                      <Table.Td style={right}>
                        {formatNumber(c.from)} – {formatNumber(c.to)}
                      </Table.Td>
                      <Table.Td style={right}>{money(point.totalCents)}</Table.Td>
                      <Table.Td style={right}>{money(point.perUnitCents)}</Table.Td>
                      <Table.Td style={right}>{c.optimum ? formatNumber(c.optimum.volume) : '—'}</Table.Td>
                      <Table.Td style={right}>{money(c.optimum?.perUnitCents)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Table.ScrollContainer minWidth={200 + 160 * ok.length}>
            <Table striped verticalSpacing={2} fz="sm">
              <Table.Caption>{t('finance.sim.dataCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" style={right}>
                    {t('finance.sim.volume')}
                  </Table.Th>
                  {ok.map((c) => (
                    <Table.Th scope="col" key={c.name} style={right}>
                      {c.name}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {samples.map((v) => (
                  <Table.Tr key={v}>
                    <Table.Td style={right}>{formatNumber(v)}</Table.Td>
                    {ok.map((c) => (
                      <Table.Td key={c.name} style={right}>
                        {v >= c.from && v <= c.to ? money(costAt(c.lines, v).perUnitCents) : '—'}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {ok.length === 0 && computed.length === 0 && <Text>{t('finance.sim.nothing')}</Text>}
    </Stack>
  );
}
