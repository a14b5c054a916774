import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';
import { DataTable } from './DataTable.tsx';

/** Every per-line error of a refused file (`line 12 · debet`: reason), in file order. */
export function FieldErrorsTable({ fields, caption }: { fields: FieldError[]; caption: string }) {
  const { t } = useTranslation();
  // The same path may be refused twice (two reasons): the position in the answer keys the row.
  const rows = fields.map((field, line) => ({ ...field, line }));
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => String(row.line)}
      empty={null}
      minWidth={480}
      maxHeight={360}
      columns={[
        { key: 'where', header: t('finance.upload.where'), value: (row) => row.path, nowrap: true, sortable: false },
        { key: 'reason', header: t('finance.upload.reason'), value: (row) => row.message, sortable: false },
      ]}
    />
  );
}
