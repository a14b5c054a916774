import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { refreshSurveys, surveyParams } from '../api.ts';
import type { SurveyDetail, Texts } from '../../../modules/surveys/schema.ts';
import { cleanTexts as clean, type Lang3 } from '../texts.ts';

const ALL: Lang3[] = ['nl', 'en', 'fr'];

/** Title, introduction and languages of a draft. */
export function SettingsEditor({ orgId, survey }: { orgId: string; survey: SurveyDetail }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState<Texts>(survey.title);
  const [intro, setIntro] = useState<Texts>(survey.intro);
  const [languages, setLanguages] = useState<string[]>(survey.languages);
  const save = useMutation({
    mutationFn: () =>
      call(
        client.PATCH('/orgs/{orgId}/surveys/{surveyId}', {
          params: surveyParams(orgId, survey.id),
          body: { title: clean(title), intro: clean(intro), languages: ALL.filter((l) => languages.includes(l)) },
        }),
      ),
    onSuccess: () => refreshSurveys(orgId),
  });
  const shown = ALL.filter((l) => languages.includes(l));
  return (
    <Form onSubmit={() => save.mutate()} gap="sm">
      <Checkbox.Group
        label={t('surveys.editor.languages')}
        description={t('surveys.editor.languagesHelp')}
        value={languages}
        onChange={(v) => setLanguages(v.includes('nl') ? v : ['nl', ...v])}
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
              value={title[l] ?? ''}
              required={l === 'nl'}
              onChange={(e) => setTitle({ ...title, [l]: e.currentTarget.value })}
            />
            <Textarea
              label={t('surveys.editor.introIn', { lang: l.toUpperCase() })}
              value={intro[l] ?? ''}
              autosize
              minRows={2}
              onChange={(e) => setIntro({ ...intro, [l]: e.currentTarget.value })}
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
