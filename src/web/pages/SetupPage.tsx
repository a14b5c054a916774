import { Fieldset, Select, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Organisation } from '../../modules/orgs/schema.ts';
import { normalizeKbo } from '../../modules/orgs/logic.ts';
import { call, client, fieldErrors } from '../api.ts';
import { orgTypeOptions } from '../components/labels.ts';
import { NewPasswordFields, newPasswordRules } from '../components/NewPasswordFields.tsx';
import { PublicFormPage } from '../components/PublicFormPage.tsx';
import { useAppForm } from '../components/useAppForm.ts';
import { email, optionalKbo, required } from '../components/validation.ts';
import { currentLocale } from '../i18n.ts';
import { homePath, setSession } from '../session.ts';

/** First start: the one-time setup link creates the first administrator and organisation. */
export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useAppForm({
    initialValues: { name: '', email: '', password: '', passwordRepeat: '', orgName: '', kbo: '', type: '' },
    validate: {
      name: (v) => required(t, v),
      email: (v) => email(t, v),
      ...newPasswordRules(t, 'password', 'passwordRepeat'),
      orgName: (v) => required(t, v),
      kbo: (v) => optionalKbo(t, v),
      type: (v) => required(t, v),
    },
  });
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

  return (
    <PublicFormPage
      width={560}
      title={t('setup.title')}
      intro={t('setup.intro')}
      blocked={!token && t('setup.noToken')}
      error={setup.error}
      pending={setup.isPending}
      submitLabel={t('setup.submit')}
      onSubmit={form.onSubmit(() => setup.mutate())}
    >
      <Fieldset legend={t('setup.admin')}>
        <Stack gap="sm">
          <TextInput label={t('setup.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label={t('setup.email')}
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <NewPasswordFields
            form={form}
            password="password"
            repeat="passwordRepeat"
            labels={{ password: t('setup.password'), repeat: t('setup.passwordRepeat'), hint: t('setup.passwordHint') }}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('setup.org')}>
        <Stack gap="sm">
          <TextInput
            label={t('setup.orgName')}
            autoComplete="organization"
            required
            {...form.getInputProps('orgName')}
          />
          <TextInput
            label={t('setup.kbo')}
            description={t('setup.kboHint')}
            inputMode="numeric"
            {...form.getInputProps('kbo')}
          />
          <Select
            label={t('setup.type')}
            required
            data={orgTypeOptions(currentLocale())}
            {...form.getInputProps('type')}
            value={values.type || null}
            onChange={(value) => form.setFieldValue('type', value ?? '')}
            allowDeselect={false}
            searchable
          />
        </Stack>
      </Fieldset>
    </PublicFormPage>
  );
}
