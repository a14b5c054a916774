import { Button, Group, Modal, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { Form } from '../../components/Form.tsx';
import { NumberField } from '../../components/NumberField.tsx';
import { at, refreshClients } from '../api.ts';
import { today } from '../format.ts';
import type { RequestStatus, SupportFunction, WaitingRequest } from '../../../modules/clients/schema.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';

export const STATUSES: RequestStatus[] = ['waiting', 'offered', 'started', 'withdrawn'];
type Need = { function: string | null; units: string | number };
const blank = () => ({
  reference: '',
  group: '2',
  requestedOn: today(),
  decidedOn: '',
  intensity: '',
  status: 'waiting' as RequestStatus,
  needs: [{ function: null, units: '' }] as Need[],
});

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
  const [v, setV] = useState(blank);
  useEffect(() => {
    if (!opened) return;
    setV(
      request
        ? {
            reference: request.reference,
            group: String(request.priorityGroup),
            requestedOn: request.requestDate,
            decidedOn: request.decisionDate ?? '',
            intensity: request.intensity,
            status: request.status,
            needs: request.needs.map((n) => ({ function: n.function, units: n.unitsPerWeek })),
          }
        : blank(),
    );
  }, [opened, request]);
  const set = (patch: Partial<ReturnType<typeof blank>>) => setV((o) => ({ ...o, ...patch }));
  const setNeed = (i: number, patch: Partial<Need>) =>
    set({ needs: v.needs.map((n, j) => (j === i ? { ...n, ...patch } : n)) });
  const save = useMutation({
    mutationFn: () => {
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
    onSuccess: async () => {
      await refreshClients(orgId);
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const close = () => {
    save.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={request ? t('clients.waiting.edit', { ref: request.reference }) : t('clients.waiting.add')}
      size="lg"
    >
      <Form onSubmit={() => save.mutate()} gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('clients.waiting.reference')}
            value={v.reference}
            onChange={(e) => set({ reference: e.currentTarget.value })}
            error={errors.reference}
            required
            data-autofocus
          />
          <Select
            label={t('clients.waiting.group')}
            data={['1', '2', '3'].map((g) => ({ value: g, label: `PG${g}` }))}
            value={v.group}
            onChange={(g) => g && set({ group: g })}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t('clients.waiting.requestedOn')}
            value={v.requestedOn}
            onChange={(e) => set({ requestedOn: e.currentTarget.value })}
            error={errors.requestedOn}
          />
          <TextInput
            type="date"
            label={t('clients.waiting.decidedOn')}
            value={v.decidedOn}
            onChange={(e) => set({ decidedOn: e.currentTarget.value })}
            error={errors.decidedOn}
          />
          <TextInput
            label={t('clients.waiting.intensity')}
            value={v.intensity}
            onChange={(e) => set({ intensity: e.currentTarget.value })}
          />
          <Select
            label={t('clients.waiting.status')}
            data={STATUSES.map((s) => ({ value: s, label: t(`clients.waiting.statuses.${s}`) }))}
            value={v.status}
            onChange={(s) => s && set({ status: s as RequestStatus })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Text fw={600} size="sm">
          {t('clients.waiting.needs')}
        </Text>
        {v.needs.map((n, i) => (
          <Group key={i} align="end" wrap="nowrap">
            <Select
              label={t('clients.waiting.needFunction', { n: i + 1 })}
              data={functions.map((f) => ({ value: f.code, label: f.name }))}
              value={n.function}
              onChange={(f) => setNeed(i, { function: f })}
              style={{ flex: 1 }}
            />
            <NumberField
              label={t('clients.waiting.needUnits', { n: i + 1 })}
              value={n.units}
              onChange={(u) => setNeed(i, { units: u })}
              min={0}
              decimalScale={2}
              w={160}
            />
            <Button
              variant="subtle"
              color="red"
              onClick={() => set({ needs: v.needs.filter((_, j) => j !== i) })}
              aria-label={t('clients.waiting.removeNeed', { n: i + 1 })}
            >
              ×
            </Button>
          </Group>
        ))}
        {errors.needs && (
          <Text c="red.8" size="sm">
            {errors.needs}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => set({ needs: [...v.needs, { function: null, units: '' }] })}
          >
            {t('clients.waiting.addNeed')}
          </Button>
        </Group>
        <DialogFooter error={save.error} pending={save.isPending} onCancel={close} />
      </Form>
    </Modal>
  );
}
