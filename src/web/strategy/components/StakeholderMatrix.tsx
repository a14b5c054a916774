import { ScatterChart } from 'echarts/charts';
import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { escapeHtml } from '../../../lib/escape.ts';
import { HIGH_FROM, MATRIX_QUADRANTS, SCORE_MAX, SCORE_MIN } from '../../../modules/strategy/logic/quadrant.ts';
import { EChart } from '../../components/EChart.tsx';
import type { Stakeholder } from '../api.ts';

echarts.use([ScatterChart, MarkAreaComponent, MarkLineComponent]);

const COLOURS = {
  manage_closely: '#b42318',
  keep_satisfied: '#b54708',
  keep_informed: '#1f5f8b',
  monitor: '#475467',
} as const;
/** Stakeholders with the same scores are spread around their point so no dot hides another. */
const SPREAD = 0.3;

/** The order of the numbers: by quadrant (manage closely first), then by name. */
export function numbered(stakeholders: Stakeholder[]): Stakeholder[] {
  return [...stakeholders].sort(
    (a, b) =>
      MATRIX_QUADRANTS.indexOf(a.quadrant) - MATRIX_QUADRANTS.indexOf(b.quadrant) || a.name.localeCompare(b.name, 'nl'),
  );
}

/**
 * The power–interest matrix: interest across, power up, the four quadrants shaded and named, each
 * stakeholder a numbered dot whose size is its influence, named in the numbered list below (names beside
 * the dots overlapped). No animation, so a stakeholder just added shows at once. The same data is in the
 * register's table.
 */
export function StakeholderMatrix({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const { t } = useTranslation();
  const ordered = useMemo(() => numbered(stakeholders), [stakeholders]);
  const option = useMemo(() => {
    const seen = new Map<string, number>();
    const mid = HIGH_FROM - 0.5;
    const area = (key: keyof typeof COLOURS, x: [number, number], y: [number, number]) => [
      {
        name: t(`strategic.quadrants.${key}`),
        xAxis: x[0],
        yAxis: y[0],
        itemStyle: { color: COLOURS[key], opacity: 0.1, borderColor: '#98a2b3', borderWidth: 1, borderType: 'dashed' },
        label: { color: COLOURS[key], fontWeight: 600, position: 'insideTop' },
      },
      { xAxis: x[1], yAxis: y[1] },
    ];
    // The axes run a step beyond the scores so the dots of 1 and 5 are not on the edge; only 1-5 are labelled.
    const lo = SCORE_MIN - 1;
    const hi = SCORE_MAX + 1;
    const tick = (v: number) => (v >= SCORE_MIN && v <= SCORE_MAX ? String(v) : '');
    const axis = (score: 'interest' | 'power', nameGap: number) => ({
      type: 'value',
      min: lo,
      max: hi,
      interval: 1,
      name: t(`strategic.stakeholders.${score}`),
      nameLocation: 'middle',
      nameGap,
      axisLabel: { formatter: tick },
      splitLine: { show: false },
    });
    return {
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: (p: { data: { name: string; value: number[]; quadrant: keyof typeof COLOURS; number: number } }) =>
          `<b>${p.data.number}. ${escapeHtml(p.data.name)}</b><br/>${escapeHtml(t(`strategic.quadrants.${p.data.quadrant}`))}<br/>` +
          escapeHtml(
            t('strategic.stakeholders.scores', {
              power: p.data.value[3],
              interest: p.data.value[4],
              influence: p.data.value[2],
            }),
          ),
      },
      xAxis: axis('interest', 28),
      yAxis: axis('power', 32),
      series: [
        {
          type: 'scatter',
          symbolSize: (value: number[]) => 16 + (value[2] ?? 1) * 3,
          // The dot's number, white on its quadrant's colour; the names are in the list below.
          label: {
            show: true,
            position: 'inside',
            formatter: (p: { data: { number: number } }) => String(p.data.number),
            fontSize: 11,
            fontWeight: 700,
            color: '#ffffff',
          },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          markArea: {
            silent: true,
            data: [
              area('manage_closely', [mid, hi], [mid, hi]),
              area('keep_satisfied', [lo, mid], [mid, hi]),
              area('keep_informed', [mid, hi], [lo, mid]),
              area('monitor', [lo, mid], [lo, mid]),
            ],
          },
          data: ordered.map((s, i) => {
            const key = `${s.interest}/${s.power}`;
            const n = seen.get(key) ?? 0;
            seen.set(key, n + 1);
            const angle = n * 2.4;
            const r = n === 0 ? 0 : SPREAD;
            return {
              name: s.name,
              number: i + 1,
              quadrant: s.quadrant,
              value: [
                s.interest + r * Math.cos(angle),
                s.power + r * Math.sin(angle),
                s.influence,
                s.power,
                s.interest,
              ],
              itemStyle: { color: COLOURS[s.quadrant] },
            };
          }),
        },
      ],
    };
  }, [ordered, t]);
  return (
    <>
      <EChart option={option} label={t('strategic.stakeholders.matrixLabel')} height={420} />
      <Text size="sm" fw={500} id="sb-matrix-legend">
        {t('strategic.stakeholders.legend')}
      </Text>
      <List
        type="ordered"
        size="sm"
        aria-labelledby="sb-matrix-legend"
        style={{ columns: '16rem', columnGap: 'var(--mantine-spacing-lg)' }}
      >
        {ordered.map((s) => (
          <List.Item key={s.id}>
            {s.name}{' '}
            <Text span size="sm" c="dimmed">
              ({t(`strategic.quadrants.${s.quadrant}`)}, {s.power}/{s.interest})
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  );
}
