import { Anchor, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { kpiName } from '../components/ActionBits.tsx';
import { MissionDialog, ObjectiveDialog, RemoveObjectiveDialog } from '../components/StrategyDialogs.tsx';
import { StrategyMapView } from '../components/StrategyMapView.tsx';
import { SmartCheck, StatementHistory, smartSummary } from '../components/SmartCheck.tsx';
import { PERSPECTIVES, strategyQuery, type Objective, type StrategyMap } from '../plan-api.ts';

/** The strategy map: mission → strategic objectives → KPIs, drawn and as a table; editable by directie and staf. */
export function StrategyPage() {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'mission' | 'objective' | null>(null);
  return (
    <PageFrame
      title={t('plan.strategy.title')}
      needs={['performance.read']}
      actions={({ can }) =>
        can('performance.manage') && (
          <>
            <Button variant="default" onClick={() => setDialog('mission')}>
              {t('plan.strategy.editMission')}
            </Button>
            <Button onClick={() => setDialog('objective')}>{t('plan.strategy.addObjective')}</Button>
          </>
        )
      }
    >
      {(context) => <Strategy context={context} dialog={dialog} onDialog={setDialog} />}
    </PageFrame>
  );
}

function Strategy({
  context,
  dialog,
  onDialog,
}: {
  context: PageContext;
  dialog: 'mission' | 'objective' | null;
  onDialog: (d: 'mission' | 'objective' | null) => void;
}) {
  const { t } = useTranslation();
  const { orgId, can, href } = context;
  const map = useQuery(strategyQuery(orgId));
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<Objective | null>(null);
  const [removing, setRemoving] = useState<Objective | null>(null);
  if (!map.data) return <QueryState error={map.error} inline />;
  const m = map.data;
  const chosen = m.objectives.find((o) => o.id === selected) ?? null;
  return (
    <>
      <Text maw={820}>{t('plan.strategy.intro')}</Text>
      {m.vision && (
        <Text size="sm">
          <b>{t('plan.strategy.vision')}:</b> {m.vision}
        </Text>
      )}
      {m.values && (
        <Text size="sm">
          <b>{t('plan.strategy.values')}:</b> {m.values}
        </Text>
      )}
      {m.objectives.length === 0 && <Text fw={600}>{t('plan.strategy.empty')}</Text>}
      <StrategyMapView
        orgId={orgId}
        map={m}
        selected={selected}
        onSelect={(id) => setSelected((s) => (s === id ? null : id))}
      />
      {chosen && (
        <Section
          title={`${t('plan.strategy.selected')}: ${chosen.title}`}
          actions={
            can('performance.manage') && (
              <Group gap="xs">
                <Button size="compact-sm" variant="default" onClick={() => setEditing(chosen)}>
                  {t('plan.strategy.editObjective')}
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRemoving(chosen)}>
                  {t('plan.strategy.removeObjective')}
                </Button>
              </Group>
            )
          }
        >
          <Text size="sm">
            {t(`plan.strategy.perspectives.${chosen.perspective}`)}
            {chosen.description && ` · ${chosen.description}`}
          </Text>
          <ObjectiveKpis map={m} objective={chosen} href={href} />
          <SmartCheck objective={chosen} />
        </Section>
      )}
      <MapTable map={m} href={href} />
      <Section title={t('plan.strategy.history.title')}>
        <StatementHistory map={m} />
      </Section>
      <MissionDialog orgId={orgId} map={m} opened={dialog === 'mission'} onClose={() => onDialog(null)} />
      <ObjectiveDialog
        orgId={orgId}
        map={m}
        objective={editing}
        opened={dialog === 'objective' || Boolean(editing)}
        onClose={() => {
          onDialog(null);
          setEditing(null);
        }}
        onSaved={setSelected}
      />
      <RemoveObjectiveDialog
        orgId={orgId}
        objective={removing}
        onClose={() => {
          setRemoving(null);
          setSelected(null);
        }}
      />
    </>
  );
}

function ObjectiveKpis({
  map,
  objective,
  href,
}: {
  map: StrategyMap;
  objective: Objective;
  href: (p: string) => string;
}) {
  const { t } = useTranslation();
  const kpis = objective.kpiIds.map((id) => map.kpis.find((k) => k.id === id)).filter((k) => k !== undefined);
  if (!kpis.length)
    return (
      <Text size="sm" c="dimmed">
        {t('plan.strategy.noKpis')}
      </Text>
    );
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {kpis.map((k) => (
        <li key={k.id}>
          <Anchor component={Link} to={href(`kpis/${k.id}`)}>
            {k.code} · {kpiName(k)}
          </Anchor>
          {' — '}
          {t(`plan.strategy.light.${k.light ?? 'none'}`)}
        </li>
      ))}
    </ul>
  );
}

/** The same map as a table: every objective with what it contributes to and its KPIs. */
function MapTable({ map, href }: { map: StrategyMap; href: (p: string) => string }) {
  const { t } = useTranslation();
  const title = new Map(map.objectives.map((o) => [o.id, o.title]));
  const ordered = PERSPECTIVES.flatMap((p) => map.objectives.filter((o) => o.perspective === p));
  if (!ordered.length) return null;
  const kpisOf = (o: Objective) =>
    o.kpiIds.map((id) => map.kpis.find((k) => k.id === id)).filter((k) => k !== undefined);
  const columns: Column<Objective>[] = [
    {
      key: 'perspective',
      header: t('plan.strategy.columns.perspective'),
      value: (o) => PERSPECTIVES.indexOf(o.perspective),
      render: (o) => t(`plan.strategy.perspectives.${o.perspective}`),
    },
    { key: 'objective', header: t('plan.strategy.columns.objective'), value: (o) => o.title, rowHeader: true },
    {
      key: 'supports',
      header: t('plan.strategy.columns.supports'),
      value: (o) => o.supports.map((id) => title.get(id)).join('; ') || t('plan.strategy.supportsNone'),
    },
    {
      key: 'kpis',
      header: t('plan.strategy.columns.kpis'),
      render: (o) =>
        kpisOf(o).map((k, i) => (
          <span key={k.id}>
            {i > 0 && ', '}
            <Anchor component={Link} to={href(`kpis/${k.id}`)} size="sm">
              {k.code}
            </Anchor>{' '}
            ({t(`plan.strategy.light.${k.light ?? 'none'}`)})
          </span>
        )),
    },
    {
      key: 'smart',
      header: t('plan.strategy.columns.smart'),
      value: (o) => smartSummary(t, o),
    },
  ];
  return (
    <DataTable
      caption={t('plan.strategy.tableCaption')}
      rows={ordered}
      rowKey={(o) => o.id}
      columns={columns}
      minWidth={700}
    />
  );
}
