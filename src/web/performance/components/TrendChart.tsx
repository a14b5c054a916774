import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartOption } from '../../components/EChart.tsx';
import { formatNumber } from '../../format.ts';
import type { KpiValue } from '../kpi-api.ts';
import { LIGHT_COLOURS } from './LightBadge.tsx';

/** The full trend of a KPI with its target line, red threshold and the amber band between them. */
export function TrendChart({ values, label, decimals }: { values: KpiValue[]; label: string; decimals: number }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const periods = values.map((v) => v.period);
    const low = values.map((v) =>
      v.target === null || v.redThreshold === null ? null : Math.min(v.target, v.redThreshold),
    );
    const band = values.map((v) =>
      v.target === null || v.redThreshold === null ? null : Math.abs(v.target - v.redThreshold),
    );
    const fmt = (n: unknown) => (typeof n === 'number' ? formatNumber(n, decimals) : String(n ?? ''));
    return {
      animation: false,
      grid: { left: 56, right: 16, top: 36, bottom: 40 },
      legend: {
        top: 0,
        data: [t('performance.kpi.chartValue'), t('performance.targets.target'), t('performance.targets.red')],
      },
      tooltip: { trigger: 'axis', valueFormatter: fmt },
      xAxis: { type: 'category', data: periods, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (n: number) => formatNumber(n, decimals) } },
      series: [
        {
          name: 'base',
          type: 'line',
          data: low,
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          tooltip: { show: false },
          silent: true,
        },
        {
          name: t('performance.kpi.amberBand'),
          type: 'line',
          data: band,
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: LIGHT_COLOURS.amber, opacity: 0.15 },
          tooltip: { show: false },
          silent: true,
        },
        {
          name: t('performance.targets.target'),
          type: 'line',
          step: 'middle',
          data: values.map((v) => v.target),
          symbol: 'none',
          lineStyle: { type: 'dashed', color: LIGHT_COLOURS.green, width: 2 },
          itemStyle: { color: LIGHT_COLOURS.green },
        },
        {
          name: t('performance.targets.red'),
          type: 'line',
          step: 'middle',
          data: values.map((v) => v.redThreshold),
          symbol: 'none',
          lineStyle: { type: 'dotted', color: LIGHT_COLOURS.red, width: 2 },
          itemStyle: { color: LIGHT_COLOURS.red },
        },
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
  }, [values, decimals, t]);
  return <EChart option={option} label={label} height={300} />;
}
