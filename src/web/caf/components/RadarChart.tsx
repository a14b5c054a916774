import { RadarChart as Radar } from 'echarts/charts';
import { RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { CRITERIA } from '../../../modules/caf/model.ts';
import { EChart } from '../../components/EChart.tsx';
import { currentLocale } from '../../i18n.ts';

echarts.use([Radar, RadarComponent]);

/** The criterion scores (and those of the previous round, dashed) on a radar; the same figures are in the table beside it. */
export function RadarChart({
  label,
  series,
}: {
  label: string;
  series: { name: string; values: (number | null)[]; dashed?: boolean }[];
}) {
  const lang = currentLocale();
  const option = useMemo(
    () => ({
      color: ['#1f5f8b', '#e8a33d'],
      legend: { bottom: 0 },
      tooltip: { trigger: 'item' },
      radar: {
        indicator: CRITERIA.map((c) => ({ name: `${c.number}. ${c.short[lang]}`, max: 100 })),
        radius: '62%',
        center: ['50%', '47%'],
        axisName: { color: '#1d2733', fontSize: 11 },
      },
      series: [
        {
          type: 'radar',
          symbolSize: 5,
          data: series.map((s, i) => ({
            name: s.name,
            value: s.values.map((v) => v ?? 0),
            ...(i === 0 ? { areaStyle: { opacity: 0.2 } } : {}),
            lineStyle: { type: s.dashed ? 'dashed' : 'solid', width: 2 },
          })),
        },
      ],
    }),
    [series, lang],
  );
  return <EChart option={option} label={label} height={400} />;
}
