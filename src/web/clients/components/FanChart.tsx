import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../components/EChart.tsx';
import { tooltipLines } from '../../../lib/escape.ts';

/**
 * A fan chart: the P10–P90 band (a transparent base with the band stacked on it) and the P50 line.
 * The data is always in the table beside it.
 */
export function FanChart({
  label,
  months,
  p10,
  p50,
  p90,
  format,
  names,
}: {
  label: string;
  months: string[];
  p10: number[];
  p50: number[];
  p90: number[];
  format: (v: number) => string;
  names: { band: string; median: string };
}) {
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, data: [names.band, names.median] },
      tooltip: {
        trigger: 'axis',
        formatter: (params: { dataIndex: number }[]) => {
          const i = params[0]?.dataIndex ?? 0;
          return tooltipLines(
            months[i],
            `P90: ${format(p90[i]!)}`,
            `P50: ${format(p50[i]!)}`,
            `P10: ${format(p10[i]!)}`,
          );
        },
      },
      xAxis: { type: 'category', data: months, boundaryGap: false },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => format(v) } },
      series: [
        {
          name: 'base',
          type: 'line',
          data: p10,
          stack: 'band',
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
        },
        {
          name: names.band,
          type: 'line',
          data: p90.map((v, i) => v - p10[i]!),
          stack: 'band',
          lineStyle: { opacity: 0 },
          symbol: 'none',
          areaStyle: { color: 'rgba(12, 166, 120, 0.25)' },
          itemStyle: { color: 'rgba(12, 166, 120, 0.5)' },
        },
        {
          name: names.median,
          type: 'line',
          data: p50,
          symbol: 'circle',
          symbolSize: 5,
          lineStyle: { width: 2, color: '#087f5b' },
          itemStyle: { color: '#087f5b' },
        },
      ],
    }),
    [months, p10, p50, p90, format, names],
  );
  return <EChart option={option} label={label} height={280} />;
}
