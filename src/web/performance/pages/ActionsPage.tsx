import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ActionDialog } from '../components/ActionDialog.tsx';
import { DueDate, KpiLinks, StatusBadge } from '../components/ActionBits.tsx';
import { ACTION_STATUSES, type ActionFilter, type Action, actionsQuery, choicesQuery } from '../plan-api.ts';

/** Improvement actions: counts per PDCA step, filters, the list (overdue first) and "create". */
export function ActionsPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  return (
    <PageFrame
      title={t('plan.actions.title')}
      needs={['performance.read']}
      actions={({ can }) =>
        can('performance.manage') && <Button onClick={() => setAdding(true)}>{t('plan.actions.add')}</Button>
      }
    >
      {({ orgId, href }) => (
        <>
          <Text maw={780}>{t('plan.actions.intro')}</Text>
          <ActionList orgId={orgId} href={href} />
          <ActionDialog
            orgId={orgId}
            opened={adding}
            onClose={() => setAdding(false)}
            onSaved={(a) => navigate(href(`actions/${a.id}`))}
          />
        </>
      )}
    </PageFrame>
  );
}

function ActionList({ orgId, href }: { orgId: string; href: (path: string) => string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ActionFilter>({ status: 'open', owner: null, overdue: false });
  const list = useQuery({ ...actionsQuery(orgId, filter), placeholderData: keepPreviousData });
  const all = useQuery(actionsQuery(orgId, { status: 'all', owner: null, overdue: false }));
  const choices = useQuery(choicesQuery(orgId));
  const counts = ACTION_STATUSES.map((s) => ({ s, n: (all.data?.items ?? []).filter((a) => a.status === s).length }));
  const overdue = (all.data?.items ?? []).filter((a) => a.overdue).length;
  const header = (column: string) => t(`plan.actions.columns.${column}`);
  // In the server's order (overdue first), so no column is sorted to begin with.
  const columns: Column<Action>[] = [
    linkColumn({ key: 'title', header: header('title'), text: (a) => a.title, to: (a) => href(`actions/${a.id}`) }),
    {
      key: 'status',
      header: header('status'),
      value: (a) => ACTION_STATUSES.indexOf(a.status),
      render: (a) => <StatusBadge status={a.status} />,
    },
    {
      key: 'owner',
      header: header('owner'),
      value: (a) => a.owner?.name,
      render: (a) =>
        a.owner?.name ?? (
          <Text span size="sm" c="dimmed">
            {t('plan.actions.noOwner')}
          </Text>
        ),
    },
    { key: 'due', header: header('due'), value: (a) => a.dueDate, render: (a) => <DueDate action={a} /> },
    { key: 'kpis', header: header('kpis'), render: (a) => <KpiLinks orgId={orgId} kpis={a.kpis} /> },
    { key: 'caf', header: header('caf'), value: (a) => a.caf.map((c) => c.subcriterion).join(', ') },
    { key: 'notes', header: header('notes'), value: (a) => a.notes },
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 3, sm: 6 }} aria-label={t('plan.actions.cycle')}>
        {counts.map(({ s, n }) => (
          <Paper key={s} withBorder p="sm" radius="md" bg="white">
            <StatusBadge status={s} />
            <Text size="xl" fw={700}>
              {n}
            </Text>
          </Paper>
        ))}
        <Paper withBorder p="sm" radius="md" bg={overdue ? 'red.0' : 'white'}>
          <Text size="sm" fw={700} c={overdue ? 'red.8' : undefined}>
            {t('plan.actions.overdueCount')}
          </Text>
          <Text size="xl" fw={700} c={overdue ? 'red.8' : undefined}>
            {overdue}
          </Text>
        </Paper>
      </SimpleGrid>
      <Group align="end">
        <Select
          label={t('plan.actions.filterStatus')}
          value={filter.status}
          allowDeselect={false}
          w={200}
          data={[
            { value: 'open', label: t('plan.actions.open') },
            { value: 'all', label: t('plan.actions.all') },
            ...ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) })),
          ]}
          onChange={(status) => status && setFilter((f) => ({ ...f, status: status as ActionFilter['status'] }))}
        />
        <Select
          label={t('plan.actions.filterOwner')}
          value={filter.owner}
          clearable
          searchable
          placeholder={t('plan.actions.anyone')}
          w={220}
          data={(choices.data?.people ?? []).map((p) => ({ value: p.userId, label: p.name }))}
          onChange={(owner) => setFilter((f) => ({ ...f, owner }))}
        />
        <Checkbox
          label={t('plan.actions.onlyOverdue')}
          checked={filter.overdue}
          onChange={(e) => setFilter((f) => ({ ...f, overdue: e.currentTarget.checked }))}
          mb={8}
        />
      </Group>
      {!list.data ? (
        <QueryState error={list.error} inline />
      ) : list.data.items.length === 0 ? (
        <Text>{t('plan.actions.none')}</Text>
      ) : (
        <DataTable
          caption={`${t('plan.actions.caption')} · ${t('plan.actions.count', { count: list.data.items.length })}`}
          rows={list.data.items}
          rowKey={(a) => a.id}
          columns={columns}
          minWidth={760}
        />
      )}
    </Stack>
  );
}
