import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { FormList } from '../../components/FormList.tsx';
import { refreshAndClose, useAppForm, useFillOnOpen } from '../../components/useAppForm.ts';
import { at, refreshClients } from '../api.ts';
import { formatPoints, pointsInput } from '../format.ts';
import type { RthUnitType, SupportFunction, Unit } from '../../../modules/clients/schema.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { DateField } from './DateField.tsx';

export const UNITS: Unit[] = ['day', 'night', 'hour', 'session', 'unit'];
export const RTH_TYPES: RthUnitType[] = ['ambulant', 'mobile', 'begeleid_werken', 'group', 'day', 'night'];
type Price = { validFrom: string; validTo: string; points: string };
type Values = {
  code: string;
  name: string;
  unit: Unit;
  kind: 'pvf' | 'rth';
  rthUnitType: RthUnitType | null;
  prices: Price[];
};
const blank = (): Values => ({
  code: '',
  name: '',
  unit: 'day' as Unit,
  kind: 'pvf' as 'pvf' | 'rth',
  rthUnitType: null as RthUnitType | null,
  prices: [{ validFrom: '', validTo: '', points: '' }] as Price[],
});

function valuesOf(fn: SupportFunction): Values {
  return {
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
  };
}

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
  const form = useAppForm<Values>({ initialValues: blank() });
  const save = useMutation({
    mutationFn: (v: Values) =>
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
    onSuccess: refreshAndClose(() => refreshClients(orgId), onClose),
    // The server's paths are the form's own, nested ones included (`prices.0.points`).
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  useFillOnOpen(form, save, () => (opened ? (fn ? valuesOf(fn) : blank()) : null), [opened, fn]);
  const code = form.getInputProps('code');
  const date = (i: number, key: 'validFrom' | 'validTo') => ({
    value: form.values.prices[i]?.[key] ?? '',
    onChange: (value: string) => form.setFieldValue(`prices.${i}.${key}`, value),
    error: form.errors[`prices.${i}.${key}`],
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={fn ? t('clients.offer.editTitle', { name: fn.name }) : t('clients.offer.addFunction')}
      size="lg"
      gap="sm"
      form={form}
      save={save}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('clients.offer.code')}
          {...code}
          onChange={(e) => code.onChange(e.currentTarget.value.toLowerCase())}
          disabled={Boolean(fn)}
          description={t('clients.offer.codeHelp')}
        />
        <TextInput label={t('clients.offer.name')} {...form.getInputProps('name')} />
        <Select
          label={t('clients.offer.unit')}
          data={UNITS.map((u) => ({ value: u, label: t(`clients.units.${u}`) }))}
          {...form.getInputProps('unit')}
          allowDeselect={false}
        />
        <Select
          label={t('clients.offer.kind')}
          data={[
            { value: 'pvf', label: t('clients.offer.kinds.pvf') },
            { value: 'rth', label: t('clients.offer.kinds.rth') },
          ]}
          {...form.getInputProps('kind')}
          allowDeselect={false}
        />
        {form.values.kind === 'rth' && (
          <Select
            label={t('clients.offer.rthUnitType')}
            data={RTH_TYPES.map((r) => ({ value: r, label: t(`clients.rthTypes.${r}`) }))}
            {...form.getInputProps('rthUnitType')}
          />
        )}
      </SimpleGrid>
      <FormList
        title={t('clients.offer.prices')}
        count={form.values.prices.length}
        error={form.errors.prices}
        addLabel={t('clients.offer.addPrice')}
        onAdd={() => form.insertListItem('prices', { validFrom: '', validTo: '', points: '' })}
        removeLabel={(n) => t('clients.offer.removePrice', { n })}
        onRemove={(i) => form.removeListItem('prices', i)}
        keepOne
      >
        {(i) => (
          <>
            <DateField label={t('clients.offer.validFrom', { n: i + 1 })} {...date(i, 'validFrom')} w={170} />
            <DateField label={t('clients.offer.validTo', { n: i + 1 })} {...date(i, 'validTo')} w={170} />
            <TextInput
              label={t('clients.offer.points', { n: i + 1 })}
              {...form.getInputProps(`prices.${i}.points`)}
              inputMode="decimal"
              w={140}
            />
          </>
        )}
      </FormList>
    </FormDialog>
  );
}
