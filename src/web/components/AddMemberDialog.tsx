import { Modal, Select, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Member, MemberAdded } from '../../modules/orgs/schema.ts';
import { fieldErrors, queryClient, call, client } from '../api.ts';
import { orgKey } from '../queries.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { Form } from './Form.tsx';
import { roleOptions } from './labels.ts';
import { PasswordField } from './PasswordField.tsx';
import { useAppForm } from './useAppForm.ts';
import { email, newPassword, required } from './validation.ts';

/** A new person is a `member` at once; a person who already has an account gets an `invitation`. */
export type AddedMember = MemberAdded;

/** "Gebruiker toevoegen": name, email, role and an optional first password. */
export function AddMemberDialog(props: {
  orgId: string;
  opened: boolean;
  onClose: () => void;
  onAdded: (added: AddedMember) => void;
}) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { name: '', email: '', role: 'begeleider', password: '' },
    validate: {
      name: (v) => required(t, v),
      email: (v) => email(t, v),
      role: (v) => required(t, v),
      password: (v) => (v ? newPassword(t, v) : undefined),
    },
  });
  const { values } = form;
  const add = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/members', {
          params: { path: { orgId: props.orgId } },
          body: {
            name: values.name.trim(),
            email: values.email.trim(),
            role: values.role as Member['role'],
            ...(values.password ? { password: values.password } : {}),
          },
        }),
      ),
    onSuccess: (added) => {
      void queryClient.invalidateQueries({ queryKey: orgKey(props.orgId) });
      form.reset();
      props.onAdded(added);
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const close = () => {
    add.reset();
    form.clearErrors();
    props.onClose();
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('members.add')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Form onSubmit={form.onSubmit(() => add.mutate())} gap="sm">
        <TextInput
          label={t('members.name')}
          required
          autoComplete="off"
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('members.email')}
          type="email"
          required
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <Select
          label={t('members.role')}
          required
          data={roleOptions(t)}
          {...form.getInputProps('role')}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <PasswordField
          label={t('members.password')}
          description={t('members.passwordHint')}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <DialogFooter error={add.error} pending={add.isPending} onCancel={close} submit={t('members.submit')} />
      </Form>
    </Modal>
  );
}
