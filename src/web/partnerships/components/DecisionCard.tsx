import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/calendar.ts';
import { DECISIONS, type Decision } from '../../../modules/partnerships/logic/model.ts';
import type { AssessmentDetail } from '../../../modules/partnerships/schema.ts';
import { DateField } from '../../components/DateField.tsx';
import { FormCard } from '../../components/FormCard.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { Section } from '../../components/Section.tsx';
import { useAppForm, useFormSave } from '../../components/useAppForm.ts';
import { required } from '../../components/validation.ts';
import { formatDate } from '../../format.ts';
import { partnershipCalls, refreshPartnerships } from '../api.ts';

/** The decision: what was decided, on which conditions, by whom and when, and the review date; the direction records it. */
export function DecisionCard({
  orgId,
  assessment,
  canDecide,
}: {
  orgId: string;
  assessment: AssessmentDetail;
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  const a = assessment;
  const form = useAppForm({
    initialValues: {
      decision: a.decision ?? '',
      conditions: a.conditions,
      decidedOn: a.decidedOn ?? today(),
      reviewOn: a.reviewOn ?? '',
    },
    validate: { decision: (v) => required(t, v), decidedOn: (v) => required(t, v) },
  });
  const save = useFormSave(
    form,
    (v) =>
      partnershipCalls.decide(orgId, a.id, {
        decision: v.decision as Decision,
        conditions: v.conditions,
        decidedOn: v.decidedOn,
        reviewOn: v.reviewOn || null,
      }),
    () => refreshPartnerships(orgId),
  );
  const summary = a.decision ? (
    <Stack gap={4}>
      <Text fw={700}>{t(`partnerships.decision.${a.decision}`)}</Text>
      <Text size="sm">
        {t('partnerships.decide.decidedOn')}: {a.decidedOn ? formatDate(a.decidedOn) : '—'} ·{' '}
        {t('partnerships.decide.decidedBy')}: {a.decidedBy?.name ?? '—'} · {t('partnerships.decide.reviewOn')}:{' '}
        {a.reviewOn ? formatDate(a.reviewOn) : '—'}
      </Text>
      {a.conditions && (
        <Text size="sm">
          {t('partnerships.decide.conditions')}: {a.conditions}
        </Text>
      )}
    </Stack>
  ) : (
    <Text c="dimmed">{t('partnerships.decide.none')}</Text>
  );
  if (!canDecide)
    return (
      <Section title={t('partnerships.decide.title')}>
        {summary}
        {!a.decision && (
          <Text size="sm" c="dimmed">
            {t('partnerships.decide.onlyDirector')}
          </Text>
        )}
      </Section>
    );
  return (
    <FormCard
      title={t('partnerships.decide.title')}
      notices={summary}
      onSubmit={form.onSubmit(() => save.mutate(form.getValues()))}
      error={save.error}
      pending={save.isPending}
      submitLabel={a.decision ? t('partnerships.decide.change') : t('partnerships.decide.submit')}
    >
      <Select
        label={t('partnerships.decide.decision')}
        required
        data={DECISIONS.map((d) => ({ value: d, label: t(`partnerships.decision.${d}`) }))}
        {...form.getInputProps('decision')}
      />
      <GrowingTextarea label={t('partnerships.decide.conditions')} {...form.getInputProps('conditions')} />
      <DateField label={t('partnerships.decide.decidedOn')} required {...form.getInputProps('decidedOn')} />
      <DateField label={t('partnerships.decide.reviewOn')} {...form.getInputProps('reviewOn')} />
    </FormCard>
  );
}
