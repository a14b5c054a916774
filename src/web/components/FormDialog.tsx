/**
 * A dialog that is one form: the title, the fields, then DialogFooter (the error of the last
 * attempt, "Annuleren", the submit button). Annuleren and the close button both call `onClose`.
 *
 *   <FormDialog opened={opened} onClose={onClose} title={t('x.add')} onSubmit={form.onSubmit(() => save.mutate())}
 *     error={save.error} pending={save.isPending}>
 *     <TextInput label={t('x.name')} {...form.getInputProps('name')} />
 *   </FormDialog>
 */
import { type MantineSize, type MantineSpacing, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { DialogFooter } from './DialogFooter.tsx';
import { Form } from './Form.tsx';

export function FormDialog(props: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize;
  /** The space between the fields (Form's default when absent). */
  gap?: MantineSpacing;
  onSubmit: () => void;
  error: unknown;
  pending: boolean;
  /** The submit button's text (default "Opslaan"). */
  submit?: string;
  children: ReactNode;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size}>
      <Form onSubmit={props.onSubmit} gap={props.gap}>
        {props.children}
        <DialogFooter error={props.error} pending={props.pending} onCancel={props.onClose} submit={props.submit} />
      </Form>
    </Modal>
  );
}
