import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { Session } from '../../modules/auth/schema.ts';
import { call, client } from '../api.ts';
import { PasswordField } from '../components/PasswordField.tsx';
import { PublicFormPage } from '../components/PublicFormPage.tsx';
import { useAppForm } from '../components/useAppForm.ts';
import { homePath, saveStoredLocale, setSession, useSession } from '../session.ts';

/** Where to go after login: back to the page that asked for it, else the first organisation. */
function target(state: unknown, session: Session): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : homePath(session);
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  // No client checks: the server answers one message for a wrong address or password alike.
  const form = useAppForm({ initialValues: { email: '', password: '' } });
  const { email, password } = form.values;
  const session = useSession();
  const setup = useQuery({
    queryKey: ['setup'],
    queryFn: () => call(client.GET('/setup')),
  });
  const login = useMutation({
    mutationFn: () => call(client.POST('/auth/login', { body: { email: email.trim(), password } })),
    onSuccess: (result) => {
      setSession(result);
      void saveStoredLocale(result);
      void navigate(target(location.state, result), { replace: true });
    },
  });

  if (session.data && !login.isPending) return <Navigate to={target(location.state, session.data)} replace />;

  return (
    <PublicFormPage
      title={t('login.title')}
      intro={t('login.intro')}
      notices={
        // Users exist once the demo does: then the notice offers the demo's login (and says the own
        // organisation is still to be created); "not set up" only while nobody can log in at all.
        setup.data?.demo ? (
          <Alert color="blue" variant="light" role="note" title={t('login.demoTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('login.demo', setup.data.demo)}</Text>
              {setup.data.needed && <Text size="sm">{t('login.ownOrgMissing')}</Text>}
              <Group>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => form.setValues({ email: setup.data.demo!.email, password: setup.data.demo!.password })}
                >
                  {t('login.demoFill')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : (
          setup.data?.needed && (
            <Alert color="yellow" variant="light" title={t('login.setupNeededTitle')}>
              {t('login.setupNeeded')}
            </Alert>
          )
        )
      }
      error={login.error}
      pending={login.isPending}
      submitLabel={t('login.submit')}
      onSubmit={form.onSubmit(() => login.mutate())}
      footer={
        <Text size="xs" c="dimmed">
          {t('login.forgot')}
        </Text>
      }
    >
      <TextInput
        label={t('login.email')}
        type="email"
        autoComplete="username"
        required
        data-autofocus
        autoFocus
        {...form.getInputProps('email')}
      />
      <PasswordField
        label={t('login.password')}
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
    </PublicFormPage>
  );
}
