import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { refreshSurveys, surveyParams } from '../api.ts';
import type { SurveyDetail, Texts } from '../../../modules/surveys/schema.ts';
import { cleanTexts as clean, type Lang3 } from '../texts.ts';

const ALL: Lang3[] = ['nl', 'en', 'fr'];

/** Title, introduction and languages of a draft. */
export function SettingsEditor({ orgId, survey }: { orgId: string; survey: SurveyDetail }) {
  const { t } = useTranslation();
  const form = useAppForm({
    initialValues: {
      title: survey.title as Texts,
      intro: survey.intro as Texts,
      languages: survey.languages as string[],
    },
  });
  const { title, intro, languages } = form.values;
  const save = useMutation({
    mutationFn: () =>
      call(
        client.PATCH('/orgs/{orgId}/surveys/{surveyId}', {
          params: surveyParams(orgId, survey.id),
          body: { title: clean(title), intro: clean(intro), languages: ALL.filter((l) => languages.includes(l)) },
        }),
      ),
    onSuccess: () => refreshSurveys(orgId),
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  const shown = ALL.filter((l) => languages.includes(l));
  return (
    <Form onSubmit={form.onSubmit(() => save.mutate())} gap="sm">
      <Checkbox.Group
        label={t('surveys.editor.languages')}
        description={t('surveys.editor.languagesHelp')}
        value={languages}
        onChange={(v) => form.setFieldValue('languages', v.includes('nl') ? v : ['nl', ...v])}
      >
        <Group mt="xs">
          {ALL.map((l) => (
            <Checkbox key={l} value={l} label={l.toUpperCase()} disabled={l === 'nl'} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, md: shown.length }}>
        {shown.map((l) => (
          <Stack key={l} gap="xs">
            <TextInput
              label={t('surveys.editor.titleIn', { lang: l.toUpperCase() })}
              required={l === 'nl'}
              {...form.getInputProps(`title.${l}`)}
              value={title[l] ?? ''}
            />
            <GrowingTextarea
              label={t('surveys.editor.introIn', { lang: l.toUpperCase() })}
              {...form.getInputProps(`intro.${l}`)}
              value={intro[l] ?? ''}
            />
          </Stack>
        ))}
      </SimpleGrid>
      {save.error && <ErrorAlert error={save.error} />}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('surveys.editor.saveSettings')}
        </Button>
        {save.isSuccess && (
          <Text size="sm" c="teal" aria-live="polite">
            {t('surveys.editor.saved')}
          </Text>
        )}
      </Group>
    </Form>
  );
}
