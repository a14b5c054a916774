import { type MantineSize, type MantineSpacing, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { DialogFooter } from './DialogFooter.tsx';
import { Form } from './Form.tsx';

/**
 * A dialog that is one form: its fields, then the last attempt's error, "Annuleren" and the submit
 * button (DialogFooter). Submitting checks `form` and hands its values to `save` (a mutation);
 * cancelling and closing the dialog (Escape, the cross) both call `onClose`.
 *
 *   <FormDialog opened={opened} onClose={close} title={t('x.edit')} form={form} save={save}>
 *     <TextInput label={t('x.name')} {...form.getInputProps('name')} data-autofocus />
 *   </FormDialog>
 */
export function FormDialog<Values>(props: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize;
  form: { onSubmit: (handler: (values: Values) => void) => () => void };
  save: { mutate: (values: Values) => void; error: unknown; isPending: boolean };
  /** The submit button's text (default "Opslaan"). */
  submit?: string;
  gap?: MantineSpacing;
  children: ReactNode;
}) {
  const { form, save } = props;
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size}>
      <Form onSubmit={form.onSubmit((values) => save.mutate(values))} gap={props.gap ?? 'sm'}>
        {props.children}
        <DialogFooter error={save.error} pending={save.isPending} onCancel={props.onClose} submit={props.submit} />
      </Form>
    </Modal>
  );
}
