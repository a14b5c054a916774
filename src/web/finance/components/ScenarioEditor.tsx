import { Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { modelQuery } from '../api.ts';
import { euros, toCents } from '../format.ts';
import { centreOptions } from '../labels.ts';
import type { Behaviour, ScenarioLine } from '../../../modules/finance/schema.ts';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import type { AppForm } from '../../components/useAppForm.ts';
import { EditableTable } from '../model/EditableTable.tsx';

export type Draft = {
  id: string | null;
  name: string;
  volumeFrom: number;
  volumeTo: number;
  lines: ScenarioLine[];
};

/**
 * The cost lines and volume range of one scenario (the fields of `form`, whose errors — the server's
 * included, `lines.0.amountCents` — show on their fields); can start from a cost centre's ledger costs.
 */
export function ScenarioEditor({
  orgId,
  year,
  form,
  editable,
}: {
  orgId: string;
  year: number;
  form: AppForm<Draft>;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const draft = form.values;
  const onChange = (next: Draft) => form.setValues(next);
  const err = (path: string) => form.errors[path] as string | undefined;
  const lineErr = (index: number, field: string) => err(`lines.${index}.${field}`);
  const model = useQuery(modelQuery(orgId, year));
  const [centre, setCentre] = useState<string | null>(null);
  const behaviours = (['fixed', 'variable', 'step'] as const).map((value) => ({
    value,
    label: t(`finance.sim.behaviours.${value}`),
  }));
  const setLine = (index: number, patch: Partial<ScenarioLine>) => {
    for (const [field, value] of Object.entries(patch)) form.setFieldValue(`lines.${index}.${field}`, value as never);
  };
  const suggest = useMutation({
    mutationFn: (code: string) =>
      call(
        client.GET('/orgs/{orgId}/finance/scenarios/suggest', {
          params: { path: { orgId }, query: { year, centre: code } },
        }),
      ),
    onSuccess: (answer, code) => {
      const found = model.data?.centres.find((c) => c.code === code);
      const volume = found?.volume ?? 0;
      onChange({
        ...draft,
        name: draft.name || (found?.name ?? code),
        lines: answer.lines,
        ...(volume > 0 ? { volumeFrom: Math.round(volume * 0.5), volumeTo: Math.round(volume * 1.5) } : {}),
      });
    },
  });
  const centres = centreOptions(model.data?.centres ?? []);
  return (
    <Stack gap="md">
      <Group align="end" wrap="wrap">
        <TextInput label={t('finance.sim.name')} {...form.getInputProps('name')} readOnly={!editable} w={260} />
        {(['volumeFrom', 'volumeTo'] as const).map((end) => (
          <NumberField
            key={end}
            label={t(`finance.sim.${end}`)}
            value={draft[end]}
            min={0}
            readOnly={!editable}
            w={150}
            error={err(end)}
            onChange={(v) => form.setFieldValue(end, Number(v) || 0)}
          />
        ))}
      </Group>
      {editable && (
        <Group align="end" wrap="wrap">
          <Select
            label={t('finance.sim.centre')}
            data={centres}
            value={centre}
            onChange={setCentre}
            searchable
            w={280}
            placeholder={centres.length ? undefined : t('finance.sim.noCentres')}
          />
          <Button
            variant="light"
            onClick={() => centre && suggest.mutate(centre)}
            disabled={!centre}
            loading={suggest.isPending}
          >
            {t('finance.sim.suggest')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={suggest.error} />
      <Title order={3} size="h4">
        {t('finance.sim.lines')}
      </Title>
      <EditableTable
        minWidth={760}
        rows={draft.lines}
        editable={editable}
        rowName={(_, i) => String(i + 1)}
        removeLabel={(n) => t('finance.sim.removeLine', { n })}
        onRemove={(i) => form.removeListItem('lines', i)}
        addLabel={t('finance.sim.addLine')}
        onAdd={() => form.insertListItem('lines', { name: '', behaviour: 'fixed', amountCents: 0 })}
        columns={[
          {
            header: t('finance.sim.lineName'),
            cell: (line, i, n) => (
              <TextInput
                aria-label={t('finance.sim.lineNameOf', { n })}
                value={line.name}
                readOnly={!editable}
                error={lineErr(i, 'name')}
                onChange={(e) => setLine(i, { name: e.currentTarget.value })}
              />
            ),
          },
          {
            header: t('finance.sim.behaviour'),
            width: 170,
            cell: (line, i, n) => (
              <Select
                aria-label={t('finance.sim.behaviourOf', { n })}
                data={behaviours}
                value={line.behaviour}
                allowDeselect={false}
                readOnly={!editable}
                onChange={(v) =>
                  v &&
                  setLine(i, {
                    behaviour: v as Behaviour,
                    capacityPerStep: v === 'step' ? (line.capacityPerStep ?? 1) : undefined,
                  })
                }
              />
            ),
          },
          {
            header: t('finance.sim.amount'),
            width: 170,
            cell: (line, i, n) => (
              <MoneyField
                aria-label={t('finance.sim.amountOf', { n })}
                value={euros(line.amountCents)}
                readOnly={!editable}
                error={lineErr(i, 'amountCents')}
                description={t(`finance.sim.per.${line.behaviour}`)}
                onChange={(v) => setLine(i, { amountCents: toCents(v) ?? 0 })}
              />
            ),
          },
          {
            header: t('finance.sim.capacity'),
            width: 150,
            cell: (line, i, n) =>
              line.behaviour === 'step' && (
                <NumberField
                  aria-label={t('finance.sim.capacityOf', { n })}
                  value={line.capacityPerStep ?? ''}
                  min={0}
                  readOnly={!editable}
                  error={lineErr(i, 'capacityPerStep')}
                  onChange={(v) => setLine(i, { capacityPerStep: v === '' ? undefined : Number(v) })}
                />
              ),
          },
        ]}
      />
    </Stack>
  );
}
