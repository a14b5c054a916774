/**
 * The table of an editable list (the cost model's centres, keys and assignments, a scenario's cost
 * lines): a caption, one input per cell, a "Verwijderen" button per row and "… toevoegen" below,
 * both only when `editable`.
 *
 *   <EditableTable caption={…} minWidth={720} rows={doc.keys} editable={editable}
 *     rowName={(key, i) => key.name || key.code || String(i + 1)}
 *     columns={[{ header: t('finance.model.code'), width: 120, cell: (key, i) => <TextInput … /> }]}
 *     removeLabel={(name) => t('finance.model.removeKey', { name })} onRemove={remove}
 *     addLabel={t('finance.model.addKey')} onAdd={add} />
 */
import { Button, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { RemoveRowCell } from '../components/RemoveRowCell.tsx';

export interface EditableColumn<Row> {
  header: string;
  /** A fixed width (px); the column without one takes the rest. */
  width?: number;
  minWidth?: number;
  /** The cell's input; `name` is the row's name for accessible labels ("Eenheid van Dagcentrum"). */
  cell: (row: Row, index: number, name: string) => ReactNode;
}

export function EditableTable<Row>(props: {
  /** Names the table; leave it out where a heading right above already does. */
  caption?: string;
  minWidth: number;
  rows: readonly Row[];
  columns: readonly EditableColumn<Row>[];
  editable: boolean;
  /** How a row is named in labels: its name, else its code, else its number. */
  rowName: (row: Row, index: number) => string;
  removeLabel: (name: string) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  /** Show no table at all (only the add button) while there are no rows. */
  hideWhenEmpty?: boolean;
}) {
  const hidden = props.hideWhenEmpty && props.rows.length === 0;
  return (
    <>
      {!hidden && (
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table verticalSpacing={6}>
            {props.caption && <Table.Caption>{props.caption}</Table.Caption>}
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((column) => (
                  <Table.Th key={column.header} scope="col" w={column.width} miw={column.minWidth}>
                    {column.header}
                  </Table.Th>
                ))}
                {props.editable && (
                  <Table.Th scope="col" w={100}>
                    <span aria-hidden />
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row, index) => {
                const name = props.rowName(row, index);
                return (
                  // Rows have no identity of their own while they are typed (the code may be empty or change).
                  // The position is the row's identity here.
                  <Table.Tr key={index}>
                    {props.columns.map((column) => (
                      <Table.Td key={column.header}>{column.cell(row, index, name)}</Table.Td>
                    ))}
                    {props.editable && (
                      <RemoveRowCell label={props.removeLabel(name)} onRemove={() => props.onRemove(index)} />
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {props.editable && (
        <Button variant="light" onClick={props.onAdd} w="fit-content">
          {props.addLabel}
        </Button>
      )}
    </>
  );
}
