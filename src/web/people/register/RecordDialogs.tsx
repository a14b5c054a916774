import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AbsenceInput, TrainingInput } from '../../../modules/people/schema.ts';
import { call, client, fieldErrors } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { ofEmployee, refreshPeople } from '../api.ts';
import { codeOptions, toCents } from '../labels.ts';

interface Props {
  orgId: string;
  employeeId: string;
  onClose: () => void;
}

const positive = (v: number | string) => (v !== '' && Number(v) > 0 ? undefined : 'required');

/** Adds an absence: kind, first and last day, hours and a note. */
export function AbsenceDialog({ orgId, employeeId, onClose }: Props) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { kind: 'sickness', startsOn: '', endsOn: '', hours: '' as number | string, note: '' },
    validate: {
      startsOn: (v) => required(t, v),
      endsOn: (v) => required(t, v),
      hours: (v) => (positive(v) ? t('validation.required') : undefined),
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      call(
        client.POST('/orgs/{orgId}/people/employees/{employeeId}/absences', {
          ...ofEmployee(orgId, employeeId),
          body: { ...v, kind: v.kind as AbsenceInput['kind'], hours: Number(v.hours) },
        }),
      ),
    onSuccess: refreshAndClose(() => refreshPeople(orgId), onClose),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  return (
    <FormDialog opened onClose={onClose} title={t('people.employee.addAbsence')} form={form} save={save}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('people.employee.kind')}
          data={codeOptions(t, 'absenceKind')}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          data-autofocus
        />
        <NumberField label={t('people.employee.hours')} min={0} required {...form.getInputProps('hours')} />
        <DateField label={t('people.employee.startsOn')} required {...form.getInputProps('startsOn')} />
        <DateField label={t('people.employee.endsOn')} required {...form.getInputProps('endsOn')} />
      </SimpleGrid>
      <TextInput label={t('people.employee.note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}

/** Adds a training: kind, title, day, hours and its costs, subsidies and sector fund contributions. */
export function TrainingDialog({ orgId, employeeId, onClose }: Props) {
  const { t } = useTranslation();
  const money = '' as number | string;
  const form = useAppForm({
    initialValues: {
      kind: 'formal',
      title: '',
      heldOn: '',
      hours: '' as number | string,
      grossCost: money,
      subsidy: money,
      fundContribution: money,
    },
    validate: {
      title: (v) => required(t, v),
      heldOn: (v) => required(t, v),
      hours: (v) => (positive(v) ? t('validation.required') : undefined),
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      call(
        client.POST('/orgs/{orgId}/people/employees/{employeeId}/trainings', {
          ...ofEmployee(orgId, employeeId),
          body: {
            kind: v.kind as TrainingInput['kind'],
            title: v.title,
            heldOn: v.heldOn,
            hours: Number(v.hours),
            grossCostCents: toCents(v.grossCost),
            subsidyCents: toCents(v.subsidy),
            fundContributionCents: toCents(v.fundContribution),
          },
        }),
      ),
    onSuccess: refreshAndClose(() => refreshPeople(orgId), onClose),
    onError: (error) =>
      form.showServerErrors(fieldErrors(error), {
        grossCostCents: 'grossCost',
        subsidyCents: 'subsidy',
        fundContributionCents: 'fundContribution',
      }),
  });
  return (
    <FormDialog opened onClose={onClose} title={t('people.employee.addTraining')} form={form} save={save} size="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('people.employee.kind')}
          data={codeOptions(t, 'trainingKind')}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          data-autofocus
        />
        <TextInput label={t('people.employee.trainingTitle')} required {...form.getInputProps('title')} />
        <DateField label={t('people.employee.heldOn')} required {...form.getInputProps('heldOn')} />
        <NumberField label={t('people.employee.hours')} min={0} required {...form.getInputProps('hours')} />
        <MoneyField label={t('people.employee.grossCost')} min={0} {...form.getInputProps('grossCost')} />
        <MoneyField label={t('people.employee.subsidy')} min={0} {...form.getInputProps('subsidy')} />
        <MoneyField label={t('people.employee.fundContribution')} min={0} {...form.getInputProps('fundContribution')} />
      </SimpleGrid>
    </FormDialog>
  );
}
