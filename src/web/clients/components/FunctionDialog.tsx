import { Button, Group, Modal, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { Form } from '../../components/Form.tsx';
import { at, refreshClients } from '../api.ts';
import { formatPoints, pointsInput } from '../format.ts';
import type { RthUnitType, SupportFunction, Unit } from '../../../modules/clients/schema.ts';
import { DialogFooter } from '../../components/DialogFooter.tsx';

export const UNITS: Unit[] = ['day', 'night', 'hour', 'session', 'unit'];
export const RTH_TYPES: RthUnitType[] = ['ambulant', 'mobile', 'begeleid_werken', 'group', 'day', 'night'];
type Price = { validFrom: string; validTo: string; points: string };
const blank = () => ({
  code: '',
  name: '',
  unit: 'day' as Unit,
  kind: 'pvf' as 'pvf' | 'rth',
  rthUnitType: null as RthUnitType | null,
  prices: [{ validFrom: '', validTo: '', points: '' }] as Price[],
});

/** Create or change a support function with its price periods (points per unit). */
export function FunctionDialog({
  orgId,
  fn,
  opened,
  onClose,
}: {
  orgId: string;
  fn: SupportFunction | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState(blank);
  useEffect(() => {
    if (!opened) return;
    setV(
      fn
        ? {
            code: fn.code,
            name: fn.name,
            unit: fn.unit,
            kind: fn.kind,
            rthUnitType: fn.rthUnitType,
            prices: fn.prices.map((p) => ({
              validFrom: p.validFrom,
              validTo: p.validTo ?? '',
              points: formatPoints(p.points),
            })),
          }
        : blank(),
    );
  }, [opened, fn]);
  const set = (patch: Partial<ReturnType<typeof blank>>) => setV((o) => ({ ...o, ...patch }));
  const setPrice = (i: number, patch: Partial<Price>) =>
    set({ prices: v.prices.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/orgs/{orgId}/offer/functions/{code}', {
          ...at(orgId, { code: v.code.trim() }),
          body: {
            name: v.name.trim(),
            unit: v.unit,
            kind: v.kind,
            rthUnitType: v.kind === 'rth' ? v.rthUnitType : null,
            prices: v.prices.map((p) => ({
              validFrom: p.validFrom,
              validTo: p.validTo || null,
              points: pointsInput(p.points) ?? p.points,
            })),
          },
        }),
      ),
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
      title={fn ? t('clients.offer.editTitle', { name: fn.name }) : t('clients.offer.addFunction')}
      size="lg"
    >
      <Form onSubmit={() => save.mutate()} gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('clients.offer.code')}
            value={v.code}
            onChange={(e) => set({ code: e.currentTarget.value.toLowerCase() })}
            disabled={Boolean(fn)}
            error={errors.code}
            description={t('clients.offer.codeHelp')}
          />
          <TextInput
            label={t('clients.offer.name')}
            value={v.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
          />
          <Select
            label={t('clients.offer.unit')}
            data={UNITS.map((u) => ({ value: u, label: t(`clients.units.${u}`) }))}
            value={v.unit}
            onChange={(u) => u && set({ unit: u as Unit })}
            allowDeselect={false}
          />
          <Select
            label={t('clients.offer.kind')}
            data={[
              { value: 'pvf', label: t('clients.offer.kinds.pvf') },
              { value: 'rth', label: t('clients.offer.kinds.rth') },
            ]}
            value={v.kind}
            onChange={(k) => k && set({ kind: k as 'pvf' | 'rth' })}
            allowDeselect={false}
          />
          {v.kind === 'rth' && (
            <Select
              label={t('clients.offer.rthUnitType')}
              data={RTH_TYPES.map((r) => ({ value: r, label: t(`clients.rthTypes.${r}`) }))}
              value={v.rthUnitType}
              onChange={(r) => set({ rthUnitType: r as RthUnitType | null })}
              error={errors.rthUnitType}
            />
          )}
        </SimpleGrid>
        <Text fw={600} size="sm">
          {t('clients.offer.prices')}
        </Text>
        {v.prices.map((p, i) => (
          <Group key={i} align="end" wrap="wrap">
            <TextInput
              type="date"
              label={t('clients.offer.validFrom', { n: i + 1 })}
              value={p.validFrom}
              onChange={(e) => setPrice(i, { validFrom: e.currentTarget.value })}
              error={errors[`prices.${i}.validFrom`]}
            />
            <TextInput
              type="date"
              label={t('clients.offer.validTo', { n: i + 1 })}
              value={p.validTo}
              onChange={(e) => setPrice(i, { validTo: e.currentTarget.value })}
            />
            <TextInput
              label={t('clients.offer.points', { n: i + 1 })}
              value={p.points}
              inputMode="decimal"
              onChange={(e) => setPrice(i, { points: e.currentTarget.value })}
              error={errors[`prices.${i}.points`]}
              w={140}
            />
            <Button
              variant="subtle"
              color="red"
              disabled={v.prices.length === 1}
              onClick={() => set({ prices: v.prices.filter((_, j) => j !== i) })}
              aria-label={t('clients.offer.removePrice', { n: i + 1 })}
            >
              ×
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => set({ prices: [...v.prices, { validFrom: '', validTo: '', points: '' }] })}
          >
            {t('clients.offer.addPrice')}
          </Button>
        </Group>
        <DialogFooter error={save.error} pending={save.isPending} onCancel={close} />
      </Form>
    </Modal>
  );
}
