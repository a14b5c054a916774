import { Alert, Button, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { Session } from '../../modules/auth/schema.ts';
import { call, client } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Form } from '../components/Form.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { homePath, saveStoredLocale, setSession, useSession } from '../session.ts';

/** Where to go after login: back to the page that asked for it, else the first organisation. */
function target(state: unknown, session: Session): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : homePath(session);
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
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

  const submit = () => {
    login.mutate();
  };

  return (
    <PublicLayout>
      <Form onSubmit={submit}>
        <Title order={1} size="h2">
          {t('login.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('login.intro')}
        </Text>
        {setup.data?.needed && (
          <Alert color="yellow" variant="light" title={t('login.setupNeededTitle')}>
            {t('login.setupNeeded')}
          </Alert>
        )}
        <ErrorAlert error={login.error} />
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          data-autofocus
          autoFocus
        />
        <PasswordField
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('login.forgot')}
        </Text>
      </Form>
    </PublicLayout>
  );
}
