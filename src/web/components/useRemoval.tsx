/**
 * Removing a row: a red "Verwijderen" row button (its accessible name names the row), a confirmation
 * (`ConfirmDialog`: a Mantine modal that names the item; "Annuleren" has the focus) and, once the
 * server has removed it, a notice "… is verwijderd." The route itself writes the audit entry.
 *
 *   const removal = useRemoval<Contact>({
 *     name: (c) => c.name,
 *     question: (name) => t('se.contacts.removeConfirm', { name }),
 *     remove: (c) => seCalls.deleteContact(orgId, partnerId, c.id),
 *   });
 *   columns.push(removal.column);   // or removal.button(row) anywhere
 *   … {removal.dialog}
 */
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import type { Column } from './DataTable.tsx';
import { RowButton } from './RowButton.tsx';

export interface Removal<Row> {
  /** Opens the confirmation for this row. */
  ask: (row: Row) => void;
  /** The confirmation dialog: render it once. */
  dialog: ReactNode;
  /** The row's red remove button. */
  button: (row: Row) => ReactNode;
  /** A table column holding the button. */
  column: Column<Row>;
}

export function useRemoval<Row>({
  name,
  question,
  remove,
}: {
  /** How the row is named in the button, the question and the notice. */
  name: (row: Row) => string;
  /** The confirmation's text, e.g. "Wil je de contactpersoon An Peeters verwijderen?". */
  question: (name: string) => string;
  /** Removes it on the server and refreshes what shows it. */
  remove: (row: Row) => Promise<unknown>;
}): Removal<Row> {
  const { t } = useTranslation();
  // The row stays after closing, so the text does not go blank while the dialog fades out.
  const [state, setState] = useState<{ row: Row; opened: boolean } | null>(null);
  const shown = state ? name(state.row) : '';
  const dialog = (
    <ConfirmDialog
      opened={state?.opened ?? false}
      title={t('ui.removal.title', { name: shown })}
      text={`${question(shown)} ${t('ui.removal.final')}`}
      confirm={t('ui.removal.remove')}
      onClose={() => setState((s) => s && { ...s, opened: false })}
      onConfirm={async () => {
        if (!state) return;
        await remove(state.row);
        notifications.show({ color: 'teal', message: t('ui.removal.done', { name: shown }) });
      }}
    />
  );
  const button = (row: Row) => (
    <RowButton
      label={t('ui.removal.removeName', { name: name(row) })}
      color="red"
      onClick={() => setState({ row, opened: true })}
    >
      {t('ui.removal.remove')}
    </RowButton>
  );
  return {
    ask: (row) => setState({ row, opened: true }),
    dialog,
    button,
    column: { key: 'remove', header: t('ui.removal.remove'), render: button },
  };
}
