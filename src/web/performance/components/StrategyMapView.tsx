import { Anchor, Box as MBox, Paper, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PERSPECTIVES, type MapKpi, type Objective, type StrategyMap } from '../plan-api.ts';
import { kpiName } from './ActionBits.tsx';
import { arrowPath, type Box } from './map-geometry.ts';
import './strategy.css';

const LIGHT_COLOURS = {
  green: 'var(--mantine-color-green-7)',
  amber: 'var(--mantine-color-yellow-6)',
  red: 'var(--mantine-color-red-7)',
  none: 'var(--mantine-color-gray-5)',
};

/** A KPI under its objective: a link to its page, its traffic light in colour and in words. */
function KpiChip({ orgId, kpi }: { orgId: string; kpi: MapKpi }) {
  const { t } = useTranslation();
  const light = kpi.light ?? 'none';
  const label = t('plan.strategy.kpiLabel', {
    code: kpi.code,
    name: kpiName(kpi),
    light: t(`plan.strategy.light.${light}`),
  });
  return (
    <Anchor component={Link} to={`/o/${orgId}/kpis/${kpi.id}`} className="sm-kpi" aria-label={label} title={label}>
      <span className="sm-light" style={{ background: LIGHT_COLOURS[light] }} aria-hidden />
      {kpi.code}
    </Anchor>
  );
}

/** The arrow heads: grey, and blue on the arrows of the selected objective. */
const ARROW_HEADS = [
  ['sm-head', 'gray-6'],
  ['sm-head-active', 'blue-7'],
] as const;

/**
 * The strategy map drawn: the mission on top, one row per perspective, each objective a box with
 * its KPIs, and arrows for "contributes to" measured from the laid-out boxes (so text wraps freely).
 * Clicking an objective selects it; clicking a KPI opens its page.
 */
export function StrategyMapView({
  orgId,
  map,
  selected,
  onSelect,
}: {
  orgId: string;
  map: StrategyMap;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const boxes = useRef(new Map<string, HTMLElement>());
  const [arrows, setArrows] = useState<{ key: string; d: string; active: boolean }[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const kpis = new Map(map.kpis.map((k) => [k.id, k]));

  const measure = useCallback(() => {
    const frame = root.current?.getBoundingClientRect();
    if (!frame) return;
    const rect = (id: string): Box | null => {
      const r = boxes.current.get(id)?.getBoundingClientRect();
      return r ? { x: r.left - frame.left, y: r.top - frame.top, width: r.width, height: r.height } : null;
    };
    setSize({ width: frame.width, height: frame.height });
    setArrows(
      map.objectives.flatMap((o) =>
        o.supports.flatMap((to) => {
          const [a, b] = [rect(o.id), rect(to)];
          return a && b
            ? [{ key: `${o.id}>${to}`, d: arrowPath(a, b), active: selected === o.id || selected === to }]
            : [];
        }),
      ),
    );
  }, [map, selected]);

  useLayoutEffect(() => {
    measure();
    const observer = new ResizeObserver(measure);
    if (root.current) observer.observe(root.current);
    return () => observer.disconnect();
  }, [measure]);

  const box = (o: Objective) => (
    <Paper
      key={o.id}
      ref={(el: HTMLDivElement | null) => {
        if (el) boxes.current.set(o.id, el);
        else boxes.current.delete(o.id);
      }}
      withBorder
      radius="md"
      p="xs"
      className="sm-box"
      data-selected={selected === o.id || undefined}
      data-perspective={o.perspective}
    >
      <UnstyledButton
        onClick={() => onSelect(o.id)}
        aria-pressed={selected === o.id}
        className="sm-title"
        aria-label={t('plan.strategy.objectiveLabel', { title: o.title })}
      >
        <Text size="sm" fw={700} lh={1.25}>
          {o.title}
        </Text>
      </UnstyledButton>
      <div className="sm-kpis">
        {o.kpiIds
          .map((id) => kpis.get(id))
          .filter((k): k is MapKpi => Boolean(k))
          .map((k) => (
            <KpiChip key={k.id} orgId={orgId} kpi={k} />
          ))}
      </div>
    </Paper>
  );

  return (
    <MBox ref={root} className="sm-root" role="group" aria-label={t('plan.strategy.map')}>
      <svg className="sm-arrows" width={size.width} height={size.height} aria-hidden focusable="false">
        <defs>
          {ARROW_HEADS.map(([id, colour]) => (
            <marker
              key={id}
              id={id}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={`var(--mantine-color-${colour})`} />
            </marker>
          ))}
        </defs>
        {arrows.map((a) => (
          <path
            key={a.key}
            d={a.d}
            fill="none"
            stroke={a.active ? 'var(--mantine-color-blue-7)' : 'var(--mantine-color-gray-5)'}
            strokeWidth={a.active ? 2.5 : 1.5}
            markerEnd={`url(#${a.active ? 'sm-head-active' : 'sm-head'})`}
          />
        ))}
      </svg>
      {PERSPECTIVES.map((p) => {
        const row = map.objectives.filter((o) => o.perspective === p);
        return (
          <div key={p} className="sm-row" data-perspective={p}>
            <Text className="sm-label" size="sm" fw={700}>
              {t(`plan.strategy.perspectives.${p}`)}
            </Text>
            <div className="sm-boxes">
              {p === 'mission' && (
                <Paper radius="md" p="sm" className="sm-mission">
                  <VisuallyHidden>{t('plan.strategy.mission')}: </VisuallyHidden>
                  <Text fw={700}>{map.mission || t('plan.strategy.noMission')}</Text>
                </Paper>
              )}
              {row.map(box)}
            </div>
          </div>
        );
      })}
    </MBox>
  );
}
