import { Anchor, Badge, Button, Group, Select, Stack, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { Section } from '../../components/Section.tsx';
import { KpiDialog } from '../components/KpiDialog.tsx';
import { nameOf } from '../components/kpi-format.ts';
import { ValuesImport } from '../components/ValuesImport.tsx';
import { kpiCalls, kpisQuery, type Kpi } from '../kpi-api.ts';
import { PERSPECTIVES, refreshPerformance } from '../plan-api.ts';

/** The catalogue's filters; a cleared filter shows all KPIs. */
const FILTERS = ['perspective', 'caf', 'mape'] as const;
type Filter = (typeof FILTERS)[number];
const FILTER_WIDTHS: Record<Filter, number> = { perspective: 220, caf: 260, mape: 200 };
const MAPE_LEVELS = ['means', 'activities', 'output', 'outcome'] as const;

function Catalogue({ orgId, href, can }: PageContext) {
  const { t, i18n } = useTranslation();
  const [archived, setArchived] = useState(false);
  const list = useQuery(kpisQuery(orgId, archived));
  const [filters, setFilters] = useState<Record<Filter, string | null>>({ perspective: null, caf: null, mape: null });
  const [editing, setEditing] = useState<Kpi | null>(null);
  const [adding, setAdding] = useState(false);
  const starter = useMutation({
    mutationFn: () => kpiCalls.starterSet(orgId),
    onSuccess: async (r) => {
      notifications.show({ color: 'teal', message: t('performance.kpis.starterDone', { count: r.added }) });
      await refreshPerformance(orgId);
    },
  });
  const manage = can('performance.manage');
  const filterOptions: Record<Filter, { value: string; label: string }[]> = {
    perspective: PERSPECTIVES.map((p) => ({ value: p, label: t(`performance.perspectives.${p}`) })),
    caf: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: t(`performance.caf.${n}`) })),
    mape: MAPE_LEVELS.map((m) => ({ value: m, label: t(`performance.mape.${m}`) })),
  };
  const { perspective, caf, mape } = filters;
  const items = (list.data?.items ?? [])
    .filter(
      (k) =>
        (!perspective || k.perspective === perspective) &&
        (!caf || String(k.cafCriterion) === caf) &&
        (!mape || k.mape === mape),
    )
    .sort(
      (a, b) =>
        PERSPECTIVES.indexOf(a.perspective) - PERSPECTIVES.indexOf(b.perspective) || a.code.localeCompare(b.code),
    );
  const name = (k: Kpi) => nameOf(k, i18n.language);
  /** A column whose cell is the translation of the KPI's code value under `performance.<group>`. */
  const labelled = (key: 'perspective' | 'unit' | 'frequency' | 'direction' | 'source', group: string) => ({
    key,
    header: t(`performance.kpi.${key}`),
    value: (k: Kpi) => t(`performance.${group}.${k[key]}`),
  });
  const columns: Column<Kpi>[] = [
    { key: 'code', header: t('performance.kpi.code'), value: (k) => k.code, render: (k) => <code>{k.code}</code> },
    {
      key: 'name',
      header: t('performance.kpi.name'),
      value: name,
      rowHeader: true,
      render: (k) => (
        <>
          <Anchor component={Link} to={href(`kpis/${k.id}`)}>
            {name(k)}
          </Anchor>
          {k.archived && (
            <Badge ml={6} size="xs" color="gray">
              {t('performance.kpis.archived')}
            </Badge>
          )}
        </>
      ),
    },
    labelled('perspective', 'perspectives'),
    { key: 'caf', header: t('performance.kpi.cafShortHead'), value: (k) => k.cafCriterion },
    { key: 'mape', header: t('performance.kpi.mape'), value: (k) => k.mape && t(`performance.mape.${k.mape}`) },
    labelled('unit', 'units'),
    labelled('frequency', 'frequency'),
    labelled('direction', 'direction'),
    labelled('source', 'source'),
  ];
  if (manage) {
    columns.push({
      key: 'edit',
      header: t('performance.kpis.actionsHead'),
      render: (k) => (
        <RowButton label={t('performance.kpis.editOf', { name: name(k) })} onClick={() => setEditing(k)}>
          {t('performance.kpis.editButton')}
        </RowButton>
      ),
    });
  }
  return (
    <Stack gap="lg">
      <Section
        title={t('performance.kpis.catalogue')}
        actions={
          manage && (
            <Group gap="sm">
              <Button variant="default" onClick={() => starter.mutate()} loading={starter.isPending}>
                {t('performance.kpis.starter')}
              </Button>
              <Button onClick={() => setAdding(true)}>{t('performance.kpis.add')}</Button>
            </Group>
          )
        }
      >
        <ErrorAlert error={starter.error} />
        <Group align="end" gap="sm">
          {FILTERS.map((filter) => (
            <Select
              key={filter}
              label={t(`performance.kpi.${filter}`)}
              data={filterOptions[filter]}
              value={filters[filter]}
              onChange={(value) => setFilters((current) => ({ ...current, [filter]: value }))}
              clearable
              placeholder={t('performance.kpis.all')}
              w={FILTER_WIDTHS[filter]}
            />
          ))}
          <Switch
            label={t('performance.kpis.showArchived')}
            checked={archived}
            onChange={(e) => setArchived(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {!list.data ? (
          <QueryState error={list.error} inline />
        ) : (
          <DataTable
            caption={t('performance.kpis.caption', { count: items.length })}
            rows={items}
            rowKey={(k) => k.id}
            columns={columns}
            minWidth={900}
            empty={t('performance.kpis.none')}
          />
        )}
      </Section>
      {manage && <ValuesImport orgId={orgId} />}
      <KpiDialog
        orgId={orgId}
        kpi={editing}
        opened={adding || editing !== null}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
    </Stack>
  );
}

/** `/o/:orgId/kpis`: the catalogue with filters per perspective, CAF criterion and MAPE level; add, edit, starter set, import. */
export function KpisPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('performance.kpis.title')}
      needs={['performance.read']}
      crumbs={[{ to: undefined, label: t('performance.nav') }]}
      actions={(c) => (
        <Button variant="default" component={Link} to={c.href('cockpit')}>
          {t('performance.cockpit.title')}
        </Button>
      )}
    >
      {(c) => <Catalogue {...c} />}
    </PageFrame>
  );
}
