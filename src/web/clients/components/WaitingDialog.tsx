import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { FormList } from '../../components/FormList.tsx';
import { refreshAndClose, useAppForm, useFillOnOpen } from '../../components/useAppForm.ts';
import { NumberField } from '../../components/NumberField.tsx';
import { at, refreshClients } from '../api.ts';
import { today } from '../format.ts';
import type { RequestStatus, SupportFunction, WaitingRequest } from '../../../modules/clients/schema.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { DateField } from './DateField.tsx';

export const STATUSES: RequestStatus[] = ['waiting', 'offered', 'started', 'withdrawn'];
type Need = { function: string | null; units: string | number };
type Values = {
  reference: string;
  group: string;
  requestedOn: string;
  decidedOn: string;
  intensity: string;
  status: RequestStatus;
  needs: Need[];
};
const blank = (): Values => ({
  reference: '',
  group: '2',
  requestedOn: today(),
  decidedOn: '',
  intensity: '',
  status: 'waiting' as RequestStatus,
  needs: [{ function: null, units: '' }] as Need[],
});

function valuesOf(request: WaitingRequest): Values {
  return {
    reference: request.reference,
    group: String(request.priorityGroup),
    requestedOn: request.requestDate,
    decidedOn: request.decisionDate ?? '',
    intensity: request.intensity,
    status: request.status,
    needs: request.needs.map((n) => ({ function: n.function, units: n.unitsPerWeek })),
  };
}

/** Add or change a waiting-list request: reference, PG1-3, dates, needs (function + units per week), intensity, status. */
export function WaitingDialog({
  orgId,
  functions,
  request,
  opened,
  onClose,
}: {
  orgId: string;
  functions: SupportFunction[];
  request: WaitingRequest | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm<Values>({
    initialValues: blank(),
    validate: { reference: (value) => (value.trim() ? undefined : t('clients.form.required')) },
  });
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        reference: v.reference.trim(),
        priorityGroup: Number(v.group) as 1 | 2 | 3,
        requestedOn: v.requestedOn,
        decidedOn: v.decidedOn || null,
        needs: v.needs.filter((n) => n.function).map((n) => ({ function: n.function!, unitsPerWeek: Number(n.units) })),
        intensity: v.intensity,
        status: v.status,
      };
      return request
        ? call(api.PATCH('/orgs/{orgId}/waiting-list/{requestId}', { ...at(orgId, { requestId: request.id }), body }))
        : call(api.POST('/orgs/{orgId}/waiting-list', { ...at(orgId), body }));
    },
    onSuccess: refreshAndClose(() => refreshClients(orgId), onClose),
    // A need's own error (`needs.0.unitsPerWeek`) is shown under the list of needs.
    onError: (error) =>
      form.showServerErrors(
        Object.fromEntries(
          Object.entries(fieldErrors(error)).map(([p, m]) => [p.startsWith('needs.') ? 'needs' : p, m]),
        ),
        { priorityGroup: 'group' },
      ),
  });
  useFillOnOpen(form, save, () => (opened ? (request ? valuesOf(request) : blank()) : null), [opened, request]);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={request ? t('clients.waiting.edit', { ref: request.reference }) : t('clients.waiting.add')}
      size="lg"
      gap="sm"
      form={form}
      save={save}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('clients.waiting.reference')}
          {...form.getInputProps('reference')}
          required
          data-autofocus
        />
        <Select
          label={t('clients.waiting.group')}
          data={['1', '2', '3'].map((g) => ({ value: g, label: `PG${g}` }))}
          {...form.getInputProps('group')}
          allowDeselect={false}
        />
        <DateField label={t('clients.waiting.requestedOn')} {...form.getInputProps('requestedOn')} required />
        <DateField label={t('clients.waiting.decidedOn')} {...form.getInputProps('decidedOn')} />
        <TextInput label={t('clients.waiting.intensity')} {...form.getInputProps('intensity')} />
        <Select
          label={t('clients.waiting.status')}
          data={STATUSES.map((s) => ({ value: s, label: t(`clients.waiting.statuses.${s}`) }))}
          {...form.getInputProps('status')}
          allowDeselect={false}
        />
      </SimpleGrid>
      <FormList
        title={t('clients.waiting.needs')}
        count={form.values.needs.length}
        error={form.errors.needs}
        addLabel={t('clients.waiting.addNeed')}
        onAdd={() => form.insertListItem('needs', { function: null, units: '' })}
        removeLabel={(n) => t('clients.waiting.removeNeed', { n })}
        onRemove={(i) => form.removeListItem('needs', i)}
        wrap="nowrap"
      >
        {(i) => (
          <>
            <Select
              label={t('clients.waiting.needFunction', { n: i + 1 })}
              data={functions.map((f) => ({ value: f.code, label: f.name }))}
              {...form.getInputProps(`needs.${i}.function`)}
              style={{ flex: 1 }}
            />
            <NumberField
              label={t('clients.waiting.needUnits', { n: i + 1 })}
              {...form.getInputProps(`needs.${i}.units`)}
              min={0}
              decimalScale={2}
              w={160}
            />
          </>
        )}
      </FormList>
    </FormDialog>
  );
}
