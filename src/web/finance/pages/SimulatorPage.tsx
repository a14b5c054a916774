import { Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client, fieldErrors, queryClient } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RowButton } from '../../components/RowButton.tsx';
import { formatNumber } from '../../format.ts';
import { scenariosQuery } from '../api.ts';
import { type FinanceContext, financePage } from '../components/FinanceFrame.tsx';
import { type Draft, ScenarioEditor } from '../components/ScenarioEditor.tsx';
import { Form } from '../../components/Form.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { type Curve, SimulatorChart } from '../components/SimulatorChart.tsx';

const MAX_COMPARED = 3;

const newDraft = (): Draft => ({ id: null, name: '', volumeFrom: 1000, volumeTo: 10000, lines: [] });

function Simulator({ orgId, year, canManage, ready }: FinanceContext) {
  const { t } = useTranslation();
  const scenarios = useQuery({ ...scenariosQuery(orgId, year), enabled: ready });
  const form = useAppForm<Draft>({ initialValues: newDraft(), validate: { name: (v) => required(t, v) } });
  const draft = form.values;
  const setDraft = (next: Draft) => {
    form.setValues(next);
    form.clearErrors();
  };
  const [compared, setCompared] = useState<string[]>([]);
  const [removing, setRemoving] = useState(false);
  const items = scenarios.data?.items ?? [];
  // On arrival, open the first saved scenario so the chart shows something at once.
  const opened = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the first answer opens a scenario
  useEffect(() => {
    const first = scenarios.data?.items[0];
    if (opened.current || !scenarios.data) return;
    opened.current = true;
    if (first) {
      setDraft({ ...first });
      setCompared([first.id]);
    }
  }, [scenarios.data]);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: scenariosQuery(orgId, year).queryKey });
  const save = useMutation({
    mutationFn: (d: Draft) => {
      const body = { year, name: d.name.trim(), lines: d.lines, volumeFrom: d.volumeFrom, volumeTo: d.volumeTo };
      return d.id
        ? call(
            client.PUT('/orgs/{orgId}/finance/scenarios/{scenarioId}', {
              params: { path: { orgId, scenarioId: d.id } },
              body,
            }),
          )
        : call(client.POST('/orgs/{orgId}/finance/scenarios', { params: { path: { orgId } }, body }));
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
    onSuccess: async (saved) => {
      setDraft({ ...saved });
      setCompared((current) =>
        current.includes(saved.id) || current.length >= MAX_COMPARED ? current : [...current, saved.id],
      );
      await invalidate();
      notifications.show({ color: 'teal', message: t('finance.sim.saved', { name: saved.name }) });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      call(
        client.DELETE('/orgs/{orgId}/finance/scenarios/{scenarioId}', { params: { path: { orgId, scenarioId: id } } }),
      ),
    onSuccess: async (_, id) => {
      setRemoving(false);
      setCompared((current) => current.filter((c) => c !== id));
      setDraft(newDraft());
      await invalidate();
    },
  });
  const curves = useMemo(() => {
    const draftName = draft.name.trim() || t('finance.sim.unnamed');
    const draftCurve: Curve = { name: draftName, lines: draft.lines, from: draft.volumeFrom, to: draft.volumeTo };
    const others = items
      .filter((s) => compared.includes(s.id) && s.id !== draft.id)
      .map(
        (s): Curve => ({
          name: s.name === draftName ? `${s.name} (2)` : s.name,
          lines: s.lines,
          from: s.volumeFrom,
          to: s.volumeTo,
        }),
      );
    const list = draft.lines.length > 0 ? [draftCurve, ...others] : others;
    return list.slice(0, MAX_COMPARED);
  }, [draft, items, compared, t]);
  const toggle = (id: string, on: boolean) =>
    setCompared((current) => (on ? [...current, id].slice(-MAX_COMPARED) : current.filter((c) => c !== id)));
  return (
    <Stack gap="lg">
      <Section
        title={t('finance.sim.listTitle')}
        actions={
          canManage && (
            <Button
              variant="light"
              onClick={() => {
                setDraft(newDraft());
                save.reset();
              }}
            >
              {t('finance.sim.new')}
            </Button>
          )
        }
      >
        {!scenarios.data ? (
          <QueryState error={scenarios.error} inline />
        ) : items.length === 0 ? (
          <Text>{t('finance.sim.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing={4}>
              <Table.Caption>{t('finance.sim.listCaption', { year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('finance.sim.name')}</Table.Th>
                  <Table.Th scope="col">{t('finance.sim.range')}</Table.Th>
                  <Table.Th scope="col">{t('finance.sim.lines')}</Table.Th>
                  <Table.Th scope="col">{t('finance.sim.compare')}</Table.Th>
                  <Table.Th scope="col">{t('finance.accounts.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id} bg={s.id === draft.id ? 'teal.0' : undefined}>
                    <Table.Th scope="row" fw={500}>
                      {s.name}
                    </Table.Th>
                    <Table.Td>
                      {formatNumber(s.volumeFrom)} – {formatNumber(s.volumeTo)}
                    </Table.Td>
                    <Table.Td>{s.lines.length}</Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('finance.sim.compareOf', { name: s.name })}
                        checked={compared.includes(s.id)}
                        onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <RowButton
                        label={t('finance.sim.openOf', { name: s.name })}
                        onClick={() => {
                          setDraft({ ...s });
                          save.reset();
                        }}
                      >
                        {canManage ? t('finance.accounts.edit') : t('finance.sim.open')}
                      </RowButton>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      <Section title={draft.id ? t('finance.sim.editTitle', { name: draft.name }) : t('finance.sim.newTitle')}>
        <Form
          onSubmit={form.onSubmit((values) => {
            if (canManage) save.mutate(values);
          })}
        >
          <ScenarioEditor orgId={orgId} year={year} form={form} editable={canManage} />
          <ErrorAlert error={save.error ?? remove.error} />
          {canManage && (
            <Group justify="flex-end">
              {draft.id && (
                <Button color="red" variant="subtle" onClick={() => setRemoving(true)}>
                  {t('finance.sim.delete')}
                </Button>
              )}
              <Button type="submit" loading={save.isPending}>
                {t('finance.sim.save')}
              </Button>
            </Group>
          )}
        </Form>
      </Section>
      <Section title={t('finance.sim.chartTitle')}>
        <SimulatorChart curves={curves} />
      </Section>
      <Modal opened={removing} onClose={() => setRemoving(false)} title={t('finance.sim.deleteTitle')}>
        <Stack>
          <Text>{t('finance.sim.deleteText', { name: draft.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => draft.id && remove.mutate(draft.id)}>
              {t('finance.sim.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** `/o/:orgId/finance/simulator`: scale scenarios of a year, their cost-per-unit curves and optimum. */
export const SimulatorPage = financePage({ title: 'finance.sim.title', page: 'simulator', perYear: true }, Simulator);
