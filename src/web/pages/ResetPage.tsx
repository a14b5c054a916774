import { Alert, Anchor, Button, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fieldErrors, call, client } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Form } from '../components/Form.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { useFormFields } from '../components/useFormFields.ts';
import { usePageTitle } from '../components/usePageTitle.ts';
import { newPassword, repeated } from '../components/validation.ts';

/** A one-time password link (from an administrator) leads here to choose a new password. */
export function ResetPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFormFields({ password: '', repeat: '' });
  const reset = useMutation({
    mutationFn: () => call(client.POST('/auth/reset', { body: { token, password: form.values.password } })),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });

  const submit = () => {
    const ok = form.check({
      password: newPassword(t, form.values.password),
      repeat: repeated(t, form.values.repeat, form.values.password),
    });
    if (ok) reset.mutate();
  };

  return (
    <PublicLayout>
      <Form onSubmit={submit}>
        <Title order={1} size="h2">
          {t('reset.title')}
        </Title>
        {reset.isSuccess ? (
          <>
            <Alert color="teal" variant="light" role="status">
              {t('reset.done')}
            </Alert>
            <Anchor component={Link} to="/login">
              {t('reset.toLogin')}
            </Anchor>
          </>
        ) : (
          <>
            <Text c="dimmed" size="sm">
              {t('reset.intro')}
            </Text>
            {!token && (
              <Alert color="red" variant="light" role="alert">
                {t('reset.noToken')}
              </Alert>
            )}
            <ErrorAlert error={reset.error} />
            <PasswordField
              label={t('reset.password')}
              autoComplete="new-password"
              required
              {...form.input('password')}
            />
            <PasswordField label={t('reset.repeat')} autoComplete="new-password" required {...form.input('repeat')} />
            <Button type="submit" loading={reset.isPending} disabled={!token}>
              {t('reset.submit')}
            </Button>
            <Anchor component={Link} to="/login" size="sm">
              {t('reset.toLogin')}
            </Anchor>
          </>
        )}
      </Form>
    </PublicLayout>
  );
}
