import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { Column } from './DataTable.tsx';

/**
 * The column that names a row and links to the row's own page (a `<th scope="row">` holding a link).
 * Sorted by the shown text, or by `sortBy` where that differs (people: last name first). `linked:
 * false` shows the text without a link, for whoever may not open the page.
 *
 *   linkColumn<Action>({ key: 'title', header: t('x.title'), text: (a) => a.title, to: (a) => href(`actions/${a.id}`) })
 */
export function linkColumn<Row>({
  key,
  header,
  text,
  to,
  sortBy = text,
  linked = true,
  bold = false,
}: {
  key: string;
  header: string;
  text: (row: Row) => string;
  to: (row: Row) => string;
  sortBy?: (row: Row) => string;
  linked?: boolean;
  /** Set the link in medium weight (the clients' tables). */
  bold?: boolean;
}): Column<Row> {
  return {
    key,
    header,
    value: sortBy,
    rowHeader: true,
    render: (row) =>
      linked ? (
        <Anchor component={Link} to={to(row)} fw={bold ? 500 : undefined}>
          {text(row)}
        </Anchor>
      ) : (
        text(row)
      ),
  };
}
