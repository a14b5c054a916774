import { Alert, Button, Grid, Group, List, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call, client as api, fieldErrors } from '../../api.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import { Section } from '../../components/Section.tsx';
import { formatDate, formatMoneyCents, formatNumber } from '../../format.ts';
import { at, refreshClients } from '../api.ts';
import { formatPoints, pointsInput, today } from '../format.ts';
import type { Agreement, ClientDetail, Per, SupportFunction } from '../../../modules/clients/schema.ts';
import { DateField } from './DateField.tsx';
import { RemoveLineDialog, type RemovableLine, removeLineColumn } from './RemoveLineDialog.tsx';

const blank = {
  functionCode: null as string | null,
  count: '' as string | number,
  per: 'week' as Per,
  price: '',
  startDate: '',
  endDate: '',
  living: '' as string | number,
  livingPer: 'month' as 'day' | 'month',
};

/** The price of a function on a date, from the offer. */
function offerPrice(fn: SupportFunction | undefined, date: string): string | null {
  const row = fn && [...fn.prices].reverse().find((p) => p.validFrom <= date && (!p.validTo || p.validTo >= date));
  return row?.points ?? null;
}

/**
 * The IDO agreements, "Afspraak toevoegen" and (with clients.manage) removing a line; a refusal shows
 * the server's arithmetic beside the form.
 */
export function AgreementSection({
  orgId,
  client,
  functions,
  canManage,
}: {
  orgId: string;
  client: ClientDetail;
  functions: SupportFunction[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: blank });
  const v = form.values;
  const [removing, setRemoving] = useState<RemovableLine | null>(null);
  const fn = functions.find((f) => f.code === v.functionCode);
  const defaultPrice = offerPrice(fn, v.startDate || today());
  const add = useMutation({
    mutationFn: (v: typeof blank) =>
      call(
        api.POST('/orgs/{orgId}/clients/{clientId}/agreements', {
          ...at(orgId, { clientId: client.id }),
          body: {
            functionCode: v.functionCode ?? '',
            count: Number(v.count),
            per: v.per,
            ...(v.price.trim() ? { pricePoints: pointsInput(v.price) ?? v.price } : {}),
            startDate: v.startDate,
            endDate: v.endDate || null,
            ...(v.living !== ''
              ? { livingCostsCents: Math.round(Number(v.living) * 100), livingCostsPer: v.livingPer }
              : {}),
          },
        }),
      ),
    onSuccess: async () => {
      form.reset();
      await refreshClients(orgId);
    },
    onError: (error) =>
      form.showServerErrors(fieldErrors(error), {
        pricePoints: 'price',
        start: 'startDate',
        end: 'endDate',
        livingCostsCents: 'living',
        livingCostsPer: 'livingPer',
      }),
  });
  const refused = add.error instanceof ApiError && add.error.code === 'exceeds_budget' ? add.error : null;
  const nameOf = (code: string) => functions.find((f) => f.code === code)?.name ?? code;
  const n = refused?.details as { year?: number; committed?: string; available?: string; excess?: string } | undefined;
  const frequency = (a: Agreement) =>
    t(`clients.agreements.perText.${a.per}`, { count: a.count, n: formatNumber(a.count) });
  const period = (a: Agreement) =>
    `${formatDate(a.startDate)} – ${a.endDate ? formatDate(a.endDate) : t('clients.agreements.open')}`;
  const columns: Column<Agreement>[] = [
    {
      key: 'function',
      header: t('clients.agreements.function'),
      value: (a) => nameOf(a.functionCode),
      rowHeader: true,
    },
    { key: 'frequency', header: t('clients.agreements.frequency'), value: frequency },
    {
      key: 'price',
      header: t('clients.agreements.price'),
      value: (a) => Number(a.pricePoints),
      render: (a) => formatPoints(a.pricePoints),
      align: 'right',
      nowrap: true,
    },
    { key: 'period', header: t('clients.agreements.period'), value: (a) => a.startDate, render: period, nowrap: true },
    {
      key: 'living',
      header: t('clients.agreements.living'),
      value: (a) =>
        a.livingCostsCents != null
          ? `${formatMoneyCents(a.livingCostsCents)} ${t(`clients.agreements.livingPer.${a.livingCostsPer ?? 'month'}`)}`
          : null,
    },
    {
      key: 'points',
      header: t('clients.agreements.pointsThisYear', { year: client.budget.year }),
      value: (a) => Number(a.pointsThisYear),
      render: (a) => formatPoints(a.pointsThisYear),
      align: 'right',
      nowrap: true,
    },
    ...(canManage
      ? [
          removeLineColumn<Agreement>(
            t,
            (a) => t('clients.removeLine.agreementButton', { name: nameOf(a.functionCode) }),
            (a) =>
              setRemoving({
                kind: 'agreements',
                id: a.id,
                name: t('clients.removeLine.agreementName', { name: nameOf(a.functionCode) }),
                summary: `${frequency(a)}, ${period(a)}`,
              }),
          ),
        ]
      : []),
  ];
  return (
    <Section title={t('clients.agreements.title')}>
      <DataTable
        caption={t('clients.agreements.caption', { year: client.budget.year })}
        rows={client.agreements}
        rowKey={(a) => a.id}
        columns={columns}
        minWidth={720}
        empty={t('clients.agreements.none')}
      />
      {canManage && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: refused ? 7 : 12 }}>
            <Form onSubmit={form.onSubmit((values) => add.mutate(values))} gap="sm">
              <Text fw={600} component="h3" m={0}>
                {t('clients.agreements.add')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('clients.agreements.function')}
                  data={functions.map((f) => ({ value: f.code, label: f.name }))}
                  {...form.getInputProps('functionCode')}
                  searchable
                />
                <NumberField
                  label={t('clients.agreements.count')}
                  {...form.getInputProps('count')}
                  min={0}
                  decimalScale={2}
                />
                <Select
                  label={t('clients.agreements.per')}
                  data={(['week', 'month', 'year'] as Per[]).map((p) => ({
                    value: p,
                    label: t(`clients.agreements.pers.${p}`),
                  }))}
                  {...form.getInputProps('per')}
                  onChange={(p) => p && form.setFieldValue('per', p as Per)}
                  allowDeselect={false}
                />
                <TextInput
                  label={t('clients.agreements.pricePoints')}
                  {...form.getInputProps('price')}
                  inputMode="decimal"
                  placeholder={defaultPrice ? formatPoints(defaultPrice) : undefined}
                  description={
                    defaultPrice
                      ? t('clients.agreements.offerPrice', { points: formatPoints(defaultPrice) })
                      : undefined
                  }
                />
                <DateField label={t('clients.agreements.startDate')} {...form.getInputProps('startDate')} />
                <DateField label={t('clients.agreements.endDate')} {...form.getInputProps('endDate')} />
                <MoneyField label={t('clients.agreements.livingAmount')} {...form.getInputProps('living')} min={0} />
                <Select
                  label={t('clients.agreements.livingPerLabel')}
                  data={(['day', 'month'] as const).map((p) => ({
                    value: p,
                    label: t(`clients.agreements.livingPer.${p}`),
                  }))}
                  {...form.getInputProps('livingPer')}
                  onChange={(p) => p && form.setFieldValue('livingPer', p as 'day' | 'month')}
                  allowDeselect={false}
                />
              </SimpleGrid>
              {!refused && <ErrorAlert error={add.error} />}
              <Group>
                <Button type="submit" loading={add.isPending}>
                  {t('clients.agreements.addSubmit')}
                </Button>
              </Group>
            </Form>
          </Grid.Col>
          {refused && (
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Alert color="red" variant="light" role="alert" title={t('clients.agreements.refused')}>
                <Text size="sm">{refused.message}</Text>
                {n?.committed && (
                  <List size="sm" mt="xs" spacing={2}>
                    <List.Item>{t('clients.agreements.nYear', { year: n.year })}</List.Item>
                    <List.Item>{t('clients.agreements.nCommitted', { points: formatPoints(n.committed) })}</List.Item>
                    <List.Item>{t('clients.agreements.nAvailable', { points: formatPoints(n.available) })}</List.Item>
                    <List.Item fw={600}>
                      {t('clients.agreements.nExcess', { points: formatPoints(n.excess) })}
                    </List.Item>
                  </List>
                )}
              </Alert>
            </Grid.Col>
          )}
        </Grid>
      )}
      <RemoveLineDialog orgId={orgId} clientId={client.id} line={removing} onClose={() => setRemoving(null)} />
    </Section>
  );
}
