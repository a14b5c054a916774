import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ContractAnswer, EmployeeDetail } from '../../../modules/people/schema.ts';
import { call, client, fieldErrors } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { refreshAndClose, useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { ofEmployee, refreshPeople } from '../api.ts';
import { codeOptions, toCents } from '../labels.ts';

export type ContractMode = { kind: 'add' } | { kind: 'change' } | { kind: 'end'; contract: ContractAnswer };

/**
 * A contract's dialog: a new contract (`add`), a dated change of the running one (`change`: its terms
 * are the starting values) or its end with the reason of leaving (`end`).
 */
export function ContractDialog({
  orgId,
  employee,
  mode,
  onClose,
}: {
  orgId: string;
  employee: EmployeeDetail;
  mode: ContractMode;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const base = mode.kind === 'change' ? (employee.current ?? employee.contracts.at(-1) ?? null) : null;
  const form = useAppForm({
    initialValues: {
      startsOn: '',
      endsOn: '',
      contractType: (base?.contractType ?? 'indefinite') as string,
      weeklyHours: (base?.weeklyHours ?? 38) as number | string,
      fullTimeHours: (base?.fullTimeHours ?? 38) as number | string,
      category: (base?.category ?? 'employee') as string,
      jointCommittee: base?.jointCommittee ?? '',
      functionTitle: base?.functionTitle ?? '',
      monthlyCost: (base ? base.monthlyCostCents / 100 : '') as number | string,
      exitReason: null as string | null,
    },
    validate: {
      startsOn: (v) => (mode.kind === 'end' ? undefined : required(t, v)),
      endsOn: (v) => (mode.kind === 'end' ? required(t, v) : undefined),
      exitReason: (v) => (mode.kind === 'end' ? required(t, v ?? '') : undefined),
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const at = ofEmployee(orgId, employee.id);
      const terms = {
        contractType: v.contractType as ContractAnswer['contractType'],
        weeklyHours: Number(v.weeklyHours),
        fullTimeHours: Number(v.fullTimeHours),
        category: v.category as ContractAnswer['category'],
        jointCommittee: v.jointCommittee,
        functionTitle: v.functionTitle,
        monthlyCostCents: toCents(v.monthlyCost),
      };
      if (mode.kind === 'end')
        return call(
          client.POST('/orgs/{orgId}/people/employees/{employeeId}/contracts/{contractId}/end', {
            params: { path: { ...at.params.path, contractId: mode.contract.id } },
            body: { endsOn: v.endsOn, exitReason: v.exitReason as ContractAnswer['exitReason'] & string },
          }),
        );
      if (mode.kind === 'change')
        return call(
          client.POST('/orgs/{orgId}/people/employees/{employeeId}/contracts/change', {
            ...at,
            body: { from: v.startsOn, ...terms, ...(v.endsOn ? { endsOn: v.endsOn } : {}) },
          }),
        );
      return call(
        client.POST('/orgs/{orgId}/people/employees/{employeeId}/contracts', {
          ...at,
          body: { startsOn: v.startsOn, endsOn: v.endsOn || null, ...terms },
        }),
      );
    },
    onSuccess: refreshAndClose(() => refreshPeople(orgId), onClose),
    // The dated change names its day `from`; the form calls it startsOn.
    onError: (error) =>
      form.showServerErrors(fieldErrors(error), { from: 'startsOn', monthlyCostCents: 'monthlyCost' }),
  });
  const title = t(
    mode.kind === 'end'
      ? 'people.employee.endTitle'
      : mode.kind === 'change'
        ? 'people.employee.changeTitle'
        : 'people.employee.addContract',
  );
  return (
    <FormDialog opened onClose={onClose} title={title} form={form} save={save} size="lg">
      {mode.kind === 'end' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('people.employee.endsOn')} required {...form.getInputProps('endsOn')} data-autofocus />
          <Select
            label={t('people.employee.exitReason')}
            required
            data={codeOptions(t, 'exitReason')}
            {...form.getInputProps('exitReason')}
          />
        </SimpleGrid>
      ) : (
        <>
          {mode.kind === 'change' && <Text size="sm">{t('people.employee.changeHelp')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t(mode.kind === 'change' ? 'people.employee.from' : 'people.employee.startsOn')}
              required
              {...form.getInputProps('startsOn')}
              data-autofocus
            />
            <DateField label={t('people.employee.endsOn')} {...form.getInputProps('endsOn')} />
            <Select
              label={t('people.employees.contractType')}
              data={codeOptions(t, 'contractType')}
              allowDeselect={false}
              {...form.getInputProps('contractType')}
            />
            <Select
              label={t('people.employee.category')}
              data={codeOptions(t, 'category')}
              allowDeselect={false}
              {...form.getInputProps('category')}
            />
            <NumberField
              label={t('people.employee.weeklyHours')}
              min={0}
              max={60}
              {...form.getInputProps('weeklyHours')}
            />
            <NumberField
              label={t('people.employee.fullTimeHours')}
              min={0}
              max={60}
              {...form.getInputProps('fullTimeHours')}
            />
            <TextInput label={t('people.employee.functionTitle')} {...form.getInputProps('functionTitle')} />
            <TextInput label={t('people.employee.jointCommittee')} {...form.getInputProps('jointCommittee')} />
            <MoneyField label={t('people.employee.monthlyCost')} min={0} {...form.getInputProps('monthlyCost')} />
          </SimpleGrid>
        </>
      )}
    </FormDialog>
  );
}
