import { Alert, Anchor } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { call, client, fieldErrors } from '../api.ts';
import { NewPasswordFields, newPasswordRules } from '../components/NewPasswordFields.tsx';
import { PublicFormPage } from '../components/PublicFormPage.tsx';
import { useAppForm } from '../components/useAppForm.ts';

/** A one-time password link (from an administrator) leads here to choose a new password. */
export function ResetPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useAppForm({
    initialValues: { password: '', repeat: '' },
    validate: newPasswordRules(t, 'password', 'repeat'),
  });
  const reset = useMutation({
    mutationFn: () => call(client.POST('/auth/reset', { body: { token, password: form.values.password } })),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const toLogin = (
    <Anchor component={Link} to="/login" size="sm">
      {t('reset.toLogin')}
    </Anchor>
  );

  return (
    <PublicFormPage
      title={t('reset.title')}
      intro={t('reset.intro')}
      blocked={!token && t('reset.noToken')}
      error={reset.error}
      pending={reset.isPending}
      submitLabel={t('reset.submit')}
      onSubmit={form.onSubmit(() => reset.mutate())}
      footer={toLogin}
      done={
        reset.isSuccess && (
          <>
            <Alert color="teal" variant="light" role="status">
              {t('reset.done')}
            </Alert>
            {toLogin}
          </>
        )
      }
    >
      <NewPasswordFields
        form={form}
        password="password"
        repeat="repeat"
        labels={{ password: t('reset.password'), repeat: t('reset.repeat') }}
      />
    </PublicFormPage>
  );
}
