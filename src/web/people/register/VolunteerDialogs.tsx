import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { thisMonth } from '../../../lib/calendar.ts';
import { call, client, fieldErrors } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { inOrg, refreshPeople } from '../api.ts';
import { toCents } from '../labels.ts';

/** Adds a volunteer: name, tasks, period and insurance. */
export function VolunteerDialog({ orgId, onClose }: { orgId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { name: '', tasks: '', startsOn: '', endsOn: '', insured: false, insuranceRef: '' },
    validate: { name: (v) => required(t, v), startsOn: (v) => required(t, v) },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      call(
        client.POST('/orgs/{orgId}/people/volunteers', { ...inOrg(orgId), body: { ...v, endsOn: v.endsOn || null } }),
      ),
    onSuccess: refreshAndClose(() => refreshPeople(orgId), onClose),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  return (
    <FormDialog opened onClose={onClose} title={t('people.volunteers.addTitle')} form={form} save={save} size="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('people.volunteers.name')} required {...form.getInputProps('name')} data-autofocus />
        <TextInput label={t('people.volunteers.tasks')} {...form.getInputProps('tasks')} />
        <DateField label={t('people.volunteers.startsOn')} required {...form.getInputProps('startsOn')} />
        <DateField label={t('people.volunteers.endsOn')} {...form.getInputProps('endsOn')} />
        <Checkbox label={t('people.volunteers.insured')} {...form.getInputProps('insured', { type: 'checkbox' })} />
        <TextInput label={t('people.volunteers.insuranceRef')} {...form.getInputProps('insuranceRef')} />
      </SimpleGrid>
    </FormDialog>
  );
}

/** Sets (replaces) one month of a volunteer's hours and expenses. */
export function ActivityDialog({
  orgId,
  volunteer,
  onClose,
}: {
  orgId: string;
  volunteer: { id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { month: thisMonth(), hours: '' as number | string, expenses: '' as number | string },
    validate: {
      month: (v) => (/^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? undefined : t('validation.required')),
      hours: (v) => (v === '' ? t('validation.required') : undefined),
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      call(
        client.PUT('/orgs/{orgId}/people/volunteers/{volunteerId}/activity', {
          params: { path: { orgId, volunteerId: volunteer.id } },
          body: { month: v.month, hours: Number(v.hours), expensesCents: toCents(v.expenses) },
        }),
      ),
    onSuccess: refreshAndClose(() => refreshPeople(orgId), onClose),
    onError: (error) => form.showServerErrors(fieldErrors(error), { expensesCents: 'expenses' }),
  });
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('people.volunteers.activityTitle', { name: volunteer.name })}
      form={form}
      save={save}
    >
      <TextInput label={t('people.volunteers.month')} required {...form.getInputProps('month')} data-autofocus />
      <NumberField label={t('people.volunteers.monthHours')} min={0} required {...form.getInputProps('hours')} />
      <MoneyField label={t('people.volunteers.monthExpenses')} min={0} {...form.getInputProps('expenses')} />
    </FormDialog>
  );
}
