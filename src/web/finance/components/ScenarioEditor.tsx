import { Button, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { modelQuery } from '../api.ts';
import { euros, toCents } from '../format.ts';
import type { Behaviour, ScenarioLine } from '../../../modules/finance/schema.ts';
import { MoneyField, NumberField } from '../../components/NumberField.tsx';
import type { AppForm } from '../../components/useAppForm.ts';
import { RemoveRowCell } from './RemoveRowCell.tsx';

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
  const centres = (model.data?.centres ?? []).map((c) => ({
    value: c.code,
    label: c.name ? `${c.code} – ${c.name}` : c.code,
  }));
  return (
    <Stack gap="md">
      <Group align="end" wrap="wrap">
        <TextInput label={t('finance.sim.name')} {...form.getInputProps('name')} readOnly={!editable} w={260} />
        <NumberField
          label={t('finance.sim.volumeFrom')}
          value={draft.volumeFrom}
          min={0}
          readOnly={!editable}
          w={150}
          error={err('volumeFrom')}
          onChange={(v) => form.setFieldValue('volumeFrom', Number(v) || 0)}
        />
        <NumberField
          label={t('finance.sim.volumeTo')}
          value={draft.volumeTo}
          min={0}
          readOnly={!editable}
          w={150}
          error={err('volumeTo')}
          onChange={(v) => form.setFieldValue('volumeTo', Number(v) || 0)}
        />
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
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('finance.sim.lineName')}</Table.Th>
              <Table.Th scope="col" w={170}>
                {t('finance.sim.behaviour')}
              </Table.Th>
              <Table.Th scope="col" w={170}>
                {t('finance.sim.amount')}
              </Table.Th>
              <Table.Th scope="col" w={150}>
                {t('finance.sim.capacity')}
              </Table.Th>
              {editable && (
                <Table.Th scope="col" w={100}>
                  <span aria-hidden />
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.lines.map((line, i) => {
              const lineErr = (field: string) => err(`lines.${i}.${field}`);
              const n = i + 1;
              return (
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('finance.sim.lineNameOf', { n })}
                      value={line.name}
                      readOnly={!editable}
                      error={lineErr('name')}
                      onChange={(e) => setLine(i, { name: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
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
                  </Table.Td>
                  <Table.Td>
                    <MoneyField
                      aria-label={t('finance.sim.amountOf', { n })}
                      value={euros(line.amountCents)}
                      readOnly={!editable}
                      error={lineErr('amountCents')}
                      description={t(`finance.sim.per.${line.behaviour}`)}
                      onChange={(v) => setLine(i, { amountCents: toCents(v) ?? 0 })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {line.behaviour === 'step' && (
                      <NumberField
                        aria-label={t('finance.sim.capacityOf', { n })}
                        value={line.capacityPerStep ?? ''}
                        min={0}
                        readOnly={!editable}
                        error={lineErr('capacityPerStep')}
                        onChange={(v) => setLine(i, { capacityPerStep: v === '' ? undefined : Number(v) })}
                      />
                    )}
                  </Table.Td>
                  {editable && (
                    <RemoveRowCell
                      label={t('finance.sim.removeLine', { n })}
                      onRemove={() => form.removeListItem('lines', i)}
                    />
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editable && (
        <Button
          variant="light"
          w="fit-content"
          onClick={() => form.insertListItem('lines', { name: '', behaviour: 'fixed', amountCents: 0 })}
        >
          {t('finance.sim.addLine')}
        </Button>
      )}
    </Stack>
  );
}
