import type { Column } from '../../components/DataTable.tsx';
import { linkColumn } from '../../components/linkColumn.tsx';

/**
 * The column that names a row by its client: a link to the client's page, plain text for whoever
 * may not open it (`linked: false`). Sorted by the name.
 */
export function clientColumn<Row>({
  key,
  header,
  href,
  client,
  linked = true,
}: {
  key: string;
  header: string;
  href: (path: string) => string;
  client: (row: Row) => { id: string; name: string };
  linked?: boolean;
}): Column<Row> {
  return linkColumn({
    key,
    header,
    text: (row) => client(row).name,
    to: (row) => href(`clients/${client(row).id}`),
    linked,
    bold: true,
  });
}
