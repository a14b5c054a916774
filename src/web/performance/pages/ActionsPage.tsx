import { Anchor, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ActionDialog } from '../components/ActionDialog.tsx';
import { DueDate, KpiLinks, StatusBadge } from '../components/ActionBits.tsx';
import { ACTION_STATUSES, actionsQuery, choicesQuery, type ActionFilter } from '../plan-api.ts';

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
            {t('plan.actions.overdue')}
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
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder bg="white">
            <Table.Caption>
              {t('plan.actions.caption')} · {t('plan.actions.count', { count: list.data.items.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {(['title', 'status', 'owner', 'due', 'kpis', 'caf', 'notes'] as const).map((c) => (
                  <Table.Th key={c}>{t(`plan.actions.columns.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={href(`actions/${a.id}`)}>
                      {a.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>
                    {a.owner?.name ?? (
                      <Text span size="sm" c="dimmed">
                        {t('plan.actions.noOwner')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DueDate action={a} />
                  </Table.Td>
                  <Table.Td>
                    <KpiLinks orgId={orgId} kpis={a.kpis} />
                  </Table.Td>
                  <Table.Td>{a.caf.map((c) => c.subcriterion).join(', ')}</Table.Td>
                  <Table.Td>{a.notes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
