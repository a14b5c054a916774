import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { Column } from '../../components/DataTable.tsx';

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
  return {
    key,
    header,
    value: (row) => client(row).name,
    rowHeader: true,
    render: (row) => {
      const { id, name } = client(row);
      return linked ? (
        <Anchor component={Link} to={href(`clients/${id}`)} fw={500}>
          {name}
        </Anchor>
      ) : (
        name
      );
    },
  };
}
