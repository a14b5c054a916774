import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The last cell of an editable row: a "Verwijderen" button whose accessible name says which row. */
export function RemoveRowCell({ label, onRemove }: { label: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Button size="compact-sm" variant="subtle" color="red" aria-label={label} onClick={onRemove}>
        {t('finance.model.remove')}
      </Button>
    </Table.Td>
  );
}
