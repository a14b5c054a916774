import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoneyCents } from '../../format.ts';
import type { CostPriceReport } from '../../../modules/finance/schema.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { EChart } from '../../components/EChart.tsx';
import { escapeHtml } from '../../../lib/escape.ts';

type Flow = CostPriceReport['flows'][number];

/** True when the flows have a cycle (reciprocal allocation between auxiliary centres). */
function hasCycle(flows: Flow[]): boolean {
  const next = new Map<string, string[]>();
  for (const f of flows) next.set(f.from, [...(next.get(f.from) ?? []), f.to]);
  const state = new Map<string, 1 | 2>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 1) return true;
    if (state.get(node) === 2) return false;
    state.set(node, 1);
    const cyclic = (next.get(node) ?? []).some(visit);
    state.set(node, 2);
    return cyclic;
  };
  return [...next.keys()].some(visit);
}

/**
 * The allocation flows as a Sankey chart, with the same flows as a table below it. ECharts draws
 * only acyclic flows; with the reciprocal method (centres serving each other) the chart shows each
 * giving centre on the left and each receiving centre on the right.
 */
export function SankeyFlows({ report }: { report: CostPriceReport }) {
  const { t } = useTranslation();
  const nameOf = useMemo(() => {
    const names = new Map(report.centres.map((c) => [c.code, c.name || c.code]));
    return (code: string) => names.get(code) ?? code;
  }, [report]);
  const flows = useMemo(() => report.flows.filter((f) => f.amountCents > 0 && f.from !== f.to), [report]);
  const option = useMemo(() => {
    const split = hasCycle(flows);
    const source = (code: string) => (split ? `out:${code}` : code);
    const target = (code: string) => (split ? `in:${code}` : code);
    const ids = new Set<string>();
    for (const f of flows) {
      ids.add(source(f.from));
      ids.add(target(f.to));
    }
    const label = (id: string) => nameOf(id.replace(/^(out|in):/, ''));
    return {
      tooltip: {
        trigger: 'item',
        // The tooltip is HTML: every name is escaped (a centre may be called `<b>X</b>`).
        formatter: (p: { dataType: string; name: string; data: { source?: string; target?: string; value: number } }) =>
          escapeHtml(
            p.dataType === 'edge'
              ? `${label(p.data.source ?? '')} → ${label(p.data.target ?? '')}: ${formatMoneyCents(Math.round(p.data.value * 100))}`
              : label(p.name),
          ),
      },
      series: [
        {
          type: 'sankey',
          left: 8,
          right: 190,
          top: 16,
          bottom: 16,
          nodeGap: 14,
          emphasis: { focus: 'adjacency' },
          label: { formatter: (p: { name: string }) => label(p.name) },
          lineStyle: { color: 'source', opacity: 0.35 },
          data: [...ids].map((name) => ({ name })),
          links: flows.map((f) => ({ source: source(f.from), target: target(f.to), value: f.amountCents / 100 })),
        },
      ],
    };
  }, [flows, nameOf]);
  if (flows.length === 0) return <Text>{t('finance.cost.noFlows')}</Text>;
  return (
    <>
      {flows.length > 0 && (
        <EChart
          option={option}
          label={t('finance.cost.sankeyLabel')}
          height={Math.max(280, 36 * report.centres.length)}
        />
      )}
      <DataTable
        caption={t('finance.cost.flowsCaption')}
        rows={flows}
        rowKey={(f) => `${f.from}-${f.to}`}
        columns={[
          { key: 'from', header: t('finance.cost.from'), value: (f) => nameOf(f.from) },
          { key: 'to', header: t('finance.cost.to'), value: (f) => nameOf(f.to) },
          { key: 'amount', header: t('finance.cost.amount'), value: (f) => f.amountCents, format: 'moneyCents' },
        ]}
        empty={null}
        minWidth={520}
      />
    </>
  );
}
