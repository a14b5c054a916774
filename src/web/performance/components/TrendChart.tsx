import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartOption } from '../../components/EChart.tsx';
import { formatPeriod } from '../../format.ts';
import { formatKpiValue } from './kpi-format.ts';
import type { KpiUnit, KpiValue } from '../kpi-api.ts';
import { LIGHT_COLOURS } from './LightBadge.tsx';

type Points = (number | null)[];

/**
 * A part of the stacked amber band between target and red threshold: the invisible base up to the
 * lower of the two, then the band itself. Neither answers the tooltip.
 */
const bandPart = (name: string, data: Points, areaStyle?: { color: string; opacity: number }) => ({
  name,
  type: 'line',
  data,
  stack: 'band',
  symbol: 'none',
  lineStyle: { opacity: 0 },
  ...(areaStyle ? { areaStyle } : {}),
  tooltip: { show: false },
  silent: true,
});

/** A line the values are measured against (target, red threshold), stepped at each period's middle. */
const referenceLine = (name: string, data: Points, type: 'dashed' | 'dotted', color: string) => ({
  name,
  type: 'line',
  step: 'middle',
  data,
  symbol: 'none',
  lineStyle: { type, color, width: 2 },
  itemStyle: { color },
});

/** The full trend of a KPI with its target line, red threshold and the amber band between them. */
export function TrendChart({
  values,
  label,
  decimals,
  unit,
}: {
  values: KpiValue[];
  label: string;
  decimals: number;
  unit: KpiUnit;
}) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const periods = values.map((v) => formatPeriod(v.period));
    const targets = values.map((v) => v.target);
    const reds = values.map((v) => v.redThreshold);
    const low = values.map((v) =>
      v.target === null || v.redThreshold === null ? null : Math.min(v.target, v.redThreshold),
    );
    const band = values.map((v) =>
      v.target === null || v.redThreshold === null ? null : Math.abs(v.target - v.redThreshold),
    );
    // Values with their unit ("12,5 dagen", "87,0%"): percent and euro in the value, other units named.
    const named = unit === 'percent' || unit === 'euro' ? '' : t(`performance.units.${unit}`);
    const fmt = (n: unknown) =>
      typeof n === 'number' ? `${formatKpiValue(n, unit, decimals)}${named ? ` ${named}` : ''}` : '—';
    return {
      animation: false,
      grid: { left: 56, right: 16, top: 36, bottom: 40 },
      legend: {
        top: 0,
        data: [t('performance.kpi.chartValue'), t('performance.targets.target'), t('performance.targets.red')],
      },
      tooltip: { trigger: 'axis', valueFormatter: fmt },
      xAxis: { type: 'category', data: periods, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (n: number) => formatKpiValue(n, unit, decimals) } },
      series: [
        bandPart('base', low),
        bandPart(t('performance.kpi.amberBand'), band, { color: LIGHT_COLOURS.amber, opacity: 0.15 }),
        referenceLine(t('performance.targets.target'), targets, 'dashed', LIGHT_COLOURS.green),
        referenceLine(t('performance.targets.red'), reds, 'dotted', LIGHT_COLOURS.red),
        {
          name: t('performance.kpi.chartValue'),
          type: 'line',
          data: values.map((v) => ({ value: v.value, itemStyle: { color: LIGHT_COLOURS[v.light ?? 'none'] } })),
          symbolSize: 8,
          lineStyle: { color: '#343a40', width: 2 },
          itemStyle: { color: '#343a40' },
        },
      ],
    };
  }, [values, decimals, unit, t]);
  return <EChart option={option} label={label} height={300} />;
}
