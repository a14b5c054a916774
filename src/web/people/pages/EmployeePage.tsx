import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { EmployeeDetail } from '../../../modules/people/schema.ts';
import { call, client } from '../../api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { StatTile } from '../../components/StatTile.tsx';
import { formatDate, formatNumber } from '../../format.ts';
import { employeeQuery, ofEmployee, refreshPeople, saveJson } from '../api.ts';
import { codeName } from '../labels.ts';
import { EmployeeDialog } from '../register/EmployeeDialog.tsx';
import { ContractsSection, RecordsSections } from '../register/EmployeeTables.tsx';

function Profile({ employee }: { employee: EmployeeDetail }) {
  const { t } = useTranslation();
  const c = employee.current;
  const tiles: [string, string][] = [
    [t('people.employees.sex'), codeName(t, 'sex', employee.sex)],
    [t('people.employees.birthYear'), employee.birthYear ? String(employee.birthYear) : '—'],
    [t('people.employees.education'), codeName(t, 'education', employee.education) || '—'],
    [t('people.employees.externalRef'), employee.externalRef ?? '—'],
    [t('people.employees.since'), employee.since ? formatDate(employee.since) : '—'],
    [t('people.employees.function'), c?.functionTitle || '—'],
    [
      t('people.employees.contractType'),
      c ? codeName(t, 'contractType', c.contractType) : t('people.employees.noContract'),
    ],
    [t('people.employees.fte'), c ? formatNumber(c.fte, 2) : '—'],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {tiles.map(([label, value]) => (
        <StatTile key={label} label={label}>
          {value}
        </StatTile>
      ))}
    </SimpleGrid>
  );
}

function Record({ orgId, employee, manage }: { orgId: string; employee: EmployeeDetail; manage: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const name = `${employee.firstName} ${employee.lastName}`;
  const at = ofEmployee(orgId, employee.id);
  const exporting = useMutation({
    mutationFn: async () => {
      const data = await call(client.GET('/orgs/{orgId}/people/employees/{employeeId}/export', at));
      saveJson(data, `werknemer-${name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.json`);
    },
  });
  const erase = async () => {
    await call(client.DELETE('/orgs/{orgId}/people/employees/{employeeId}', at));
    notifications.show({ color: 'teal', message: t('people.employee.erased', { name }) });
    void navigate(`/o/${orgId}/people/employees`);
    await refreshPeople(orgId);
  };
  return (
    <Stack gap="lg">
      <Profile employee={employee} />
      {manage && (
        <Group>
          <Button variant="light" onClick={() => setEditing(true)}>
            {t('people.employee.edit')}
          </Button>
        </Group>
      )}
      <ContractsSection orgId={orgId} employee={employee} manage={manage} />
      <RecordsSections orgId={orgId} employee={employee} manage={manage} />
      {manage && (
        <Group>
          <Button variant="default" onClick={() => exporting.mutate()} loading={exporting.isPending}>
            {t('people.employee.export')}
          </Button>
          <Button color="red" variant="light" onClick={() => setErasing(true)}>
            {t('people.employee.erase')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={exporting.error} />
      {editing && <EmployeeDialog orgId={orgId} employee={employee} opened onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={erasing}
        onClose={() => setErasing(false)}
        title={t('people.employee.eraseTitle')}
        text={t('people.employee.eraseText', { name })}
        confirm={t('people.employee.eraseConfirm')}
        onConfirm={erase}
      />
    </Stack>
  );
}

function Loaded({ orgId, employeeId, manage }: { orgId: string; employeeId: string; manage: boolean }) {
  const employee = useQuery(employeeQuery(orgId, employeeId));
  return employee.data ? (
    <Record orgId={orgId} employee={employee.data} manage={manage} />
  ) : (
    <QueryState error={employee.error} />
  );
}

/** `/o/:orgId/people/employees/:employeeId`: one employee's details, contracts, absences and trainings. */
export function EmployeePage() {
  const { t } = useTranslation();
  const { employeeId = '', orgId = '' } = useParams();
  const employee = useQuery({ ...employeeQuery(orgId, employeeId), enabled: Boolean(orgId && employeeId) });
  const title = employee.data ? `${employee.data.firstName} ${employee.data.lastName}` : t('people.employee.title');
  return (
    <PageFrame
      title={title}
      needs={['people.read']}
      crumbs={[{ to: `/o/${orgId}/people/employees`, label: t('people.employees.title') }]}
    >
      {({ orgId, can }) => <Loaded orgId={orgId} employeeId={employeeId} manage={can('people.manage')} />}
    </PageFrame>
  );
}
