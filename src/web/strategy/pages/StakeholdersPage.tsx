import { Badge, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MATRIX_QUADRANTS } from '../../../modules/strategy/logic/quadrant.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { StatTile } from '../../components/StatTile.tsx';
import { refreshStrategy, type Stakeholder, stakeholdersQuery, strategyCalls } from '../api.ts';
import { linkSummary } from '../components/LinkFields.tsx';
import { StakeholderDialog } from '../components/StakeholderDialog.tsx';
import { StakeholderMatrix } from '../components/StakeholderMatrix.tsx';

/** The stakeholder register: the power–interest matrix (chart or table) and every stakeholder's details. */
export function StakeholdersPage() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Stakeholder | null | undefined>(undefined);
  return (
    <PageFrame
      title={t('strategic.stakeholders.title')}
      needs={['strategy.read']}
      actions={({ can }) =>
        can('strategy.manage') && <Button onClick={() => setEditing(null)}>{t('strategic.stakeholders.add')}</Button>
      }
    >
      {(context) => <Register context={context} editing={editing} onEdit={setEditing} />}
    </PageFrame>
  );
}

function Register({
  context,
  editing,
  onEdit,
}: {
  context: PageContext;
  editing: Stakeholder | null | undefined;
  onEdit: (s: Stakeholder | null | undefined) => void;
}) {
  const { t } = useTranslation();
  const { orgId, can } = context;
  const list = useQuery(stakeholdersQuery(orgId));
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [removing, setRemoving] = useState<Stakeholder | null>(null);
  if (!list.data) return <QueryState error={list.error} inline />;
  const items = list.data.items;
  const manage = can('strategy.manage');
  const columns: Column<Stakeholder>[] = [
    { key: 'name', header: t('strategic.stakeholders.name'), value: (s) => s.name, rowHeader: true },
    { key: 'type', header: t('strategic.stakeholders.type'), value: (s) => t(`strategic.types.${s.type}`) },
    {
      key: 'quadrant',
      header: t('strategic.stakeholders.quadrant'),
      value: (s) => MATRIX_QUADRANTS.indexOf(s.quadrant),
      render: (s) => t(`strategic.quadrants.${s.quadrant}`),
    },
    { key: 'power', header: t('strategic.stakeholders.power'), value: (s) => s.power, format: 'integer' },
    { key: 'interest', header: t('strategic.stakeholders.interest'), value: (s) => s.interest, format: 'integer' },
    { key: 'influence', header: t('strategic.stakeholders.influence'), value: (s) => s.influence, format: 'integer' },
    { key: 'expectations', header: t('strategic.stakeholders.expectations'), value: (s) => s.expectations || null },
    { key: 'value', header: t('strategic.stakeholders.valueCreated'), value: (s) => s.valueCreated || null },
    { key: 'engagement', header: t('strategic.stakeholders.engagement'), value: (s) => s.engagement || null },
    {
      key: 'lastContact',
      header: t('strategic.stakeholders.lastContact'),
      value: (s) => s.lastContact,
      format: 'date',
    },
    { key: 'links', header: t('strategic.links.title'), value: (s) => linkSummary(s) },
    ...(manage
      ? [
          {
            key: 'edit',
            header: t('strategic.edit'),
            render: (s: Stakeholder) => (
              <Group gap={4} wrap="nowrap">
                <RowButton label={t('strategic.editName', { name: s.name })} onClick={() => onEdit(s)}>
                  {t('strategic.edit')}
                </RowButton>
                <RowButton
                  label={t('strategic.removeName', { name: s.name })}
                  color="red"
                  onClick={() => setRemoving(s)}
                >
                  {t('strategic.remove')}
                </RowButton>
              </Group>
            ),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="lg">
      <Text maw={820}>{t('strategic.stakeholders.intro')}</Text>
      <Group gap="md" grow>
        {MATRIX_QUADRANTS.map((q) => (
          <StatTile key={q} label={t(`strategic.quadrants.${q}`)} note={t(`strategic.quadrantRule.${q}`)}>
            {items.filter((s) => s.quadrant === q).length}
          </StatTile>
        ))}
      </Group>
      <Section
        title={t('strategic.stakeholders.matrix')}
        actions={
          <SegmentedControl
            aria-label={t('strategic.stakeholders.view')}
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            data={[
              { value: 'chart', label: t('strategic.stakeholders.chart') },
              { value: 'table', label: t('strategic.stakeholders.table') },
            ]}
          />
        }
      >
        {items.length === 0 ? (
          <Text c="dimmed">{t('strategic.stakeholders.empty')}</Text>
        ) : view === 'chart' ? (
          <StakeholderMatrix stakeholders={items} />
        ) : (
          <MatrixTable items={items} />
        )}
      </Section>
      <DataTable
        caption={t('strategic.stakeholders.caption')}
        rows={items}
        rowKey={(s) => s.id}
        columns={columns}
        empty={t('strategic.stakeholders.empty')}
        minWidth={1100}
        stickyFirstColumn
        maxHeight="70vh"
      />
      {editing !== undefined && (
        <StakeholderDialog orgId={orgId} stakeholder={editing} onClose={() => onEdit(undefined)} />
      )}
      <ConfirmDialog
        opened={Boolean(removing)}
        title={t('strategic.remove')}
        text={t('strategic.stakeholders.removeConfirm', { name: removing?.name ?? '' })}
        confirm={t('strategic.remove')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          await strategyCalls.deleteStakeholder(orgId, removing!.id);
          await refreshStrategy(orgId);
        }}
      />
    </Stack>
  );
}

/** The matrix as a table: per quadrant the stakeholders in it, with their power and interest. */
function MatrixTable({ items }: { items: Stakeholder[] }) {
  const { t } = useTranslation();
  const rows = MATRIX_QUADRANTS.map((q) => ({ quadrant: q, members: items.filter((s) => s.quadrant === q) }));
  const columns: Column<(typeof rows)[number]>[] = [
    {
      key: 'quadrant',
      header: t('strategic.stakeholders.quadrant'),
      value: (r) => t(`strategic.quadrants.${r.quadrant}`),
      rowHeader: true,
    },
    { key: 'rule', header: t('strategic.stakeholders.rule'), value: (r) => t(`strategic.quadrantRule.${r.quadrant}`) },
    {
      key: 'members',
      header: t('strategic.stakeholders.members'),
      value: (r) => r.members.map((s) => s.name).join(', ') || null,
      render: (r) =>
        r.members.length ? (
          <Group gap={4}>
            {r.members.map((s) => (
              <Badge key={s.id} variant="light" color="gray" tt="none">
                {s.name} ({s.power}/{s.interest})
              </Badge>
            ))}
          </Group>
        ) : (
          t('common.none')
        ),
    },
  ];
  return (
    <DataTable
      caption={t('strategic.stakeholders.matrixCaption')}
      rows={rows}
      rowKey={(r) => r.quadrant}
      columns={columns}
    />
  );
}
