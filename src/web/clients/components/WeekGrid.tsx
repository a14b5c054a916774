import { Table, Text } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format.ts';
import { intlLocale } from '../../i18n.ts';
import { GRID_MOVES, gridCell } from '../../components/gridKeys.ts';
import type { WeekGrid as Grid } from '../../../modules/clients/schema.ts';

export const cellKey = (clientId: string, code: string, date: string) => `${clientId}|${code}|${date}`;

export interface GridRowRef {
  clientId: string;
  clientName: string;
  code: string;
  name: string;
  unit: string;
  planned: Record<string, number>;
  registered: Record<string, number>;
}

/** The rows of the grid: one per client × function, in the server's order. */
export function gridRows(grid: Grid): GridRowRef[] {
  return grid.clients.flatMap((c) =>
    c.functions.map((f) => ({
      clientId: c.id,
      clientName: c.name,
      code: f.code,
      name: f.name,
      unit: f.unit,
      planned: f.planned,
      registered: f.registered,
    })),
  );
}

export function dayLabel(date: string, style: 'short' | 'long' = 'short'): string {
  const d = new Date(`${date}T12:00:00Z`);
  const weekday = new Intl.DateTimeFormat(intlLocale(), { weekday: style, timeZone: 'UTC' }).format(d);
  return `${weekday} ${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
}

/**
 * The week as a table of number inputs, keyboard first: arrow keys move between cells, Enter moves
 * down, typing replaces the (selected) value. The planned units are the placeholder.
 */
export function WeekGrid({
  grid,
  values,
  changed,
  onChange,
  cellErrors,
  rowErrors,
  caption,
}: {
  grid: Grid;
  values: Record<string, string>;
  changed: Set<string>;
  onChange: (key: string, value: string) => void;
  cellErrors: Record<string, string>;
  rowErrors: Record<string, string[]>;
  caption: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLTableElement>(null);
  const rows = gridRows(grid);
  const focus = (row: number, col: number) => {
    const input = gridCell(ref.current, row, col);
    if (input) {
      input.focus();
      input.select();
    }
  };
  const keyDown = (row: number, col: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    const move = GRID_MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey || (e.key === 'Enter' && e.shiftKey)) return;
    e.preventDefault();
    focus(Math.min(Math.max(row + move[0], 0), rows.length - 1), Math.min(Math.max(col + move[1], 0), 6));
  };
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table ref={ref} withTableBorder withColumnBorders verticalSpacing={4} className="sb-week-grid">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('clients.grid.client')}</Table.Th>
            <Table.Th scope="col">{t('clients.grid.function')}</Table.Th>
            {grid.days.map((d) => (
              <Table.Th key={d} scope="col" ta="center">
                {dayLabel(d)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => {
            const rowKey = `${r.clientId}|${r.code}`;
            const errors = rowErrors[rowKey] ?? [];
            const first = i === 0 || rows[i - 1]!.clientId !== r.clientId;
            return (
              <Table.Tr key={rowKey} bg={errors.length ? 'red.0' : undefined}>
                <Table.Th scope="row" fw={first ? 600 : 400} c={first ? undefined : 'dimmed'}>
                  {r.clientName}
                </Table.Th>
                <Table.Td>
                  {r.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`clients.units.${r.unit}`)})
                  </Text>
                  {errors.map((m) => (
                    <Text key={m} size="xs" c="red.8" id={`err-${rowKey}`} role="alert">
                      {m}
                    </Text>
                  ))}
                </Table.Td>
                {grid.days.map((d, col) => {
                  const key = cellKey(r.clientId, r.code, d);
                  const planned = r.planned[d];
                  const value = values[key] ?? '';
                  return (
                    <Table.Td key={d} p={2}>
                      <input
                        className="sb-cell"
                        data-row={i}
                        data-col={col}
                        data-changed={changed.has(key) || undefined}
                        inputMode="decimal"
                        autoComplete="off"
                        value={value}
                        placeholder={planned !== undefined ? formatNumber(planned) : ''}
                        title={
                          planned !== undefined ? t('clients.grid.planned', { n: formatNumber(planned) }) : undefined
                        }
                        aria-label={t('clients.grid.cellLabel', {
                          client: r.clientName,
                          fn: r.name,
                          day: dayLabel(d, 'long'),
                        })}
                        aria-invalid={cellErrors[key] ? true : undefined}
                        aria-describedby={errors.length ? `err-${rowKey}` : undefined}
                        onFocus={(e) => e.currentTarget.select()}
                        onKeyDown={keyDown(i, col)}
                        onChange={(e) => onChange(key, e.currentTarget.value.replace(/[^\d.,]/g, ''))}
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
