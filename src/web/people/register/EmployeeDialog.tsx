import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetail } from '../../../modules/people/schema.ts';
import { call, client, fieldErrors } from '../../api.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { inOrg, ofEmployee, refreshPeople } from '../api.ts';
import { codeOptions, numberOrNull } from '../labels.ts';

/** Add an employee (no `employee`) or change one's details: the minimum of personal data. */
export function EmployeeDialog({
  orgId,
  employee,
  opened,
  onClose,
  onSaved,
}: {
  orgId: string;
  employee: EmployeeDetail | null;
  opened: boolean;
  onClose: () => void;
  onSaved?: (saved: EmployeeDetail) => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      firstName: employee?.firstName ?? '',
      lastName: employee?.lastName ?? '',
      sex: (employee?.sex ?? '') as string,
      birthYear: (employee?.birthYear ?? '') as number | string,
      education: (employee?.education ?? null) as string | null,
      externalRef: employee?.externalRef ?? '',
    },
    validate: {
      firstName: (v) => required(t, v),
      lastName: (v) => required(t, v),
      sex: (v) => required(t, v),
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = {
        firstName: v.firstName,
        lastName: v.lastName,
        sex: v.sex as 'male' | 'female',
        birthYear: numberOrNull(v.birthYear),
        education: (v.education || null) as EmployeeDetail['education'],
        externalRef: v.externalRef.trim() || null,
      };
      return employee
        ? call(client.PATCH('/orgs/{orgId}/people/employees/{employeeId}', { ...ofEmployee(orgId, employee.id), body }))
        : call(client.POST('/orgs/{orgId}/people/employees', { ...inOrg(orgId), body }));
    },
    onSuccess: async (saved) => {
      if (!employee) {
        notifications.show({
          color: 'teal',
          message: t('people.employees.added', { name: `${saved.firstName} ${saved.lastName}` }),
        });
        form.reset();
      }
      await refreshPeople(orgId);
      onSaved?.(saved);
      onClose();
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const title = employee
    ? t('people.employee.editTitle', { name: `${employee.firstName} ${employee.lastName}` })
    : t('people.employees.addTitle');
  return (
    <FormDialog opened={opened} onClose={onClose} title={title} form={form} save={save} size="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('people.employees.firstName')}
          required
          {...form.getInputProps('firstName')}
          data-autofocus
        />
        <TextInput label={t('people.employees.lastName')} required {...form.getInputProps('lastName')} />
        <Select
          label={t('people.employees.sex')}
          required
          data={codeOptions(t, 'sex')}
          {...form.getInputProps('sex')}
        />
        <NumberField
          label={t('people.employees.birthYear')}
          min={1900}
          max={2100}
          thousandSeparator=""
          allowDecimal={false}
          {...form.getInputProps('birthYear')}
        />
        <Select
          label={t('people.employees.education')}
          data={codeOptions(t, 'education')}
          clearable
          {...form.getInputProps('education')}
        />
        <TextInput label={t('people.employees.externalRef')} {...form.getInputProps('externalRef')} />
      </SimpleGrid>
    </FormDialog>
  );
}
