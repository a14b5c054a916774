import type { Column } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';

/** The column that names a row by its employee: a link to the person's competences, sorted by last name. */
export function personColumn<Row>({
  header,
  orgId,
  person,
  key = 'name',
}: {
  header: string;
  orgId: string;
  person: (row: Row) => { id: string; firstName: string; lastName: string };
  key?: string;
}): Column<Row> {
  return linkColumn({
    key,
    header,
    text: (row) => `${person(row).firstName} ${person(row).lastName}`,
    sortBy: (row) => `${person(row).lastName} ${person(row).firstName}`,
    to: (row) => `/o/${orgId}/competences/people/${person(row).id}`,
  });
}
