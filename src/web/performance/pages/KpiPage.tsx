import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatPeriod } from '../../format.ts';
import { ActionDialog } from '../components/ActionDialog.tsx';
import { KpiDialog } from '../components/KpiDialog.tsx';
import { formatKpiValue, nameOf, textOf } from '../components/kpi-format.ts';
import { LightBadge } from '../components/LightBadge.tsx';
import { NoteDialog } from '../components/NoteDialog.tsx';
import { TargetsEditor } from '../components/TargetsEditor.tsx';
import { TrendChart } from '../components/TrendChart.tsx';
import { kpiQuery, type KpiDetail, type KpiValue } from '../kpi-api.ts';
import { ComputationView } from '../components/ComputationView.tsx';
import '../components/performance-kpi.css';

function Kpi({ orgId, href, can, detail }: PageContext & { detail: KpiDetail }) {
  const { t, i18n } = useTranslation();
  const { kpi, values, targets, actions, objectives } = detail;
  const [note, setNote] = useState<KpiValue | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [acting, setActing] = useState(false);
  const [editing, setEditing] = useState(false);
  const name = nameOf(kpi, i18n.language);
  const fmt = (n: number | null) => formatKpiValue(n, kpi.unit, kpi.decimals);
  const latest = values[values.length - 1];
  const computed = values.filter((v) => v.computation);
  const shownValue = values.find((v) => v.period === shown) ?? computed[computed.length - 1];
  const manage = can('performance.manage');
  const valueColumns: Column<KpiValue>[] = [
    {
      key: 'period',
      header: t('performance.kpi.period'),
      value: (v) => v.period,
      render: (v) => formatPeriod(v.period),
      rowHeader: true,
    },
    {
      key: 'value',
      header: t('performance.kpi.chartValue'),
      value: (v) => v.value,
      align: 'right',
      render: (v) => fmt(v.value),
    },
    { key: 'light', header: t('performance.kpi.light'), render: (v) => <LightBadge light={v.light} size="sm" short /> },
    {
      key: 'target',
      header: t('performance.targets.target'),
      value: (v) => v.target,
      align: 'right',
      render: (v) => fmt(v.target),
    },
    {
      key: 'note',
      header: t('performance.kpi.note'),
      render: (v) => (
        <Group gap={6} wrap="nowrap" align="start">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {v.note ||
              (v.noteMissing ? (
                <Badge color="orange" variant="light" size="sm">
                  {t('performance.flags.noteMissing')}
                </Badge>
              ) : (
                '—'
              ))}
          </Text>
          {manage && (
            <RowButton
              label={t('performance.note.editOf', { period: v.period })}
              onClick={() => setNote(v)}
              size="compact-xs"
            >
              {v.note ? t('performance.note.edit') : t('performance.note.add')}
            </RowButton>
          )}
        </Group>
      ),
    },
    {
      key: 'source',
      header: t('performance.kpi.source'),
      value: (v) => t(`performance.source.${v.source}`),
      render: (v) => (
        <>
          {t(`performance.source.${v.source}`)}
          {v.computation && (
            <RowButton
              label={t('performance.computation.showOf', { period: v.period })}
              onClick={() => setShown(v.period)}
              size="compact-xs"
            >
              {t('performance.computation.show')}
            </RowButton>
          )}
        </>
      ),
    },
  ];
  return (
    <Stack gap="lg">
      <Section
        title={t('performance.kpi.about')}
        actions={
          manage && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('performance.kpis.editButton')}
            </Button>
          )
        }
      >
        <Text>{textOf({ nl: kpi.definitionNl, en: kpi.definitionEn || kpi.definitionNl }, i18n.language) || '—'}</Text>
        <Group gap="xs">
          <Badge variant="light">{t(`performance.perspectives.${kpi.perspective}`)}</Badge>
          {kpi.cafCriterion && (
            <Badge variant="light" color="grape">
              {t('performance.kpi.cafShort', { n: kpi.cafCriterion })}
            </Badge>
          )}
          {kpi.mape && (
            <Badge variant="light" color="cyan">
              {t(`performance.mape.${kpi.mape}`)}
            </Badge>
          )}
          <Badge variant="outline">{t(`performance.frequency.${kpi.frequency}`)}</Badge>
          <Badge variant="outline">{t(`performance.direction.${kpi.direction}`)}</Badge>
          <Badge variant="outline">{t(`performance.source.${kpi.source}`)}</Badge>
          {kpi.archived && <Badge color="gray">{t('performance.kpis.archived')}</Badge>}
        </Group>
        <Text size="sm">
          {t('performance.kpi.owner')}: {kpi.ownerName ?? '—'} · {t('performance.kpi.unit')}:{' '}
          {t(`performance.units.${kpi.unit}`)}
        </Text>
        {latest && (
          <Group gap="sm">
            <Text fz={28} fw={700}>
              {fmt(latest.value)}
            </Text>
            <LightBadge light={latest.light} />
            <Text c="dimmed">
              {formatPeriod(latest.period)}
              {latest.target !== null && ` · ${t('performance.tile.target', { value: fmt(latest.target) })}`}
            </Text>
          </Group>
        )}
        {objectives.length > 0 && (
          <Text size="sm">
            {t('performance.kpi.objectives')}:{' '}
            {objectives.map((o, i) => (
              <span key={o.id}>
                {i > 0 && ', '}
                <Anchor component={Link} to={href('strategy')}>
                  {o.title}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
      </Section>

      <Section title={t('performance.kpi.trend')}>
        {values.length === 0 ? (
          <Text>{t('performance.kpi.noValues')}</Text>
        ) : (
          <TrendChart
            values={values}
            decimals={kpi.decimals}
            unit={kpi.unit}
            label={t('performance.kpi.chartLabel', { name })}
          />
        )}
        {values.length > 0 && (
          <DataTable
            caption={t('performance.kpi.valuesCaption', { count: values.length })}
            rows={[...values].reverse()}
            rowKey={(v) => v.period}
            columns={valueColumns}
            minWidth={640}
          />
        )}
      </Section>

      {shownValue?.computation && (
        <Section title={t('performance.computation.title', { period: formatPeriod(shownValue.period) })}>
          <ComputationView value={shownValue} lang={i18n.language} />
        </Section>
      )}

      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <Section
          title={t('performance.kpi.actions')}
          actions={
            manage && (
              <Button color="red" variant="light" onClick={() => setActing(true)}>
                {t('performance.actions.create')}
              </Button>
            )
          }
        >
          {actions.length === 0 ? (
            <Text>{t('performance.kpi.noActions')}</Text>
          ) : (
            <List spacing={4}>
              {actions.map((a) => (
                <List.Item key={a.id}>
                  <Anchor component={Link} to={href(`actions/${a.id}`)}>
                    {a.title}
                  </Anchor>{' '}
                  <Badge size="sm" variant="light" color={a.status === 'done' ? 'teal' : 'blue'}>
                    {t(`performance.actionStatus.${a.status}`, { defaultValue: a.status })}
                  </Badge>
                  {a.dueDate && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      · {t('performance.kpi.due', { date: formatDate(a.dueDate) })}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section title={t('performance.targets.title')}>
          <TargetsEditor orgId={orgId} kpi={kpi} targets={targets} canEdit={manage} />
        </Section>
      </SimpleGrid>
      <NoteDialog
        orgId={orgId}
        kpiId={kpi.id}
        period={note?.period ?? null}
        note={note?.note ?? ''}
        opened={note !== null}
        onClose={() => setNote(null)}
      />
      {acting && (
        <ActionDialog
          orgId={orgId}
          opened
          onClose={() => setActing(false)}
          initial={{ title: t('performance.actions.defaultTitle', { name }), kpiIds: [kpi.id] }}
        />
      )}
      <KpiDialog orgId={orgId} kpi={kpi} opened={editing} onClose={() => setEditing(false)} />
    </Stack>
  );
}

/** `/o/:orgId/kpis/:kpiId`: trend with target line and bands, values with notes, computation, actions and targets. */
export function KpiPage() {
  const { t, i18n } = useTranslation();
  const { orgId = '', kpiId = '' } = useParams();
  const detail = useQuery(kpiQuery(orgId, kpiId));
  const title = detail.data ? nameOf(detail.data.kpi, i18n.language) : t('performance.kpi.title');
  return (
    <PageFrame
      title={title}
      needs={['performance.read']}
      crumbs={[
        { to: `/o/${orgId}/cockpit`, label: t('performance.cockpit.title') },
        { to: `/o/${orgId}/kpis`, label: t('performance.kpis.title') },
      ]}
    >
      {(c) => (detail.data ? <Kpi {...c} detail={detail.data} /> : <QueryState error={detail.error} />)}
    </PageFrame>
  );
}
