import { type MantineSize, type MantineSpacing, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { DialogFooter } from './DialogFooter.tsx';
import { Form } from './Form.tsx';

/**
 * A dialog that is one form: its fields, then the last attempt's error, "Annuleren" and the submit
 * button (DialogFooter). Cancelling and closing the dialog (Escape, the cross) both call `onClose`.
 *
 *   <FormDialog opened={opened} onClose={close} title={t('x.edit')} error={save.error}
 *     pending={save.isPending} onSubmit={form.onSubmit((values) => save.mutate(values))}>
 *     <TextInput label={t('x.name')} {...form.getInputProps('name')} data-autofocus />
 *   </FormDialog>
 */
export function FormDialog(props: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize;
  onSubmit: () => void;
  error: unknown;
  pending: boolean;
  /** The submit button's text (default "Opslaan"). */
  submit?: string;
  gap?: MantineSpacing;
  children: ReactNode;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size}>
      <Form onSubmit={props.onSubmit} gap={props.gap ?? 'sm'}>
        {props.children}
        <DialogFooter error={props.error} pending={props.pending} onCancel={props.onClose} submit={props.submit} />
      </Form>
    </Modal>
  );
}
