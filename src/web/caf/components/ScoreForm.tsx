import { Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINE_LABELS, FINE_PARTS, type Subcriterion } from '../../../modules/caf/model.ts';
import { bandOf, fineScore } from '../../../modules/caf/logic.ts';
import { call, client, fieldErrors } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Form } from '../../components/Form.tsx';
import { GrowingTextarea } from '../../components/GrowingTextarea.tsx';
import { useAppForm } from '../../components/useAppForm.ts';
import { currentLocale } from '../../i18n.ts';
import type { ScoreEntry } from '../../../modules/caf/schema.ts';
import type { Fine, Scoring } from '../../../modules/caf/logic.ts';
import { subParams } from '../api.ts';
import { ScoreField } from './ScoreField.tsx';

export type ScoreBody = Omit<ScoreEntry, 'subcriterion'>;

/**
 * One subcriterion's score and texts, as an assessor or as the consensus: classical (one score) or
 * fine-tuned (P, D, C, A or trends and targets, whose rounded mean is the score). Saved with the
 * button; `consensus` lets the agreed score be given directly in fine-tuned scoring too.
 */
export function ScoreForm({
  sub,
  scoring,
  initial,
  orgId,
  assessmentId,
  readOnly,
  onSaved,
  consensus = false,
  extra,
  prefill,
}: {
  sub: Subcriterion;
  scoring: Scoring;
  initial: ScoreBody;
  orgId: string;
  assessmentId: string;
  readOnly: boolean;
  onSaved: () => void;
  consensus?: boolean;
  /** Shown between the description and the form (the assessors' scores in the consensus round). */
  extra?: React.ReactNode;
  /** Texts to take over into the form (the assessors' texts). */
  prefill?: { evidence: string; strengths: string; improvements: string };
}) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const form = useAppForm({
    initialValues: {
      score: initial.score,
      fine: (initial.fine ?? {}) as Fine,
      evidence: initial.evidence,
      strengths: initial.strengths,
      improvements: initial.improvements,
    },
  });
  const { score, fine, ...texts } = form.values;
  const dirty = form.isDirty();
  const [saved, setSaved] = useState(false);
  const parts = FINE_PARTS[sub.kind];
  const fineTuned = scoring === 'finetuned';
  const computed = fineTuned ? fineScore(sub.kind, fine) : null;
  const save = useMutation({
    mutationFn: () => {
      const params = subParams(orgId, assessmentId, sub.code);
      const body = {
        ...(fineTuned ? { fine, ...(consensus ? { score: score ?? computed } : {}) } : { score }),
        ...texts,
      };
      return call(
        consensus
          ? client.PUT('/orgs/{orgId}/caf/assessments/{assessmentId}/consensus/{subcriterion}', { params, body })
          : client.PUT('/orgs/{orgId}/caf/assessments/{assessmentId}/scores/{subcriterion}', { params, body }),
      );
    },
    onSuccess: () => {
      form.resetDirty();
      setSaved(true);
      onSaved();
    },
    onError: (error) => form.showServerErrors(fieldErrors(error)),
  });
  const errors = form.errors;
  const shown = fineTuned && !consensus ? computed : score;
  const title = `${sub.code} ${sub.title[lang]}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Form onSubmit={form.onSubmit(() => save.mutate())} gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {sub.description[lang]}
        </Text>
        {extra}
        {fineTuned && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {parts.map((p) => (
              <ScoreField
                key={p}
                kind={sub.kind}
                showBand={false}
                label={FINE_LABELS[p][lang]}
                name={`${FINE_LABELS[p][lang]} ${sub.code}`}
                value={fine[p] ?? null}
                disabled={readOnly}
                onChange={(v) => {
                  const next = { ...form.values.fine };
                  if (v === null) delete next[p];
                  else next[p] = v;
                  form.setFieldValue('fine', next);
                }}
              />
            ))}
          </SimpleGrid>
        )}
        {fineTuned && !consensus ? (
          <Text size="sm" aria-live="polite">
            {computed === null ? (
              t('caf.score.fineIncomplete')
            ) : (
              <>
                <strong>{t('caf.score.fineScore', { score: computed })}</strong> —{' '}
                {bandOf(computed, sub.kind).band.short[lang]}: {bandOf(computed, sub.kind).band.text[lang]}
              </>
            )}
          </Text>
        ) : (
          <ScoreField
            kind={sub.kind}
            label={consensus ? t('caf.consensus.agreed') : t('caf.score.score')}
            name={`${consensus ? t('caf.consensus.agreed') : t('caf.score.score')} ${sub.code}`}
            value={consensus && fineTuned && score === null ? computed : shown}
            onChange={(v) => form.setFieldValue('score', v)}
            disabled={readOnly}
          />
        )}
        {errors.score && (
          <Text c="red" size="sm">
            {errors.score}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          {(['evidence', 'strengths', 'improvements'] as const).map((k) => (
            <GrowingTextarea
              key={k}
              label={t(`caf.score.${k}`)}
              aria-label={`${t(`caf.score.${k}`)} ${sub.code}`}
              minRows={3}
              maxRows={10}
              readOnly={readOnly}
              {...form.getInputProps(k)}
            />
          ))}
        </SimpleGrid>
        <ErrorAlert error={save.error} />
        {!readOnly && (
          <Group gap="sm">
            <Button
              type="submit"
              loading={save.isPending}
              aria-label={t('caf.score.saveNamed', { code: sub.code })}
              variant={dirty ? 'filled' : 'default'}
            >
              {t('common.save')}
            </Button>
            {prefill && (
              <Button
                variant="subtle"
                onClick={() =>
                  form.setValues({
                    evidence: texts.evidence || prefill.evidence,
                    strengths: texts.strengths || prefill.strengths,
                    improvements: texts.improvements || prefill.improvements,
                  })
                }
              >
                {t('caf.consensus.takeTexts')}
              </Button>
            )}
            <Text size="sm" c={dirty ? 'orange' : 'dimmed'} role="status">
              {dirty ? t('caf.score.unsaved') : saved ? t('caf.score.saved') : ''}
            </Text>
          </Group>
        )}
      </Form>
    </Paper>
  );
}
