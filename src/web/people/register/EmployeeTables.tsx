import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail } from '../../../modules/people/schema.ts';
import { call, client } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { refreshPeople } from '../api.ts';
import { codeName } from '../labels.ts';
import { ContractDialog, type ContractMode } from './ContractDialog.tsx';
import { AbsenceDialog, TrainingDialog } from './RecordDialogs.tsx';

type Contract = EmployeeDetail['contracts'][number];
type Absence = EmployeeDetail['absences'][number];
type Training = EmployeeDetail['trainings'][number];
type Kind = 'contracts' | 'absences' | 'trainings';

interface Props {
  orgId: string;
  employee: EmployeeDetail;
  manage: boolean;
}

/** Removes a contract, absence or training (each answers the employee again). */
function useRemove(orgId: string, employeeId: string) {
  return useMutation({
    mutationFn: ({ kind, id }: { kind: Kind; id: string }) => {
      const base = '/orgs/{orgId}/people/employees/{employeeId}' as const;
      if (kind === 'contracts')
        return call(
          client.DELETE(`${base}/contracts/{contractId}`, { params: { path: { orgId, employeeId, contractId: id } } }),
        );
      if (kind === 'absences')
        return call(
          client.DELETE(`${base}/absences/{absenceId}`, { params: { path: { orgId, employeeId, absenceId: id } } }),
        );
      return call(
        client.DELETE(`${base}/trainings/{trainingId}`, { params: { path: { orgId, employeeId, trainingId: id } } }),
      );
    },
    onSuccess: () => refreshPeople(orgId),
  });
}

/** The contracts over time: add one, a dated change of the running one, end one with its reason, remove one. */
export function ContractsSection({ orgId, employee, manage }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ContractMode | null>(null);
  const remove = useRemove(orgId, employee.id);
  const name = `${employee.firstName} ${employee.lastName}`;
  const columns: Column<Contract>[] = [
    {
      key: 'startsOn',
      header: t('people.employee.startsOn'),
      value: (c) => c.startsOn,
      format: 'date',
      rowHeader: true,
    },
    {
      key: 'endsOn',
      header: t('people.employee.endsOn'),
      value: (c) => c.endsOn,
      format: 'date',
      empty: t('people.employee.open'),
    },
    {
      key: 'type',
      header: t('people.employees.contractType'),
      value: (c) => codeName(t, 'contractType', c.contractType),
    },
    { key: 'category', header: t('people.employee.category'), value: (c) => codeName(t, 'category', c.category) },
    { key: 'function', header: t('people.employee.functionTitle'), value: (c) => c.functionTitle || null },
    { key: 'hours', header: t('people.employee.weeklyHours'), value: (c) => c.weeklyHours, format: 'number' },
    { key: 'fte', header: t('people.employees.fte'), value: (c) => c.fte, format: 'number' },
    { key: 'cost', header: t('people.employee.monthlyCost'), value: (c) => c.monthlyCostCents, format: 'moneyCents' },
    { key: 'exit', header: t('people.employee.exitReason'), value: (c) => codeName(t, 'exitReason', c.exitReason) },
  ];
  if (manage)
    columns.push({
      key: 'actions',
      header: '',
      sortable: false,
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          <RowButton
            label={t('people.employee.endOf', { start: formatDate(c.startsOn) })}
            onClick={() => setMode({ kind: 'end', contract: c })}
          >
            {t('people.employee.end')}
          </RowButton>
          <RowButton
            color="red"
            label={t('people.employee.removeContract', { start: formatDate(c.startsOn) })}
            onClick={() => remove.mutate({ kind: 'contracts', id: c.id })}
          >
            {t('people.employee.remove')}
          </RowButton>
        </Group>
      ),
    });
  return (
    <Section title={t('people.employee.contracts')}>
      <DataTable
        caption={t('people.employee.contractsCaption', { name })}
        rows={employee.contracts}
        rowKey={(c) => c.id}
        columns={columns}
        empty={t('people.employee.noContracts')}
        minWidth={960}
      />
      <ErrorAlert error={remove.error} />
      {manage && (
        <Group mt="sm">
          <Button variant="light" onClick={() => setMode({ kind: 'add' })}>
            {t('people.employee.addContract')}
          </Button>
          {employee.current && (
            <Button variant="light" onClick={() => setMode({ kind: 'change' })}>
              {t('people.employee.change')}
            </Button>
          )}
        </Group>
      )}
      {mode && <ContractDialog orgId={orgId} employee={employee} mode={mode} onClose={() => setMode(null)} />}
    </Section>
  );
}

/** Absences and trainings of the person, each with add and remove. */
export function RecordsSections({ orgId, employee, manage }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<'absence' | 'training' | null>(null);
  const remove = useRemove(orgId, employee.id);
  const name = `${employee.firstName} ${employee.lastName}`;
  const absenceColumns: Column<Absence>[] = [
    {
      key: 'startsOn',
      header: t('people.employee.startsOn'),
      value: (a) => a.startsOn,
      format: 'date',
      rowHeader: true,
    },
    { key: 'endsOn', header: t('people.employee.endsOn'), value: (a) => a.endsOn, format: 'date' },
    { key: 'kind', header: t('people.employee.kind'), value: (a) => codeName(t, 'absenceKind', a.kind) },
    { key: 'hours', header: t('people.employee.hours'), value: (a) => a.hours, format: 'number' },
    { key: 'note', header: t('people.employee.note'), value: (a) => a.note || null },
  ];
  const trainingColumns: Column<Training>[] = [
    { key: 'heldOn', header: t('people.employee.heldOn'), value: (r) => r.heldOn, format: 'date' },
    { key: 'title', header: t('people.employee.trainingTitle'), value: (r) => r.title, rowHeader: true },
    { key: 'kind', header: t('people.employee.kind'), value: (r) => codeName(t, 'trainingKind', r.kind) },
    { key: 'hours', header: t('people.employee.hours'), value: (r) => r.hours, format: 'number' },
    { key: 'gross', header: t('people.employee.grossCost'), value: (r) => r.grossCostCents, format: 'moneyCents' },
    { key: 'subsidy', header: t('people.employee.subsidy'), value: (r) => r.subsidyCents, format: 'moneyCents' },
  ];
  if (manage) {
    absenceColumns.push({
      key: 'actions',
      header: '',
      sortable: false,
      render: (a) => (
        <RowButton
          color="red"
          label={t('people.employee.removeAbsence', { start: formatDate(a.startsOn) })}
          onClick={() => remove.mutate({ kind: 'absences', id: a.id })}
        >
          {t('people.employee.remove')}
        </RowButton>
      ),
    });
    trainingColumns.push({
      key: 'actions',
      header: '',
      sortable: false,
      render: (r) => (
        <RowButton
          color="red"
          label={t('people.employee.removeTraining', { title: r.title })}
          onClick={() => remove.mutate({ kind: 'trainings', id: r.id })}
        >
          {t('people.employee.remove')}
        </RowButton>
      ),
    });
  }
  return (
    <>
      <Section title={t('people.employee.absences')}>
        <DataTable
          caption={t('people.employee.absencesCaption', { name })}
          rows={employee.absences}
          rowKey={(a) => a.id}
          columns={absenceColumns}
          empty={t('people.employee.noAbsences')}
          minWidth={640}
        />
        {manage && (
          <Group mt="sm">
            <Button variant="light" onClick={() => setAdding('absence')}>
              {t('people.employee.addAbsence')}
            </Button>
          </Group>
        )}
      </Section>
      <Section title={t('people.employee.trainings')}>
        <DataTable
          caption={t('people.employee.trainingsCaption', { name })}
          rows={employee.trainings}
          rowKey={(r) => r.id}
          columns={trainingColumns}
          empty={t('people.employee.noTrainings')}
          minWidth={720}
        />
        {manage && (
          <Group mt="sm">
            <Button variant="light" onClick={() => setAdding('training')}>
              {t('people.employee.addTraining')}
            </Button>
          </Group>
        )}
      </Section>
      <ErrorAlert error={remove.error} />
      {adding === 'absence' && <AbsenceDialog orgId={orgId} employeeId={employee.id} onClose={() => setAdding(null)} />}
      {adding === 'training' && (
        <TrainingDialog orgId={orgId} employeeId={employee.id} onClose={() => setAdding(null)} />
      )}
    </>
  );
}
