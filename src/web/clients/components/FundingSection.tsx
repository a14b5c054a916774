import { Button, Checkbox, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatMoneyCents } from '../../format.ts';
import { at, refreshClients } from '../api.ts';
import { formatPoints, pointsInput } from '../format.ts';
import type { ClientDetail, Funding, FundingKind, SpendingForm } from '../../../modules/clients/schema.ts';
import { DateField } from './DateField.tsx';
import { RemoveLineDialog, type RemovableLine, removeLineColumn } from './RemoveLineDialog.tsx';

const KINDS: FundingKind[] = ['pvb', 'rth', 'zorgbudget', 'other'];
const FORMS: SpendingForm[] = ['voucher', 'cash', 'combination'];
const OLD_CATEGORIES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const blank = {
  kind: 'pvb' as FundingKind,
  category: null as string | null,
  oldCategory: null as string | null,
  form: 'voucher' as SpendingForm,
  voucherPoints: '',
  madeAvailableOn: '',
  startDate: '',
  endDate: '',
  volunteers: false,
};

/** The client's funding over time, "Financiering toevoegen" and (with clients.manage) removing a record. */
export function FundingSection({
  orgId,
  client,
  canManage,
}: {
  orgId: string;
  client: ClientDetail;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: blank });
  const [removing, setRemoving] = useState<RemovableLine | null>(null);
  const v = form.values;
  const add = useMutation({
    mutationFn: (v: typeof blank) => {
      const pvb = v.kind === 'pvb';
      return call(
        api.POST('/orgs/{orgId}/clients/{clientId}/funding', {
          ...at(orgId, { clientId: client.id }),
          body: {
            kind: v.kind,
            ...(pvb
              ? {
                  category: v.category ? Number(v.category) : null,
                  form: v.form,
                  madeAvailableOn: v.madeAvailableOn || null,
                }
              : {}),
            ...(pvb && v.oldCategory ? { oldCategory: v.oldCategory } : {}),
            ...(pvb && v.form === 'combination'
              ? { voucherPoints: pointsInput(v.voucherPoints) ?? v.voucherPoints }
              : {}),
            ...(v.kind === 'rth' ? { volunteers: v.volunteers } : {}),
            startDate: v.startDate || null,
            endDate: v.endDate || null,
          },
        }),
      );
    },
    onSuccess: async () => {
      form.reset();
      await refreshClients(orgId);
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const describe = (f: Funding) =>
    f.kind === 'pvb'
      ? [
          t('clients.funding.categoryN', { n: f.category }) +
            (f.oldCategory ? ` (${t('clients.funding.oldCategoryOf', { old: f.oldCategory })})` : ''),
          f.form ? t(`clients.funding.forms.${f.form}`) : null,
          f.voucherPoints ? t('clients.funding.voucherPart', { points: formatPoints(f.voucherPoints) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')
      : f.kind === 'rth' && f.volunteers
        ? t('clients.funding.volunteers')
        : '';
  const showIncome = client.funding.every((f) => f.incomeThisYear);
  const income = ({ incomeThisYear: i }: Funding) =>
    (i
      ? [
          i.cashCents
            ? t('clients.funding.incomeCash', {
                euro: formatMoneyCents(i.cashCents),
                free: formatMoneyCents(i.freeToSpendCents),
              })
            : null,
          i.zorgbudgetCents
            ? t('clients.funding.incomeZorgbudget', { euro: formatMoneyCents(i.zorgbudgetCents) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')
      : '') || '—';
  const remove = (f: Funding) =>
    setRemoving({
      kind: 'funding',
      id: f.id,
      name: t('clients.removeLine.fundingName', { kind: t(`clients.funding.kinds.${f.kind}`) }),
      summary: [describe(f), f.startDate ? t('clients.removeLine.from', { date: formatDate(f.startDate) }) : '']
        .filter(Boolean)
        .join(', '),
    });
  const columns: Column<Funding>[] = [
    {
      key: 'kind',
      header: t('clients.funding.kind'),
      value: (f) => t(`clients.funding.kinds.${f.kind}`),
      rowHeader: true,
    },
    { key: 'details', header: t('clients.funding.details'), value: describe, empty: '' },
    { key: 'made', header: t('clients.funding.madeAvailableOn'), value: (f) => f.madeAvailableOn, format: 'date' },
    { key: 'start', header: t('clients.funding.startDate'), value: (f) => f.startDate, format: 'date' },
    { key: 'end', header: t('clients.funding.endDate'), value: (f) => f.endDate, format: 'date' },
    {
      key: 'points',
      header: t('clients.funding.thisYear'),
      value: (f) => (f.voucherPointsThisYear ? Number(f.voucherPointsThisYear) : null),
      render: (f) => (f.voucherPointsThisYear ? formatPoints(f.voucherPointsThisYear) : '—'),
      align: 'right',
      nowrap: true,
    },
    ...(showIncome ? [{ key: 'income', header: t('clients.funding.incomeThisYear'), value: income }] : []),
    ...(canManage
      ? [
          removeLineColumn<Funding>(
            t,
            (f) => t('clients.removeLine.fundingButton', { kind: t(`clients.funding.kinds.${f.kind}`) }),
            remove,
          ),
        ]
      : []),
  ];
  return (
    <Section title={t('clients.funding.title')}>
      <DataTable
        caption={t('clients.funding.caption')}
        rows={client.funding}
        rowKey={(f) => f.id}
        columns={columns}
        minWidth={820}
        empty={t('clients.funding.none')}
      />
      {canManage && (
        <Form onSubmit={form.onSubmit((values) => add.mutate(values))} gap="sm">
          <Group align="end" wrap="wrap">
            <Select
              label={t('clients.funding.kind')}
              data={KINDS.map((k) => ({ value: k, label: t(`clients.funding.kinds.${k}`) }))}
              {...form.getInputProps('kind')}
              onChange={(k) => k && form.setFieldValue('kind', k as FundingKind)}
              allowDeselect={false}
              w={200}
            />
            {v.kind === 'pvb' && (
              <>
                <Select
                  label={t('clients.funding.category')}
                  data={Array.from({ length: 24 }, (_, i) => String(i + 1))}
                  {...form.getInputProps('category')}
                  onChange={(c) => form.setValues({ category: c, oldCategory: null })}
                  w={150}
                  searchable
                />
                <Select
                  label={t('clients.funding.oldCategory')}
                  description={t('clients.funding.oldCategoryHelp')}
                  data={OLD_CATEGORIES}
                  {...form.getInputProps('oldCategory')}
                  onChange={(c) => form.setValues({ oldCategory: c, category: null })}
                  w={220}
                  clearable
                />
                <Select
                  label={t('clients.funding.form')}
                  data={FORMS.map((f) => ({ value: f, label: t(`clients.funding.forms.${f}`) }))}
                  {...form.getInputProps('form')}
                  onChange={(f) => f && form.setFieldValue('form', f as SpendingForm)}
                  allowDeselect={false}
                  w={170}
                />
                {v.form === 'combination' && (
                  <TextInput
                    label={t('clients.funding.voucherPoints')}
                    {...form.getInputProps('voucherPoints')}
                    inputMode="decimal"
                    placeholder="21,9000"
                    w={170}
                  />
                )}
              </>
            )}
            {v.kind === 'rth' && (
              <Checkbox
                label={t('clients.funding.volunteers')}
                {...form.getInputProps('volunteers', { type: 'checkbox' })}
                mb={8}
              />
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {v.kind === 'pvb' && (
              <DateField label={t('clients.funding.madeAvailableOn')} {...form.getInputProps('madeAvailableOn')} />
            )}
            <DateField label={t('clients.funding.startDate')} {...form.getInputProps('startDate')} />
            <DateField label={t('clients.funding.endDate')} {...form.getInputProps('endDate')} />
          </SimpleGrid>
          <ErrorAlert error={add.error} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('clients.funding.add')}
            </Button>
          </Group>
        </Form>
      )}
      <RemoveLineDialog orgId={orgId} clientId={client.id} line={removing} onClose={() => setRemoving(null)} />
    </Section>
  );
}
