import { Alert, Button, Fieldset, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Organisation } from '../../modules/orgs/schema.ts';
import { normalizeKbo } from '../../modules/orgs/logic.ts';
import { fieldErrors, call, client } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Form } from '../components/Form.tsx';
import { orgTypeOptions } from '../components/labels.ts';
import { PasswordField } from '../components/PasswordField.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';
import { useFormFields } from '../components/useFormFields.ts';
import { usePageTitle } from '../components/usePageTitle.ts';
import { email, newPassword, optionalKbo, repeated, required } from '../components/validation.ts';
import { currentLocale } from '../i18n.ts';
import { homePath, setSession } from '../session.ts';

/** First start: the one-time setup link creates the first administrator and organisation. */
export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useFormFields({ name: '', email: '', password: '', passwordRepeat: '', orgName: '', kbo: '', type: '' });
  const { values } = form;

  const setup = useMutation({
    mutationFn: () =>
      call(
        client.POST('/setup', {
          body: {
            token,
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            organisation: {
              name: values.orgName.trim(),
              type: values.type as Organisation['type'],
              ...(values.kbo.trim() ? { kbo: normalizeKbo(values.kbo) } : {}),
              language: currentLocale(),
            },
          },
        }),
      ),
    onSuccess: (session) => {
      setSession(session);
      void navigate(homePath(session), { replace: true });
    },
    onError: (error) =>
      form.showServerErrors(fieldErrors(error), {
        'organisation.name': 'orgName',
        'organisation.kbo': 'kbo',
        'organisation.type': 'type',
      }),
  });

  const submit = () => {
    const ok = form.check({
      name: required(t, values.name),
      email: email(t, values.email),
      password: newPassword(t, values.password),
      passwordRepeat: repeated(t, values.passwordRepeat, values.password),
      orgName: required(t, values.orgName),
      kbo: optionalKbo(t, values.kbo),
      type: required(t, values.type),
    });
    if (ok) setup.mutate();
  };

  return (
    <PublicLayout width={560}>
      <Form onSubmit={submit}>
        <Title order={1} size="h2">
          {t('setup.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('setup.intro')}
        </Text>
        {!token && (
          <Alert color="red" variant="light" role="alert">
            {t('setup.noToken')}
          </Alert>
        )}
        <ErrorAlert error={setup.error} />
        <Fieldset legend={t('setup.admin')}>
          <Stack gap="sm">
            <TextInput label={t('setup.name')} autoComplete="name" required {...form.input('name')} />
            <TextInput label={t('setup.email')} type="email" autoComplete="email" required {...form.input('email')} />
            <PasswordField
              label={t('setup.password')}
              description={t('setup.passwordHint')}
              autoComplete="new-password"
              required
              {...form.input('password')}
            />
            <PasswordField
              label={t('setup.passwordRepeat')}
              autoComplete="new-password"
              required
              {...form.input('passwordRepeat')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('setup.org')}>
          <Stack gap="sm">
            <TextInput label={t('setup.orgName')} autoComplete="organization" required {...form.input('orgName')} />
            <TextInput
              label={t('setup.kbo')}
              description={t('setup.kboHint')}
              inputMode="numeric"
              {...form.input('kbo')}
            />
            <Select
              label={t('setup.type')}
              required
              data={orgTypeOptions(currentLocale())}
              value={values.type || null}
              onChange={(value) => form.set('type', value ?? '')}
              error={form.errors.type}
              allowDeselect={false}
              searchable
            />
          </Stack>
        </Fieldset>
        <Button type="submit" loading={setup.isPending} disabled={!token}>
          {t('setup.submit')}
        </Button>
      </Form>
    </PublicLayout>
  );
}
