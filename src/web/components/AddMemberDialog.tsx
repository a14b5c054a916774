import { Button, Group, Modal, Select, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Member, MemberAdded } from '../../modules/orgs/schema.ts';
import { fieldErrors, queryClient, call, client } from '../api.ts';
import { orgKey } from '../queries.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Form } from './Form.tsx';
import { roleOptions } from './labels.ts';
import { PasswordField } from './PasswordField.tsx';
import { useFormFields } from './useFormFields.ts';
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
  const form = useFormFields({ name: '', email: '', role: 'begeleider', password: '' });
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
    form.check({});
    props.onClose();
  };
  const submit = () => {
    const ok = form.check({
      name: required(t, values.name),
      email: email(t, values.email),
      role: required(t, values.role),
      password: values.password ? newPassword(t, values.password) : undefined,
    });
    if (ok) add.mutate();
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('members.add')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Form onSubmit={submit} gap="sm">
        <ErrorAlert error={add.error} />
        <TextInput label={t('members.name')} required autoComplete="off" data-autofocus {...form.input('name')} />
        <TextInput label={t('members.email')} type="email" required autoComplete="off" {...form.input('email')} />
        <Select
          label={t('members.role')}
          required
          data={roleOptions(t)}
          value={values.role}
          onChange={(value) => form.set('role', value ?? '')}
          error={form.errors.role}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <PasswordField
          label={t('members.password')}
          description={t('members.passwordHint')}
          autoComplete="new-password"
          {...form.input('password')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('members.submit')}
          </Button>
        </Group>
      </Form>
    </Modal>
  );
}
