import { Alert, Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, today } from '../../../lib/calendar.ts';
import { ABSENCE_KINDS, TRAINING_KINDS } from '../../../modules/people/logic/types.ts';
import type { GridAnswer } from '../../../modules/people/schema-grid.ts';
import { ApiError, call, client } from '../../api.ts';
import { DateField } from '../../components/DateField.tsx';
import { GRID_MOVES, gridCell } from '../../components/gridKeys.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { formatLongDate, formatNumber, formatShortDay } from '../../format.ts';
import { peopleKey, refreshPeople } from '../api.ts';
import './grid.css';

/** The Monday of the week of a day. */
export function mondayOf(day: string): string {
  const dow = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

/** A typed cell: '' clears it; a Belgian or English decimal; NaN when it is not a number of hours. */
export function parseHours(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 24 ? n : Number.NaN;
}

type What = 'absence' | 'training';

/** `/o/:orgId/people/grid`: a week of absence or training hours, one row per employee, typed from the keyboard. */
export function GridPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('people.grid.title')} needs={['people.manage']}>
      {({ orgId }) => <Grid orgId={orgId} />}
    </PageFrame>
  );
}

function Grid({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [week, setWeek] = useState(() => mondayOf(today()));
  const [what, setWhat] = useState<What>('absence');
  const [kind, setKind] = useState<string>('sickness');
  const [title, setTitle] = useState('');
  const [edits, setEdits] = useState<Map<string, string>>(new Map());
  const [saved, setSaved] = useState<number | null>(null);
  const ready = what === 'absence' || title.trim() !== '';
  const query = useQuery({
    queryKey: [...peopleKey(orgId), 'grid', week, what, kind, title.trim()],
    queryFn: () =>
      call(
        client.GET('/orgs/{orgId}/people/grid', {
          params: {
            path: { orgId },
            query: { week, what, kind, ...(what === 'training' ? { title: title.trim() } : {}) },
          },
        }),
      ),
    enabled: ready,
  });
  // Another week or subject starts from what is stored.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the grid's subject changes
  useEffect(() => {
    setEdits(new Map());
    setSaved(null);
  }, [week, what, kind, title]);
  const grid = query.data;
  const invalid = [...edits.values()].some((v) => Number.isNaN(parseHours(v)));
  const save = useMutation({
    mutationFn: () => {
      const cells = [...edits.entries()].map(([key, text]) => {
        const [employeeId, day] = key.split('|') as [string, string];
        return { employeeId, day, hours: parseHours(text) };
      });
      const subject =
        what === 'absence'
          ? { what, kind: kind as (typeof ABSENCE_KINDS)[number] }
          : { what, kind: kind as (typeof TRAINING_KINDS)[number], title: title.trim() };
      return call(
        client.PUT('/orgs/{orgId}/people/grid', { params: { path: { orgId } }, body: { week, subject, cells } }),
      );
    },
    onSuccess: (answer) => {
      setSaved(edits.size);
      setEdits(new Map());
      refreshPeople(orgId);
      return answer;
    },
  });
  const kinds = (what === 'absence' ? ABSENCE_KINDS : TRAINING_KINDS).map((k) => ({
    value: k,
    label: t(`people.codes.${what === 'absence' ? 'absenceKind' : 'trainingKind'}.${k}`),
  }));
  return (
    <Stack gap="md">
      <Text>{t('people.grid.intro')}</Text>
      <Group align="end" wrap="wrap">
        <SegmentedControl
          aria-label={t('people.grid.what')}
          value={what}
          onChange={(v) => {
            setWhat(v as What);
            setKind(v === 'absence' ? 'sickness' : 'formal');
          }}
          data={[
            { value: 'absence', label: t('people.grid.absence') },
            { value: 'training', label: t('people.grid.training') },
          ]}
        />
        <Select
          label={t('people.grid.kind')}
          value={kind}
          allowDeselect={false}
          onChange={(v) => v && setKind(v)}
          data={kinds}
          w={240}
        />
        {what === 'training' && (
          <TextInput
            label={t('people.grid.trainingTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            w={260}
          />
        )}
        <DateField label={t('people.grid.week')} value={week} onChange={(v) => v && setWeek(mondayOf(v))} w={170} />
        <Button variant="default" onClick={() => setWeek(addDays(week, -7))}>
          {t('people.grid.previous')}
        </Button>
        <Button variant="default" onClick={() => setWeek(addDays(week, 7))}>
          {t('people.grid.next')}
        </Button>
      </Group>
      {!ready ? (
        <Text c="dimmed">{t('people.grid.needTitle')}</Text>
      ) : !grid ? (
        <QueryState error={query.error} />
      ) : (
        <>
          <HoursTable grid={grid} edits={edits} setEdits={setEdits} />
          {save.error && (
            <Alert color="red" role="alert">
              {save.error instanceof ApiError ? save.error.message : String(save.error)}
            </Alert>
          )}
          {saved !== null && edits.size === 0 && <Text role="status">{t('people.grid.saved', { count: saved })}</Text>}
          <Group>
            <Button onClick={() => save.mutate()} disabled={edits.size === 0 || invalid} loading={save.isPending}>
              {t('people.grid.save', { count: edits.size })}
            </Button>
            {invalid && <Text c="red">{t('people.grid.invalid')}</Text>}
          </Group>
        </>
      )}
    </Stack>
  );
}

/** The grid itself: arrow keys move between cells, Enter moves down, Tab right; typing replaces the hours. */
function HoursTable({
  grid,
  edits,
  setEdits,
}: {
  grid: GridAnswer;
  edits: Map<string, string>;
  setEdits: (m: Map<string, string>) => void;
}) {
  const { t } = useTranslation();
  const table = useRef<HTMLTableElement>(null);
  if (grid.rows.length === 0) return <Text>{t('people.grid.empty')}</Text>;
  const focus = (row: number, col: number) => gridCell(table.current, row, col)?.focus();
  /** The next editable cell from (row, col) in a direction, or null at the edge. */
  const next = (row: number, col: number, dr: number, dc: number): [number, number] | null => {
    let [r, c] = [row + dr, col + dc];
    while (r >= 0 && r < grid.rows.length && c >= 0 && c < 7) {
      if (!grid.rows[r]!.locked[c]) return [r, c];
      [r, c] = [r + dr, c + dc];
    }
    return null;
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    const move = GRID_MOVES[e.key];
    if (!move) return;
    const input = e.currentTarget;
    // Left and right move within the text first, then to the next cell.
    if (e.key === 'ArrowLeft' && input.selectionStart !== 0) return;
    if (e.key === 'ArrowRight' && input.selectionEnd !== input.value.length) return;
    const to = next(row, col, move[0], move[1]);
    e.preventDefault();
    if (to) focus(to[0], to[1]);
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table ref={table} withTableBorder withColumnBorders className="sb-grid">
        <Table.Caption>{t('people.grid.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('people.grid.employee')}</Table.Th>
            {grid.days.map((d) => (
              <Table.Th key={d} scope="col" ta="right">
                <abbr title={formatLongDate(d)}>{formatShortDay(d)}</abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grid.rows.map((r, row) => {
            const name = `${r.lastName} ${r.firstName}`;
            return (
              <Table.Tr key={r.employeeId}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                  {name}
                </Table.Th>
                {grid.days.map((d, col) => {
                  const key = `${r.employeeId}|${d}`;
                  const stored = r.cells[col];
                  const value = edits.get(key) ?? (stored === null || stored === undefined ? '' : formatNumber(stored));
                  const bad = Number.isNaN(parseHours(edits.get(key) ?? ''));
                  return (
                    <Table.Td key={d} p={0}>
                      <input
                        className="sb-grid-cell"
                        data-row={row}
                        data-col={col}
                        inputMode="decimal"
                        aria-label={t('people.grid.cell', { name, day: formatLongDate(d) })}
                        aria-invalid={bad || undefined}
                        disabled={r.locked[col]}
                        title={r.locked[col] ? t('people.grid.locked') : undefined}
                        value={value}
                        onFocus={(e) => e.currentTarget.select()}
                        onKeyDown={(e) => onKey(e, row, col)}
                        onChange={(e) => {
                          const m = new Map(edits);
                          const text = e.currentTarget.value;
                          const original = stored === null || stored === undefined ? null : stored;
                          if (parseHours(text) === original) m.delete(key);
                          else m.set(key, text);
                          setEdits(m);
                        }}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
