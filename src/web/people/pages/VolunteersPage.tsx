import { Button, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thisMonth } from '../../../lib/calendar.ts';
import { call, client } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { refreshPeople, volunteersQuery } from '../api.ts';
import { ActivityDialog, VolunteerDialog } from '../register/VolunteerDialogs.tsx';

interface Volunteer {
  id: string;
  name: string;
  tasks: string;
  startsOn: string;
  endsOn: string | null;
  insured: boolean;
  activity: { month: string; hours: number; expensesCents: number }[];
}

/** The month a year before this one ('yyyy-mm'): the last twelve months are after it. */
function yearAgo(): string {
  const [y, m] = thisMonth().split('-');
  return `${Number(y) - 1}-${m}`;
}

function Volunteers({ orgId, manage }: { orgId: string; manage: boolean }) {
  const { t } = useTranslation();
  const volunteers = useQuery(volunteersQuery(orgId));
  const [entering, setEntering] = useState<Volunteer | null>(null);
  const [removing, setRemoving] = useState<Volunteer | null>(null);
  if (!volunteers.data) return <QueryState error={volunteers.error} />;
  const after = yearAgo();
  const recent = (v: Volunteer) => v.activity.filter((a) => a.month > after);
  const columns: Column<Volunteer>[] = [
    { key: 'name', header: t('people.volunteers.name'), value: (v) => v.name, rowHeader: true },
    { key: 'tasks', header: t('people.volunteers.tasks'), value: (v) => v.tasks || null },
    { key: 'startsOn', header: t('people.volunteers.startsOn'), value: (v) => v.startsOn, format: 'date' },
    { key: 'endsOn', header: t('people.volunteers.endsOn'), value: (v) => v.endsOn, format: 'date' },
    {
      key: 'insured',
      header: t('people.volunteers.insured'),
      value: (v) => (v.insured ? t('people.volunteers.yes') : t('people.volunteers.no')),
    },
    {
      key: 'hours',
      header: t('people.volunteers.hours'),
      value: (v) => recent(v).reduce((sum, a) => sum + a.hours, 0),
      format: 'number',
    },
    {
      key: 'expenses',
      header: t('people.volunteers.expenses'),
      value: (v) => recent(v).reduce((sum, a) => sum + a.expensesCents, 0),
      format: 'moneyCents',
    },
  ];
  if (manage)
    columns.push({
      key: 'actions',
      header: '',
      sortable: false,
      render: (v) => (
        <Group gap={4} wrap="nowrap">
          <RowButton label={t('people.volunteers.activityOf', { name: v.name })} onClick={() => setEntering(v)}>
            {t('people.volunteers.activity')}
          </RowButton>
          <RowButton
            color="red"
            label={t('people.volunteers.removeOf', { name: v.name })}
            onClick={() => setRemoving(v)}
          >
            {t('people.volunteers.remove')}
          </RowButton>
        </Group>
      ),
    });
  return (
    <>
      <DataTable
        caption={t('people.volunteers.caption')}
        rows={volunteers.data.items}
        rowKey={(v) => v.id}
        columns={columns}
        empty={t('people.volunteers.empty')}
        minWidth={880}
        initialSort={{ key: 'name', direction: 'ascending' }}
      />
      {entering && <ActivityDialog orgId={orgId} volunteer={entering} onClose={() => setEntering(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('people.volunteers.removeOf', { name: removing?.name ?? '' })}
        text={t('people.volunteers.removeText', { name: removing?.name ?? '' })}
        confirm={t('people.volunteers.remove')}
        onConfirm={async () => {
          if (!removing) return;
          await call(
            client.DELETE('/orgs/{orgId}/people/volunteers/{volunteerId}', {
              params: { path: { orgId, volunteerId: removing.id } },
            }),
          );
          await refreshPeople(orgId);
        }}
      />
    </>
  );
}

/** `/o/:orgId/people/volunteers`: the volunteers with their tasks, insurance, hours and expenses. */
export function VolunteersPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <PageFrame
      title={t('people.volunteers.title')}
      needs={['people.read']}
      actions={({ can, orgId }) =>
        can('people.manage') && (
          <>
            <Button onClick={() => setAdding(true)}>{t('people.volunteers.add')}</Button>
            {adding && <VolunteerDialog orgId={orgId} onClose={() => setAdding(false)} />}
          </>
        )
      }
    >
      {({ orgId, can }) => <Volunteers orgId={orgId} manage={can('people.manage')} />}
    </PageFrame>
  );
}
