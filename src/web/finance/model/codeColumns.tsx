import { TextInput } from '@mantine/core';
import type { EditableColumn } from './EditableTable.tsx';

/**
 * The first two columns of the cost model's centres and keys: the code (typed in upper case;
 * `rename` also renames what refers to it) and the name, each labelled by the row's number
 * ("Code van kostenplaats 2"), because a row being typed has no name yet.
 */
export function codeNameColumns<Row extends { code: string; name: string }>(props: {
  headers: { code: string; name: string };
  labels: { code: (n: number) => string; name: (n: number) => string };
  codeWidth: number;
  nameMinWidth?: number;
  editable: boolean;
  error: (index: number, field: 'code' | 'name') => string | undefined;
  rename: (index: number, code: string) => void;
  setName: (index: number, name: string) => void;
}): EditableColumn<Row>[] {
  const input = (field: 'code' | 'name', set: (index: number, text: string) => void) => (row: Row, i: number) => (
    <TextInput
      aria-label={props.labels[field](i + 1)}
      value={row[field]}
      readOnly={!props.editable}
      error={props.error(i, field)}
      onChange={(e) => set(i, e.currentTarget.value)}
    />
  );
  return [
    {
      header: props.headers.code,
      width: props.codeWidth,
      cell: input('code', (i, code) => props.rename(i, code.toUpperCase())),
    },
    { header: props.headers.name, minWidth: props.nameMinWidth, cell: input('name', props.setName) },
  ];
}
