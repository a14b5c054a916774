import { Anchor, Badge, Button, Group, Select, Stack, Switch, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { KpiDialog } from '../components/KpiDialog.tsx';
import { nameOf } from '../components/kpi-format.ts';
import { ValuesImport } from '../components/ValuesImport.tsx';
import { kpiCalls, kpisQuery, type Kpi } from '../kpi-api.ts';
import { PERSPECTIVES, refreshPerformance } from '../plan-api.ts';

function Catalogue({ orgId, href, can }: PageContext) {
  const { t, i18n } = useTranslation();
  const [archived, setArchived] = useState(false);
  const list = useQuery(kpisQuery(orgId, archived));
  const [perspective, setPerspective] = useState<string | null>(null);
  const [caf, setCaf] = useState<string | null>(null);
  const [mape, setMape] = useState<string | null>(null);
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
          <Select
            label={t('performance.kpi.perspective')}
            data={PERSPECTIVES.map((p) => ({ value: p, label: t(`performance.perspectives.${p}`) }))}
            value={perspective}
            onChange={setPerspective}
            clearable
            placeholder={t('performance.kpis.all')}
            w={220}
          />
          <Select
            label={t('performance.kpi.caf')}
            data={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: t(`performance.caf.${n}`) }))}
            value={caf}
            onChange={setCaf}
            clearable
            placeholder={t('performance.kpis.all')}
            w={260}
          />
          <Select
            label={t('performance.kpi.mape')}
            data={['means', 'activities', 'output', 'outcome'].map((m) => ({
              value: m,
              label: t(`performance.mape.${m}`),
            }))}
            value={mape}
            onChange={setMape}
            clearable
            placeholder={t('performance.kpis.all')}
            w={200}
          />
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
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing={6}>
              <Table.Caption>{t('performance.kpis.caption', { count: items.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('performance.kpi.code')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.name')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.perspective')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.cafShortHead')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.mape')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.unit')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.frequency')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.direction')}</Table.Th>
                  <Table.Th scope="col">{t('performance.kpi.source')}</Table.Th>
                  {manage && <Table.Th scope="col">{t('performance.kpis.actionsHead')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((k) => (
                  <Table.Tr key={k.id}>
                    <Table.Td>
                      <code>{k.code}</code>
                    </Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={href(`kpis/${k.id}`)}>
                        {nameOf(k, i18n.language)}
                      </Anchor>
                      {k.archived && (
                        <Badge ml={6} size="xs" color="gray">
                          {t('performance.kpis.archived')}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td>{t(`performance.perspectives.${k.perspective}`)}</Table.Td>
                    <Table.Td>{k.cafCriterion ?? '—'}</Table.Td>
                    <Table.Td>{k.mape ? t(`performance.mape.${k.mape}`) : '—'}</Table.Td>
                    <Table.Td>{t(`performance.units.${k.unit}`)}</Table.Td>
                    <Table.Td>{t(`performance.frequency.${k.frequency}`)}</Table.Td>
                    <Table.Td>{t(`performance.direction.${k.direction}`)}</Table.Td>
                    <Table.Td>{t(`performance.source.${k.source}`)}</Table.Td>
                    {manage && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => setEditing(k)}
                          aria-label={t('performance.kpis.editOf', { name: nameOf(k, i18n.language) })}
                        >
                          {t('performance.kpis.editButton')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
                {items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={10}>
                      <Text>{t('performance.kpis.none')}</Text>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
