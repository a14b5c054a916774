import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../format.ts';
import { myScoresQuery, refreshCaf, roundParams } from '../api.ts';
import { RoundFrame, type RoundBodyProps } from '../components/RoundFrame.tsx';
import { StatusBadge } from '../components/CafFrame.tsx';
import { CriterionTabs } from '../components/CriterionTabs.tsx';
import { ScoreForm } from '../components/ScoreForm.tsx';
import type { MyScores } from '../../../modules/caf/schema.ts';

function Scoring({ ctx, data: mine }: RoundBodyProps<MyScores>) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const a = mine.assessment;
  const readOnly = a.status !== 'scoring' || Boolean(mine.submittedAt);
  const byCode = new Map(mine.scores.map((s) => [s.subcriterion, s]));
  const submit = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/caf/assessments/{assessmentId}/submit', { params: roundParams(ctx.orgId, a.id) }),
      ),
    onSuccess: async () => {
      setConfirming(false);
      await refreshCaf(ctx.orgId);
    },
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm">
          <StatusBadge status={a.status} />
          <Text fw={500}>{t(`caf.scoring.${a.scoring}`)}</Text>
        </Group>
        <Stack gap={4} style={{ minWidth: 260 }}>
          <Text size="sm" fw={500} id="caf-progress">
            {t('caf.score.progress', { scored: mine.scored, total: mine.total })}
          </Text>
          {/* The name belongs on the section: it is the element with role="progressbar". */}
          <Progress.Root>
            <Progress.Section value={(100 * mine.scored) / mine.total} aria-labelledby="caf-progress" />
          </Progress.Root>
        </Stack>
      </Group>
      {mine.submittedAt ? (
        <Alert color="teal" variant="light">
          {t('caf.score.submittedAt', { at: formatDateTime(mine.submittedAt) })}
        </Alert>
      ) : a.status !== 'scoring' ? (
        <Alert color="gray" variant="light">
          {t('caf.score.closed')}
        </Alert>
      ) : (
        <Alert color="blue" variant="light">
          {t('caf.score.intro')}
        </Alert>
      )}
      <CriterionTabs
        label={t('caf.score.criteria')}
        done={(c) => c.subcriteria.filter((s) => byCode.get(s.code)?.score !== null).length}
      >
        {(c) => (
          <Stack gap="md">
            {c.subcriteria.map((s) => (
              <ScoreForm
                key={s.code}
                sub={s}
                scoring={a.scoring}
                initial={byCode.get(s.code)!}
                orgId={ctx.orgId}
                assessmentId={a.id}
                readOnly={readOnly}
                onSaved={() => void refreshCaf(ctx.orgId)}
              />
            ))}
          </Stack>
        )}
      </CriterionTabs>
      {!readOnly && (
        <Group>
          <Button onClick={() => setConfirming(true)} color="teal">
            {t('caf.score.submit')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('caf.score.submitHelp')}
          </Text>
        </Group>
      )}
      <ErrorAlert error={!confirming ? submit.error : null} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('caf.score.submitTitle')}>
        <Stack>
          <Text>{t('caf.score.submitConfirm', { scored: mine.scored, total: mine.total })}</Text>
          <ErrorAlert error={submit.error} />
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="teal" onClick={() => submit.mutate()} loading={submit.isPending}>
              {t('caf.score.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** /o/:orgId/caf/:assessmentId/score — an assessor scores the 28 subcriteria on his own, then submits. */
export function ScoringPage() {
  return <RoundFrame query={myScoresQuery} title="caf.score.title" needs={['caf.score']} body={Scoring} />;
}
