import { Button, Checkbox, Group, Select, SimpleGrid, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client as api, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatMoneyCents } from '../../format.ts';
import { at, refreshClients } from '../api.ts';
import { formatPoints, pointsInput } from '../format.ts';
import type { ClientDetail, Funding, FundingKind, SpendingForm } from '../../../modules/clients/schema.ts';
import { DateField, dateProps } from './DateField.tsx';
import { RemoveLineDialog, type RemovableLine } from './RemoveLineDialog.tsx';

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
const d = (iso: string | null) => (iso ? formatDate(iso) : '—');

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
  return (
    <Section title={t('clients.funding.title')}>
      <Table.ScrollContainer minWidth={820}>
        <Table striped verticalSpacing={6}>
          <Table.Caption>{t('clients.funding.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('clients.funding.kind')}</Table.Th>
              <Table.Th scope="col">{t('clients.funding.details')}</Table.Th>
              <Table.Th scope="col">{t('clients.funding.madeAvailableOn')}</Table.Th>
              <Table.Th scope="col">{t('clients.funding.startDate')}</Table.Th>
              <Table.Th scope="col">{t('clients.funding.endDate')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('clients.funding.thisYear')}
              </Table.Th>
              {showIncome && <Table.Th scope="col">{t('clients.funding.incomeThisYear')}</Table.Th>}
              {canManage && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('clients.removeLine.column')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {client.funding.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Th scope="row">{t(`clients.funding.kinds.${f.kind}`)}</Table.Th>
                <Table.Td>{describe(f)}</Table.Td>
                <Table.Td>{d(f.madeAvailableOn)}</Table.Td>
                <Table.Td>{d(f.startDate)}</Table.Td>
                <Table.Td>{d(f.endDate)}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {f.voucherPointsThisYear ? formatPoints(f.voucherPointsThisYear) : '—'}
                </Table.Td>
                {showIncome && <Table.Td>{income(f)}</Table.Td>}
                {canManage && (
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('clients.removeLine.fundingButton', { kind: t(`clients.funding.kinds.${f.kind}`) })}
                      onClick={() =>
                        setRemoving({
                          kind: 'funding',
                          id: f.id,
                          name: t('clients.removeLine.fundingName', { kind: t(`clients.funding.kinds.${f.kind}`) }),
                          summary: [
                            describe(f),
                            f.startDate ? t('clients.removeLine.from', { date: formatDate(f.startDate) }) : '',
                          ]
                            .filter(Boolean)
                            .join(', '),
                        })
                      }
                    >
                      {t('clients.removeLine.button')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {client.funding.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={canManage ? 8 : 7}>{t('clients.funding.none')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
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
              <DateField label={t('clients.funding.madeAvailableOn')} {...dateProps(form, 'madeAvailableOn')} />
            )}
            <DateField label={t('clients.funding.startDate')} {...dateProps(form, 'startDate')} />
            <DateField label={t('clients.funding.endDate')} {...dateProps(form, 'endDate')} />
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
