import { Anchor, Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EmployeeSummary } from '../../../modules/people/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { employeesQuery } from '../api.ts';
import { codeName } from '../labels.ts';
import { EmployeeDialog } from '../register/EmployeeDialog.tsx';

function Employees({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const employees = useQuery(employeesQuery(orgId));
  if (!employees.data) return <QueryState error={employees.error} />;
  const columns: Column<EmployeeSummary>[] = [
    {
      key: 'name',
      header: t('people.employees.name'),
      rowHeader: true,
      value: (e) => `${e.lastName} ${e.firstName}`,
      render: (e) => (
        <Anchor component={Link} to={`/o/${orgId}/people/employees/${e.id}`}>
          {e.lastName} {e.firstName}
        </Anchor>
      ),
    },
    {
      key: 'function',
      header: t('people.employees.function'),
      value: (e) => e.current?.functionTitle || null,
    },
    {
      key: 'contractType',
      header: t('people.employees.contractType'),
      value: (e) =>
        e.current ? codeName(t, 'contractType', e.current.contractType) : t('people.employees.noContract'),
    },
    { key: 'fte', header: t('people.employees.fte'), value: (e) => e.current?.fte ?? null, format: 'number' },
    {
      key: 'since',
      header: t('people.employees.since'),
      value: (e) => e.since,
      format: 'date',
    },
  ];
  return (
    <DataTable
      caption={t('people.employees.caption')}
      rows={employees.data.items}
      rowKey={(e) => e.id}
      columns={columns}
      empty={t('people.employees.empty')}
      minWidth={720}
      initialSort={{ key: 'name', direction: 'ascending' }}
    />
  );
}

/** `/o/:orgId/people/employees`: the staff with their current contract; add an employee. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <PageFrame
      title={t('people.employees.title')}
      needs={['people.read']}
      actions={({ can, orgId }) =>
        can('people.manage') && (
          <>
            <Button onClick={() => setAdding(true)}>{t('people.employees.add')}</Button>
            <EmployeeDialog orgId={orgId} employee={null} opened={adding} onClose={() => setAdding(false)} />
          </>
        )
      }
    >
      {({ orgId }) => <Employees orgId={orgId} />}
    </PageFrame>
  );
}
