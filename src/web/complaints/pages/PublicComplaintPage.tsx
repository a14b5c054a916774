import { Alert, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import createClient from 'openapi-fetch';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { paths } from '../../../lib/api-paths.ts';
import { call, fieldErrors } from '../../api.ts';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { PublicFormPage } from '../../components/PublicFormPage.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';

/** Without cookies: the link is the only key, and nothing ties a report to a session. */
const anonymousClient = createClient<paths>({ baseUrl: '/api', credentials: 'omit' });

/** /klacht/:token — the anonymous complaint form: no login, asks nothing that identifies the writer. */
export function PublicComplaintPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const path = { params: { path: { token } }, headers: { 'Accept-Language': i18n.language } };
  const organisation = useQuery({
    queryKey: ['public-complaint', token],
    queryFn: () => call(anonymousClient.GET('/klacht/{token}', path)),
    retry: false,
  });
  const form = useAppForm({
    initialValues: { about: '', description: '', website: '' },
    validate: { description: (v) => required(t, v) },
  });
  const send = useMutation({
    mutationFn: () =>
      call(
        anonymousClient.POST('/klacht/{token}', {
          ...path,
          body: { ...form.getValues(), language: i18n.language.startsWith('en') ? 'en' : 'nl' },
        }),
      ),
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  return (
    <PublicFormPage
      title={t('complaints.public.title')}
      intro={
        <>
          {organisation.data && (
            <Text fw={500} mb="xs">
              {t('complaints.public.organisation', { name: organisation.data.organisation })}
            </Text>
          )}
          {t('complaints.public.intro')}
        </>
      }
      blocked={organisation.isError && t('complaints.public.unknown')}
      error={send.error}
      pending={send.isPending}
      submitLabel={t('complaints.public.submit')}
      onSubmit={form.onSubmit(() => send.mutate())}
      done={
        send.isSuccess && (
          <Alert color="teal" variant="light" role="status">
            {t('complaints.public.done')}
          </Alert>
        )
      }
      width={560}
    >
      <TextInput label={t('complaints.public.about')} maxLength={200} {...form.getInputProps('about')} />
      <GrowingTextarea
        label={t('complaints.public.description')}
        required
        minRows={5}
        maxLength={5000}
        {...form.getInputProps('description')}
      />
      <div style={{ display: 'none' }}>
        <TextInput
          label={t('complaints.public.website')}
          tabIndex={-1}
          autoComplete="off"
          {...form.getInputProps('website')}
        />
      </div>
    </PublicFormPage>
  );
}
