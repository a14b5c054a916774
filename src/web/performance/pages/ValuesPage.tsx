import { Button, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate, targetOn } from '../../../modules/performance/logic/thresholds.ts';
import { parseNumber } from '../../../modules/performance/logic/units.ts';
import { parsePeriod, periodStart } from '../../../modules/performance/logic/periods.ts';
import { ApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { PageFrame, type PageContext } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { FieldErrorsTable } from '../../components/FieldErrorsTable.tsx';
import { formatNumber } from '../../format.ts';
import { nameOf } from '../components/kpi-format.ts';
import { ValuesImport } from '../components/ValuesImport.tsx';
import { gridQuery, kpiCalls, type Frequency, type GridKpi } from '../kpi-api.ts';
import { refreshPerformance } from '../plan-api.ts';
import '../components/performance-kpi.css';

const key = (kpiId: string, period: string) => `${kpiId}|${period}`;

/** The light a typed value would get (the server decides; this only colours the cell and asks for the note). */
function lightOfCell(k: GridKpi, period: string, text: string) {
  const n = parseNumber(text);
  const p = parsePeriod(period);
  if (n === null || !p) return null;
  const target = targetOn(k.targets, periodStart(p));
  return target ? evaluate(n, k.direction, target.target, target.redThreshold) : null;
}

function Grid({ orgId, can }: PageContext) {
  const { t, i18n } = useTranslation();
  const [frequency, setFrequency] = useState<Frequency>('month');
  const grid = useQuery(gridQuery(orgId, frequency));
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const manage = can('performance.manage');
  const data = grid.data;
  const changed = Object.keys(edits);
  const reds = useMemo(
    () =>
      data
        ? Object.keys(edits).flatMap((c) => {
            const [kpiId, period] = c.split('|') as [string, string];
            const k = data.kpis.find((x) => x.id === kpiId);
            return k && lightOfCell(k, period, edits[c]!) === 'red' ? [{ k, period, c }] : [];
          })
        : [],
    [data, edits],
  );
  const save = useMutation({
    mutationFn: () =>
      kpiCalls.saveValues(
        orgId,
        changed.map((c) => {
          const [kpiId, period] = c.split('|') as [string, string];
          const v = edits[c]!.trim();
          return { kpiId, period, value: v === '' ? null : v, ...(notes[c] !== undefined ? { note: notes[c] } : {}) };
        }),
      ),
    onSuccess: async (r) => {
      notifications.show({ color: 'teal', message: t('performance.values.saved', { count: r.saved + r.removed }) });
      setEdits({});
      setNotes({});
      await refreshPerformance(orgId);
    },
  });
  const errorCells = new Set<number>(
    (save.error instanceof ApiError ? save.error.fields : []).map((f) =>
      Number(/^values\.(\d+)/.exec(f.path)?.[1] ?? -1),
    ),
  );
  const move = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const delta = { ArrowUp: [-1, 0], ArrowDown: [1, 0], Enter: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
    if (!delta) return;
    const input = e.currentTarget;
    if (
      (e.key === 'ArrowLeft' && input.selectionStart !== 0) ||
      (e.key === 'ArrowRight' && input.selectionEnd !== input.value.length)
    )
      return;
    const next = document.querySelector<HTMLInputElement>(`[data-cell="${row + delta[0]!}-${col + delta[1]!}"]`);
    if (next) {
      e.preventDefault();
      next.focus();
      next.select();
    }
  };
  return (
    <Stack gap="lg">
      <Section
        title={t('performance.values.grid')}
        actions={
          <SegmentedControl
            value={frequency}
            onChange={(f) => {
              setFrequency(f as Frequency);
              setEdits({});
              setNotes({});
            }}
            aria-label={t('performance.kpi.frequency')}
            data={(['month', 'quarter', 'year'] as const).map((f) => ({
              value: f,
              label: t(`performance.frequency.${f}`),
            }))}
          />
        }
      >
        <Text size="sm">{t('performance.values.help')}</Text>
        {!data ? (
          <QueryState error={grid.error} inline />
        ) : (
          <Table.ScrollContainer minWidth={Math.max(600, 260 + data.periods.length * 100)}>
            <Table withTableBorder withColumnBorders verticalSpacing={2} className="sb-values-grid">
              <Table.Caption>
                {t('performance.values.caption', { count: data.kpis.length, from: data.from, to: data.to })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('performance.kpi.name')}</Table.Th>
                  {data.periods.map((p) => (
                    <Table.Th key={p} scope="col" ta="right">
                      {p}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.kpis.map((k, row) => (
                  <Table.Tr key={k.id}>
                    <Table.Th scope="row" fw={500}>
                      {nameOf(k, i18n.language)}{' '}
                      <Text span size="xs" c="dimmed">
                        ({t(`performance.units.${k.unit}`)})
                      </Text>
                    </Table.Th>
                    {data.periods.map((p, col) => {
                      const c = key(k.id, p);
                      const stored = k.values[p];
                      if (k.source === 'computed' || !manage) {
                        return (
                          <Table.Td key={p} ta="right" data-light={stored?.light ?? undefined}>
                            {stored ? formatNumber(stored.value, k.decimals) : '—'}
                          </Table.Td>
                        );
                      }
                      const text = edits[c] ?? (stored ? formatNumber(stored.value, 4).replace(/\s/g, '') : '');
                      const light = edits[c] !== undefined ? lightOfCell(k, p, text) : (stored?.light ?? null);
                      const index = changed.indexOf(c);
                      return (
                        <Table.Td
                          key={p}
                          className="sb-grid-cell"
                          data-light={light ?? undefined}
                          data-error={index >= 0 && errorCells.has(index) ? 'true' : undefined}
                        >
                          <TextInput
                            size="xs"
                            value={text}
                            aria-label={t('performance.values.cell', { name: nameOf(k, i18n.language), period: p })}
                            data-cell={`${row}-${col}`}
                            onChange={(e) => {
                              const value = e.currentTarget.value;
                              setEdits((x) => ({ ...x, [c]: value }));
                            }}
                            onKeyDown={(e) => move(e, row, col)}
                            inputMode="decimal"
                          />
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
                {data.kpis.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={data.periods.length + 1}>{t('performance.values.none')}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {reds.length > 0 && (
          <Stack gap="xs">
            <Text fw={600}>{t('performance.values.redNotes')}</Text>
            {reds.map(({ k, period, c }) => (
              <GrowingTextarea
                key={c}
                label={t('performance.values.noteFor', { name: nameOf(k, i18n.language), period })}
                value={notes[c] ?? k.values[period]?.note ?? ''}
                minRows={1}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setNotes((x) => ({ ...x, [c]: value }));
                }}
              />
            ))}
          </Stack>
        )}
        <ErrorAlert error={save.error} />
        <FieldErrorsTable
          fields={
            save.error instanceof ApiError
              ? save.error.fields.map((f) => ({
                  ...f,
                  path: f.path.replace(/^values\.(\d+)/, (_, i: string) => {
                    const [kpiId, period] = (changed[Number(i)] ?? '|').split('|');
                    const k = data?.kpis.find((x) => x.id === kpiId);
                    return `${k?.code ?? ''} ${period}`;
                  }),
                }))
              : []
          }
          caption={t('performance.values.errors')}
        />
        {manage && (
          <Group>
            <Button onClick={() => save.mutate()} disabled={changed.length === 0} loading={save.isPending}>
              {t('performance.values.save', { count: changed.length })}
            </Button>
            {changed.length > 0 && (
              <Button
                variant="default"
                onClick={() => {
                  setEdits({});
                  setNotes({});
                  save.reset();
                }}
              >
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        )}
      </Section>
      {manage && <ValuesImport orgId={orgId} />}
    </Stack>
  );
}

/** `/o/:orgId/kpi-values`: KPIs × periods, keyboard navigable, one transaction per save; import. */
export function ValuesPage() {
  const { t } = useTranslation();
  return (
    <PageFrame
      title={t('performance.values.title')}
      needs={['performance.read']}
      crumbs={[{ to: undefined, label: t('performance.nav') }]}
    >
      {(c) => <Grid {...c} />}
    </PageFrame>
  );
}
