import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { heatCells, type RiskScore } from '../../../modules/partnerships/logic/index.ts';
import { escapeHtml } from '../../../lib/escape.ts';
import { EChart } from '../../components/EChart.tsx';
import { LEVEL_FILL } from './labels.ts';

echarts.use([HeatmapChart, VisualMapComponent]);

/**
 * The 5 × 5 heat map of the risks: likelihood across, impact up, each cell in its band's colour and
 * labelled with the numbers of the risks scored there (R1 … R7, as in the table beside it).
 */
export function RiskHeatMap({ risks }: { risks: RiskScore[] }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const cells = heatCells(risks);
    const number = new Map(risks.map((r, i) => [r.risk, i + 1]));
    const data = cells.flatMap((row, y) =>
      row.map((here, x) => ({
        value: [x, y, (x + 1) * (y + 1)],
        names: here.map((risk) => t(`partnerships.risk.${risk}`)),
        label: { show: here.length > 0, formatter: here.map((risk) => `R${number.get(risk)}`).join(' ') },
      })),
    );
    const scale = ['1', '2', '3', '4', '5'];
    return {
      grid: { left: 56, right: 12, top: 12, bottom: 48 },
      tooltip: {
        formatter: (p: { data: { value: number[]; names: string[] } }) =>
          [`${t('partnerships.detail.score')}: ${p.data.value[2]}`, ...p.data.names.map(escapeHtml)].join('<br>'),
      },
      xAxis: {
        type: 'category',
        data: scale,
        name: t('partnerships.detail.likelihood'),
        nameLocation: 'middle',
        nameGap: 28,
      },
      yAxis: {
        type: 'category',
        data: scale,
        name: t('partnerships.detail.impact'),
        nameLocation: 'middle',
        nameGap: 32,
      },
      visualMap: {
        show: false,
        type: 'piecewise',
        dimension: 2,
        pieces: [
          { min: 1, max: 4, color: LEVEL_FILL.low },
          { min: 5, max: 9, color: LEVEL_FILL.medium },
          { min: 10, max: 25, color: LEVEL_FILL.high },
        ],
      },
      series: [
        {
          type: 'heatmap',
          data,
          itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
          label: { color: '#1d2733', fontWeight: 'bold' },
        },
      ],
    };
  }, [risks, t]);
  return <EChart option={option} label={t('partnerships.detail.heatmap')} height={300} />;
}
