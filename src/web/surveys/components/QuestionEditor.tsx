import { ActionIcon, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, client, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { refreshSurveys, surveyParams } from '../api.ts';
import { questionDefaults } from '../../../modules/surveys/logic/question.ts';
import type { Question, QuestionKind, SurveyDetail, Texts } from '../../../modules/surveys/schema.ts';
import { cleanTexts, type Lang3 } from '../texts.ts';

const KINDS: QuestionKind[] = ['likert5', 'likert7', 'nps', 'single', 'multiple', 'open'];

/** A question being edited: the stored one without its id and place, `key` for React. */
type Draft = Omit<Question, 'id' | 'position'> & { key: number };

let keys = 0;
const fromQuestion = ({ id: _id, position: _position, ...q }: Question): Draft => ({ ...q, key: ++keys });
const isChoice = (k: QuestionKind) => k === 'single' || k === 'multiple';

/** Options per language as lines; line i of every language is option i. */
function optionsText(options: Texts[], lang: Lang3) {
  return options.map((o) => o[lang] ?? '').join('\n');
}
function withOptionLines(options: Texts[], lang: Lang3, text: string): Texts[] {
  const lines = text.split('\n');
  const n = Math.max(lines.length, lang === 'nl' ? 0 : options.length);
  return Array.from({ length: lang === 'nl' ? lines.length : n }, (_, i) => ({
    ...(options[i] ?? {}),
    [lang]: lines[i] ?? '',
  }));
}

/** The question editor of a draft: every question's kind, texts per language, options, flags; saved as a whole. */
export function QuestionEditor({ orgId, survey }: { orgId: string; survey: SurveyDetail }) {
  const { t } = useTranslation();
  const languages = survey.languages as Lang3[];
  const form = useAppForm({ initialValues: { questions: survey.questionList.map(fromQuestion) } });
  const drafts = form.values.questions;
  const change = (i: number, patch: Partial<Draft>) => {
    form.setFieldValue('questions', (d) => d.map((x, j) => (j === i ? { ...x, ...patch } : x)));
    // A changed question drops the server's errors about it.
    form.setErrors(Object.fromEntries(Object.entries(form.errors).filter(([k]) => !k.startsWith(`questions.${i}.`))));
  };
  const move = (i: number, by: number) => form.reorderListItem('questions', { from: i, to: i + by });
  /** The server's message for a field of question i (`questions.3.options`), shown on that field. */
  const errorOf = (i: number, field: string) => form.errors[`questions.${i}.${field}`];
  const save = useMutation({
    mutationFn: () =>
      call(
        client.PUT('/orgs/{orgId}/surveys/{surveyId}/questions', {
          params: surveyParams(orgId, survey.id),
          body: {
            questions: drafts.map((d) => ({
              kind: d.kind,
              text: cleanTexts(d.text),
              section: cleanTexts(d.section),
              required: d.required,
              breakdown: d.breakdown && d.kind === 'single',
              options: isChoice(d.kind) ? d.options.filter((o) => o.nl?.trim()).map(cleanTexts) : [],
              dimension: d.dimension,
              item: d.item,
              aspect: d.aspect,
            })),
          },
        }),
      ),
    onSuccess: async () => {
      form.resetDirty();
      await refreshSurveys(orgId);
    },
    // The server names fields as the form does (`questions.3.options`): each error lands on its field.
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  const saved = save.isSuccess && !form.isDirty();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('surveys.editor.count', { count: drafts.length })}
      </Text>
      {drafts.map((d, i) => {
        const n = i + 1;
        return (
          <Paper
            key={d.key}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-label={t('surveys.editor.question', { n })}
          >
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={700}>{t('surveys.editor.question', { n })}</Text>
                <Group gap={4}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('surveys.editor.up', { n })}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('surveys.editor.down', { n })}
                    disabled={i === drafts.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('surveys.editor.remove', { n })}
                    onClick={() => form.removeListItem('questions', i)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Group>
              <Select
                label={t('surveys.editor.kind', { n })}
                value={d.kind}
                allowDeselect={false}
                onChange={(v) => v && change(i, { kind: v as QuestionKind })}
                data={KINDS.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
                maw={360}
              />
              <SimpleGrid cols={{ base: 1, md: languages.length }}>
                {languages.map((l) => (
                  <GrowingTextarea
                    key={l}
                    minRows={1}
                    label={t('surveys.editor.textIn', { n, lang: l.toUpperCase() })}
                    required={l === 'nl'}
                    value={d.text[l] ?? ''}
                    error={l === 'nl' ? errorOf(i, 'text.nl') : undefined}
                    onChange={(e) => change(i, { text: { ...d.text, [l]: e.currentTarget.value } })}
                  />
                ))}
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: languages.length }}>
                {languages.map((l) => (
                  <TextInput
                    key={l}
                    label={t('surveys.editor.sectionIn', { n, lang: l.toUpperCase() })}
                    value={d.section[l] ?? ''}
                    size="xs"
                    onChange={(e) => change(i, { section: { ...d.section, [l]: e.currentTarget.value } })}
                  />
                ))}
              </SimpleGrid>
              {isChoice(d.kind) && (
                <SimpleGrid cols={{ base: 1, md: languages.length }}>
                  {languages.map((l) => (
                    <GrowingTextarea
                      key={l}
                      label={t('surveys.editor.optionsIn', { n, lang: l.toUpperCase() })}
                      value={optionsText(d.options, l)}
                      error={l === 'nl' ? errorOf(i, 'options') : undefined}
                      onChange={(e) => change(i, { options: withOptionLines(d.options, l, e.currentTarget.value) })}
                    />
                  ))}
                </SimpleGrid>
              )}
              <Group>
                <Checkbox
                  label={t('surveys.editor.required')}
                  checked={d.required}
                  onChange={(e) => change(i, { required: e.currentTarget.checked })}
                />
                {d.kind === 'single' && (
                  <Checkbox
                    label={t('surveys.editor.breakdown')}
                    checked={d.breakdown}
                    onChange={(e) => change(i, { breakdown: e.currentTarget.checked })}
                  />
                )}
              </Group>
            </Stack>
          </Paper>
        );
      })}
      {save.error && <ErrorAlert error={save.error} />}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            form.insertListItem('questions', {
              ...questionDefaults(),
              key: ++keys,
              kind: 'likert5',
              text: { nl: '' },
              section: drafts.at(-1)?.section ?? {},
            } satisfies Draft)
          }
        >
          {t('surveys.editor.add')}
        </Button>
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('surveys.editor.save')}
        </Button>
        {saved && (
          <Text size="sm" c="teal" aria-live="polite">
            {t('surveys.editor.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
