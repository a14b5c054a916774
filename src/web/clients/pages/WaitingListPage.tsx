import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../components/Form.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { formatNumber } from '../../format.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { offerQuery, waitingQuery } from '../api.ts';
import { BudgetStartsSection } from '../components/BudgetStartsSection.tsx';
import { ClientsFramePage, type ClientsContext } from '../components/ClientsFrame.tsx';
import { WaitingDialog } from '../components/WaitingDialog.tsx';
import { durationText } from '../format.ts';
import type { GroupSummary, WaitingRequest } from '../../../modules/clients/schema.ts';
import '../components/clients.css';

function SummaryCard({ s, fellBack = 0 }: { s: GroupSummary; fellBack?: number }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg="white"
      component="section"
      aria-label={s.group ? `PG${s.group}` : t('clients.waiting.all')}
    >
      <Text fw={700}>{s.group ? `PG${s.group}` : t('clients.waiting.all')}</Text>
      <Text size="xl" fw={700}>
        {t('clients.waiting.count', { count: s.count })}
      </Text>
      <Text size="sm">
        {t('clients.waiting.longest')}: <b>{durationText(s.longestDays, t)}</b>
      </Text>
      <Text size="sm">
        {t('clients.waiting.median')}: <b>{durationText(s.medianDays, t)}</b>
      </Text>
      {fellBack > 0 && (
        <Text size="sm" c="red.8" fw={600}>
          {t('clients.waiting.fellBack', { count: fellBack })}
        </Text>
      )}
    </Paper>
  );
}

function Waiting({ orgId, can, href }: ClientsContext) {
  const { t } = useTranslation();
  const offer = useQuery(offerQuery(orgId));
  const functions = offer.data?.functions ?? [];
  const [capacityForm, setCapacityForm] = useState<Record<string, string | number>>({});
  const [capacity, setCapacity] = useState<Record<string, number>>({});
  const list = useQuery({ ...waitingQuery(orgId, capacity), placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<WaitingRequest | null>(null);
  const [adding, setAdding] = useState(false);
  const served = new Set(list.data?.servable.served ?? []);
  const asked = Object.keys(capacity).length > 0;
  const fnName = (code: string) => functions.find((f) => f.code === code)?.name ?? code;
  const apply = () =>
    setCapacity(
      Object.fromEntries(
        Object.entries(capacityForm)
          .filter(([, v]) => v !== '' && Number(v) > 0)
          .map(([k, v]) => [k, Number(v)]),
      ),
    );
  const columns: Column<WaitingRequest>[] = [
    {
      key: 'reference',
      header: t('clients.waiting.reference'),
      value: (r) => r.reference,
      rowHeader: true,
      render: (r) => (
        <>
          {r.reference}{' '}
          {served.has(r.id) && (
            <Badge color="teal" size="sm">
              {t('clients.waiting.canServe')}
            </Badge>
          )}
        </>
      ),
    },
    {
      key: 'group',
      header: t('clients.waiting.group'),
      value: (r) => r.priorityGroup,
      render: (r) => `PG${r.priorityGroup}`,
    },
    { key: 'requested', header: t('clients.waiting.requestedOn'), value: (r) => r.requestDate, format: 'date' },
    { key: 'decided', header: t('clients.waiting.decidedOn'), value: (r) => r.decisionDate, format: 'date' },
    {
      key: 'needs',
      header: t('clients.waiting.needs'),
      value: (r) =>
        r.needs
          .map((n) => t('clients.waiting.needText', { fn: fnName(n.function), units: formatNumber(n.unitsPerWeek) }))
          .join('; '),
    },
    { key: 'intensity', header: t('clients.waiting.intensity'), value: (r) => r.intensity || null },
    { key: 'status', header: t('clients.waiting.status'), value: (r) => t(`clients.waiting.statuses.${r.status}`) },
    ...(can('clients.manage')
      ? [
          {
            key: 'actions',
            header: t('clients.waiting.actions'),
            render: (r: WaitingRequest) => (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setEditing(r)}
                aria-label={t('clients.waiting.editOf', { ref: r.reference })}
              >
                {t('clients.waiting.editButton')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="lg">
      {list.data && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          {list.data.summary.groups.map((s) => (
            <SummaryCard key={s.group} s={s} fellBack={s.group === 3 ? list.data.summary.fellBack : 0} />
          ))}
          <SummaryCard s={list.data.summary.all} />
        </SimpleGrid>
      )}
      {list.data && <BudgetStartsSection href={href} starts={list.data.budgetStarts} />}
      <Section title={t('clients.waiting.capacityTitle')}>
        <Form onSubmit={apply} gap="sm">
          <Text size="sm">{t('clients.waiting.capacityHelp')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {functions.map((f) => (
              <NumberField
                key={f.code}
                label={t('clients.waiting.capacityOf', { fn: f.name })}
                value={capacityForm[f.code] ?? ''}
                min={0}
                decimalScale={2}
                onChange={(v) => setCapacityForm((c) => ({ ...c, [f.code]: v }))}
              />
            ))}
          </SimpleGrid>
          <Group>
            <Button type="submit">{t('clients.waiting.capacitySubmit')}</Button>
            {asked && (
              <Text size="sm" aria-live="polite">
                {t('clients.waiting.servableCount', { count: served.size })}
              </Text>
            )}
          </Group>
        </Form>
      </Section>
      <Section
        title={t('clients.waiting.listTitle')}
        actions={can('clients.manage') && <Button onClick={() => setAdding(true)}>{t('clients.waiting.add')}</Button>}
      >
        {!list.data ? (
          <QueryState error={list.error} inline />
        ) : (
          <DataTable
            caption={t('clients.waiting.caption', { count: list.data.items.length })}
            rows={list.data.items}
            rowKey={(r) => r.id}
            columns={columns}
            rowClassName={(r) => (served.has(r.id) ? 'sb-highlight' : undefined)}
            minWidth={860}
            empty={t('clients.waiting.none')}
          />
        )}
      </Section>
      <WaitingDialog
        orgId={orgId}
        functions={functions}
        request={editing}
        opened={adding || editing !== null}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
    </Stack>
  );
}

/** `/o/:orgId/clients/waiting-list`: requests per priority group, waiting times and what free capacity could serve. */
export function WaitingListPage() {
  return <ClientsFramePage title="clients.waiting.title" needs={['clients.read']} body={Waiting} />;
}
