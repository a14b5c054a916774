import { Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../modules/auth/schema.ts';
import { errorMessage, fieldErrors, call, client } from '../api.ts';
import { useShell } from '../components/context.ts';
import { FormCard } from '../components/FormCard.tsx';
import { languageLabel } from '../components/labels.ts';
import { PasswordField } from '../components/PasswordField.tsx';
import { NewPasswordFields, newPasswordRules } from '../components/NewPasswordFields.tsx';
import { useAppForm } from '../components/useAppForm.ts';
import { usePageTitle } from '../components/usePageTitle.ts';
import { required } from '../components/validation.ts';
import { LOCALES, type Locale } from '../i18n.ts';
import { setSession, switchLocale } from '../session.ts';

function ProfileForm({ user }: { user: Session['user'] }) {
  const { t } = useTranslation();
  const form = useAppForm({ initialValues: { name: user.name }, validate: { name: (v) => required(t, v) } });
  const save = useMutation({
    mutationFn: () => call(client.PATCH('/auth/me', { body: { name: form.values.name.trim() } })),
    onSuccess: (session) => {
      setSession(session);
      notifications.show({ color: 'teal', message: t('account.profileSaved') });
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const changeLocale = (value: string | null) => {
    if (value !== 'nl' && value !== 'en') return;
    switchLocale(value).catch((error: unknown) =>
      notifications.show({ color: 'red', title: t('common.error'), message: errorMessage(error) }),
    );
  };
  return (
    <FormCard
      title={t('account.profile')}
      onSubmit={form.onSubmit(() => save.mutate())}
      error={save.error}
      pending={save.isPending}
      submitLabel={t('account.saveProfile')}
    >
      <TextInput label={t('account.name')} autoComplete="name" required {...form.getInputProps('name')} />
      <TextInput label={t('account.email')} value={user.email} readOnly />
      <Select
        label={t('account.language')}
        data={LOCALES.map((code: Locale) => ({ value: code, label: languageLabel(t, code) }))}
        value={user.locale}
        onChange={changeLocale}
        allowDeselect={false}
      />
    </FormCard>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: { currentPassword: (v) => required(t, v), ...newPasswordRules(t, 'newPassword', 'repeat') },
  });
  const { values } = form;
  const change = useMutation({
    mutationFn: () =>
      call(
        client.POST('/auth/password', {
          body: {
            currentPassword: values.currentPassword,
            newPassword: values.newPassword,
          },
        }),
      ),
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'teal', message: t('account.changed') });
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  return (
    <FormCard
      title={t('account.passwordTitle')}
      onSubmit={form.onSubmit(() => change.mutate())}
      error={change.error}
      pending={change.isPending}
      submitLabel={t('account.submit')}
    >
      <PasswordField
        label={t('account.current')}
        autoComplete="current-password"
        required
        {...form.getInputProps('currentPassword')}
      />
      <NewPasswordFields
        form={form}
        password="newPassword"
        repeat="repeat"
        labels={{ password: t('account.new'), repeat: t('account.repeat'), hint: t('account.newHint') }}
      />
    </FormCard>
  );
}

/** The user's own name, email, language preference and password. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { session } = useShell();
  return (
    <Stack gap="lg" maw={640}>
      <div>
        <Title order={1}>{t('account.title')}</Title>
        <Text c="dimmed">{session.user.email}</Text>
      </div>
      <ProfileForm key={session.user.id} user={session.user} />
      <PasswordForm />
    </Stack>
  );
}
