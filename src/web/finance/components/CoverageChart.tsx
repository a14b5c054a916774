import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { percent } from '../format.ts';
import type { CostPriceReport } from '../../../modules/finance/schema.ts';
import { EChart } from '../../components/EChart.tsx';
import { chartPercent, valueAxis } from '../../chartFormat.ts';

/** Coverage per service as bars (red below 100 %); the services table holds the same numbers. */
export function CoverageChart({ report }: { report: CostPriceReport }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const rows = report.services.filter((s) => s.coverage !== null);
    return {
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => percent(v / 100) },
      xAxis: valueAxis(chartPercent()),
      yAxis: { type: 'category', data: rows.map((s) => s.name), inverse: true },
      series: [
        {
          type: 'bar',
          name: t('finance.cost.coverage'),
          data: rows.map((s) => ({
            value: Math.round((s.coverage ?? 0) * 1000) / 10,
            itemStyle: { color: (s.coverage ?? 0) < 1 ? '#c92a2a' : '#099268' },
          })),
          label: { show: true, position: 'right', formatter: (p: { value: number }) => percent(p.value / 100) },
        },
      ],
    };
  }, [report, t]);
  return (
    <EChart
      option={option}
      label={t('finance.cost.coverageChart')}
      height={Math.max(160, 48 * report.services.length + 40)}
    />
  );
}
