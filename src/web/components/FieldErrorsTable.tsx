import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api.ts';

/** Every per-line error of a refused file (`line 12 · debet`: reason). */
export function FieldErrorsTable({ fields, caption }: { fields: FieldError[]; caption: string }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={480} mah={360}>
      <Table striped verticalSpacing={4}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('finance.upload.where')}</Table.Th>
            <Table.Th scope="col">{t('finance.upload.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field, index) => (
            <Table.Tr key={`${field.path}-${index}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{field.path}</Table.Td>
              <Table.Td>{field.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
