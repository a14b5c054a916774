import { Alert, Select, TextInput, Title, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKbo, normalizeKbo } from '../../modules/orgs/logic.ts';
import type { Organisation } from '../../modules/orgs/schema.ts';
import { fieldErrors, queryClient, SESSION_KEY, call, client } from '../api.ts';
import { useOrg } from '../components/context.ts';
import { FormCard } from '../components/FormCard.tsx';
import { languageLabel, orgTypeOptions } from '../components/labels.ts';
import { MessagePage } from '../components/MessagePage.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useAppForm } from '../components/useAppForm.ts';
import { usePageTitle } from '../components/usePageTitle.ts';
import { optionalKbo, required } from '../components/validation.ts';
import { monthName } from '../format.ts';
import { LOCALES, currentLocale } from '../i18n.ts';
import { orgKey, orgQuery } from '../queries.ts';
import { allows } from '../session.ts';
import { PageHelp } from '../guide/PageHelp.tsx';

function valuesOf(org: Organisation) {
  return {
    name: org.name,
    kbo: org.kbo ? formatKbo(org.kbo) : '',
    type: org.type,
    fiscalYearStartMonth: String(org.fiscalYearStartMonth),
    language: org.language as string,
  };
}

/** Name, KBO, type, financial year and language of the organisation; editable with `org.update`. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { membership } = useOrg();
  usePageTitle(`${t('settings.title')} – ${membership.orgName}`);
  const orgId = membership.orgId;
  const editable = allows(membership, 'org.update');
  const org = useQuery({ ...orgQuery(orgId), enabled: allows(membership, 'org.read') });
  const form = useAppForm({
    initialValues: { name: '', kbo: '', type: '', fiscalYearStartMonth: '1', language: 'nl' },
    validate: { name: (v) => required(t, v), kbo: (v) => optionalKbo(t, v), type: (v) => required(t, v) },
    validateOnBlur: ['kbo'],
  });
  const { values, setValues } = form;

  // The form shows the organisation once it has arrived (and again after a save).
  // biome-ignore lint/correctness/useExhaustiveDependencies: setValues is a new function on every render
  useEffect(() => {
    if (org.data) setValues(valuesOf(org.data));
  }, [org.data]);

  const save = useMutation({
    mutationFn: () =>
      call(
        client.PATCH('/orgs/{orgId}', {
          params: { path: { orgId } },
          body: {
            name: values.name.trim(),
            kbo: values.kbo.trim() ? normalizeKbo(values.kbo) : null,
            type: values.type as Organisation['type'],
            fiscalYearStartMonth: Number(values.fiscalYearStartMonth),
            language: values.language as Organisation['language'],
          },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(orgKey(orgId), updated);
      setValues(valuesOf(updated)); // also when the answer equals the cache (KBO typed differently)
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      notifications.show({ color: 'teal', message: t('settings.saved') });
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });

  if (!allows(membership, 'org.read')) return <MessagePage title={t('forbidden.title')} text={t('forbidden.text')} />;

  const submit = form.onSubmit(() => save.mutate());
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1) }));
  const languages = LOCALES.map((code) => ({ value: code, label: languageLabel(t, code) }));

  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('settings.title')}</Title>
      <PageHelp title={t('settings.title')} />
      {!org.data ? (
        <QueryState error={org.error} />
      ) : (
        <FormCard
          onSubmit={submit}
          notices={
            !editable && (
              <Alert color="blue" variant="light">
                {t('settings.readOnly')}
              </Alert>
            )
          }
          error={save.error}
          pending={save.isPending}
          submitLabel={editable ? t('common.save') : undefined}
        >
          <TextInput label={t('settings.name')} required readOnly={!editable} {...form.getInputProps('name')} />
          <TextInput
            label={t('settings.kbo')}
            description={t('settings.kboHint')}
            inputMode="numeric"
            readOnly={!editable}
            {...form.getInputProps('kbo')}
          />
          <Select
            label={t('settings.type')}
            required
            readOnly={!editable}
            data={orgTypeOptions(currentLocale())}
            {...form.getInputProps('type')}
            value={values.type || null}
            onChange={(value) => form.setFieldValue('type', value ?? '')}
            allowDeselect={false}
            searchable={editable}
          />
          <Select
            label={t('settings.fiscalYearStart')}
            readOnly={!editable}
            data={months}
            {...form.getInputProps('fiscalYearStartMonth')}
            allowDeselect={false}
          />
          <Select
            label={t('settings.language')}
            readOnly={!editable}
            data={languages}
            {...form.getInputProps('language')}
            allowDeselect={false}
          />
        </FormCard>
      )}
    </Stack>
  );
}
