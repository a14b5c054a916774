import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export type SortState<K extends string> = { key: K; desc: boolean };

/** A column header that sorts the table (aria-sort tells screen readers the order). */
export function SortHeader<K extends string>({
  k,
  sort,
  onSort,
  children,
  right,
}: {
  k: K;
  sort: SortState<K>;
  onSort: (s: SortState<K>) => void;
  children: ReactNode;
  right?: boolean;
}) {
  const active = sort.key === k;
  return (
    <Table.Th
      scope="col"
      ta={right ? 'right' : undefined}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton fw={700} fz="sm" onClick={() => onSort({ key: k, desc: active ? !sort.desc : right === true })}>
        {children} {active ? (sort.desc ? '▼' : '▲') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}
