/**
 * The one table of the UI: typed columns, Belgian cell formats in the interface language, sorting
 * by clicking a header (a button; the header carries `aria-sort`), an empty state, a caption that
 * names the table, and a header that stays in view while the rows scroll. The scroll area is a
 * named, focusable region, so a keyboard user can scroll it with the arrow keys.
 *
 *   const columns: Column<Member>[] = [
 *     { key: 'name', header: t('members.name'), value: (m) => m.name, rowHeader: true },
 *     { key: 'created', header: t('members.created'), value: (m) => m.createdAt, format: 'date' },
 *     { key: 'actions', header: t('members.actions'), render: (m) => <MemberActions … /> },
 *   ];
 *   <DataTable caption={t('members.caption')} rows={items} rowKey={(m) => m.id} columns={columns}
 *     initialSort={{ key: 'name', direction: 'ascending' }} />
 *
 * A totals row: `footer={{ name: t('x.total'), amount: money(total) }}` (cells by column key; the
 * row-header column's cell names the row) stays below the rows, whatever the sort.
 *
 * A wide register (many text columns): `stickyFirstColumn` keeps the first column (the one that names
 * the row) in view while the rest scrolls sideways, and `maxHeight="70vh"` keeps the sideways scrollbar
 * on screen.
 */
import { Table, Text, UnstyledButton } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CellFormat,
  type CellValue,
  formatCell,
  isNumeric,
  nextSort,
  type SortState,
  sortRows,
} from './dataTable.ts';

export type { CellFormat, SortState } from './dataTable.ts';

export interface Column<Row> {
  /** Unique within the table; names the column in `initialSort`. */
  key: string;
  header: string;
  /** The cell's value: what is shown (formatted by `format`) unless `render` is given, and the sort key. */
  value?: (row: Row) => CellValue;
  format?: CellFormat;
  /** Shown for an empty value (default a dash), e.g. "Nog nooit". */
  empty?: string;
  /** Custom cell content (a badge, a button, a link); sorting still uses `value`. */
  render?: (row: Row) => ReactNode;
  /** Default: sortable when the column has a `value`. */
  sortable?: boolean;
  /** This column names the row (`<th scope="row">`): usually the first. */
  rowHeader?: boolean;
  /** Default: right for number formats, else left. */
  align?: 'left' | 'right' | 'center';
  /** Keep the cell on one line (dates, amounts). Default: true for number and date formats. */
  nowrap?: boolean;
}

export interface DataTableProps<Row> {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  /** Shown under the table and its accessible name (required: every table is named). */
  caption: string;
  /** Shown instead of the table when there are no rows; `null` shows nothing at all. */
  empty?: ReactNode;
  initialSort?: SortState;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  /**
   * Scroll the rows under a sticky header above this height (a CSS length or pixels). Default: 70vh
   * for tables of more than 20 rows, shorter tables show whole (caption included).
   */
  maxHeight?: number | string;
  striped?: boolean;
  /** A class for a row, e.g. `sb-highlight` for the rows a question picked out. */
  rowClassName?: (row: Row) => string | undefined;
  /** A totals row below the rows (in `<tfoot>`, not sorted): its cells by column key, missing ones empty. */
  footer?: Partial<Record<string, ReactNode>>;
  /** Keep the first column in view while the table scrolls sideways (wide registers). */
  stickyFirstColumn?: boolean;
}

function SortMark({ direction }: { direction: 'ascending' | 'descending' | 'none' }) {
  const mark = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <Text span aria-hidden size="xs" c={direction === 'none' ? 'dimmed' : undefined} ml={4}>
      {mark}
    </Text>
  );
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { t } = useTranslation();
  const { rows, columns } = props;
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const sortColumn = sort ? columns.find((column) => column.key === sort.key) : undefined;
  const sorted = useMemo(
    () => (sort && sortColumn?.value ? sortRows(rows, sortColumn.value, sort.direction) : [...rows]),
    [rows, sort, sortColumn],
  );

  if (rows.length === 0) {
    if (props.empty === null) return null;
    return <Text c="dimmed">{props.empty ?? t('ui.table.empty')}</Text>;
  }

  const striped = props.striped ?? true;
  const alignOf = (column: Column<Row>) => column.align ?? (isNumeric(column.format) ? 'right' : 'left');
  const nowrapOf = (column: Column<Row>) => column.nowrap ?? (column.format !== undefined && column.format !== 'text');
  const cell = (column: Column<Row>, row: Row) =>
    column.render ? column.render(row) : formatCell(column.value?.(row), column.format, column.empty);
  // The first column stays at the left edge of the scroll region, on the table's own white.
  const first = columns[0]?.key;
  const sticky = (column: Column<Row>, layer: number) =>
    props.stickyFirstColumn && column.key === first
      ? { bg: 'white', style: { position: 'sticky' as const, left: 0, zIndex: layer } }
      : {};

  return (
    <Table.ScrollContainer
      type="native"
      minWidth={props.minWidth ?? 600}
      maxHeight={props.maxHeight ?? (rows.length > 20 ? '70vh' : undefined)}
      // A named, focusable region: the keyboard can reach and scroll it (WCAG 2.1.1).
      tabIndex={0}
      role="region"
      aria-label={props.caption}
      className="sb-focusable"
    >
      <Table striped={striped} highlightOnHover bg="white" stickyHeader>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const sortable = column.sortable ?? Boolean(column.value);
              const direction = sort?.key === column.key ? sort.direction : 'none';
              const pin = sticky(column, 4);
              return (
                <Table.Th
                  key={column.key}
                  scope="col"
                  ta={alignOf(column)}
                  aria-sort={sortable ? direction : undefined}
                  bg={pin.bg}
                  style={{ whiteSpace: 'nowrap', ...pin.style }}
                >
                  {sortable ? (
                    <UnstyledButton
                      fw={700}
                      fz="sm"
                      className="sb-focusable"
                      onClick={() => setSort((current) => nextSort(current, column.key))}
                    >
                      {column.header}
                      <SortMark direction={direction} />
                    </UnstyledButton>
                  ) : (
                    column.header
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {/*
            The body's rows and cells are plain elements with Mantine's table classes and data attributes
            (as Table.Tr/Td/Th render them, without a component per cell): a heat map of 60 rows × 10
            columns spent more than 100 ms of a cold load building 660 Mantine cells.
          */}
          {sorted.map((row) => {
            const extra = props.rowClassName?.(row);
            return (
              <tr
                key={props.rowKey(row)}
                className={extra ? `${Table.classes.tr} ${extra}` : Table.classes.tr}
                data-with-row-border
                data-striped={striped ? 'odd' : undefined}
                data-hover
              >
                {columns.map((column) => {
                  const pin = sticky(column, 1);
                  const style = {
                    textAlign: alignOf(column),
                    whiteSpace: nowrapOf(column) ? ('nowrap' as const) : undefined,
                    ...(pin.bg && { backgroundColor: 'var(--mantine-color-white)' }),
                    ...pin.style,
                  };
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" className={Table.classes.th} style={{ ...style, fontWeight: 500 }}>
                      {cell(column, row)}
                    </th>
                  ) : (
                    <td key={column.key} className={Table.classes.td} style={style}>
                      {cell(column, row)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </Table.Tbody>
        {props.footer && (
          <Table.Tfoot>
            <Table.Tr>
              {columns.map((column) =>
                column.rowHeader ? (
                  <Table.Th key={column.key} scope="row" ta={alignOf(column)}>
                    {props.footer?.[column.key]}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.key} ta={alignOf(column)} fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {props.footer?.[column.key]}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
