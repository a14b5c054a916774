import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { consensusQuery, refreshCaf, roundParams } from '../api.ts';
import { AssessorScores, joinedTexts } from '../components/AssessorScores.tsx';
import { RoundFrame, type RoundBodyProps } from '../components/RoundFrame.tsx';
import { StatusBadge } from '../components/CafFrame.tsx';
import { CriterionTabs } from '../components/CriterionTabs.tsx';
import { ScoreForm } from '../components/ScoreForm.tsx';
import type { ConsensusView } from '../../../modules/caf/schema.ts';

const EMPTY = { score: null, fine: null, evidence: '', strengths: '', improvements: '' };

function Consensus({ ctx, data: view }: RoundBodyProps<ConsensusView>) {
  const { t } = useTranslation();
  const a = view.assessment;
  const manage = ctx.can('performance.manage') && a.status === 'consensus';
  const byCode = new Map(view.subcriteria.map((s) => [s.code, s]));
  const agreed = view.subcriteria.filter((s) => s.consensus).length;
  const discuss = view.subcriteria.filter((s) => s.spread?.discuss).length;
  const finish = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/caf/assessments/{assessmentId}/finish', {
          params: roundParams(ctx.orgId, a.id),
          body: {},
        }),
      ),
    onSuccess: () => refreshCaf(ctx.orgId),
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm">
          <StatusBadge status={a.status} />
          <Text>{t('caf.consensus.discussCount', { count: discuss })}</Text>
        </Group>
        <Stack gap={4} style={{ minWidth: 260 }}>
          <Text size="sm" fw={500} id="caf-agreed">
            {t('caf.consensus.progress', { agreed, total: view.subcriteria.length })}
          </Text>
          {/* The name belongs on the section: it is the element with role="progressbar". */}
          <Progress.Root>
            <Progress.Section
              value={(100 * agreed) / view.subcriteria.length}
              color="orange"
              aria-labelledby="caf-agreed"
            />
          </Progress.Root>
        </Stack>
      </Group>
      <Alert color={a.status === 'finished' ? 'teal' : 'orange'} variant="light">
        {a.status === 'finished' ? (
          <>
            {t('caf.consensus.finished')} <Link to={ctx.href(`${a.id}/results`)}>{t('caf.round.toResults')}</Link>
          </>
        ) : (
          t('caf.consensus.intro')
        )}
      </Alert>
      <CriterionTabs
        label={t('caf.score.criteria')}
        done={(c) => c.subcriteria.filter((s) => byCode.get(s.code)?.consensus).length}
      >
        {(c) => (
          <Stack gap="md">
            {c.subcriteria.map((s) => {
              const item = byCode.get(s.code)!;
              return (
                <ScoreForm
                  key={s.code}
                  sub={s}
                  scoring={a.scoring}
                  consensus
                  initial={item.consensus ?? EMPTY}
                  orgId={ctx.orgId}
                  assessmentId={a.id}
                  readOnly={!manage}
                  onSaved={() => void refreshCaf(ctx.orgId)}
                  extra={<AssessorScores item={item} kind={s.kind} />}
                  prefill={manage ? joinedTexts(item) : undefined}
                />
              );
            })}
          </Stack>
        )}
      </CriterionTabs>
      {manage && (
        <Group>
          <Button color="teal" onClick={() => finish.mutate()} loading={finish.isPending}>
            {t('caf.consensus.finish')}
          </Button>
          <Text size="sm" c="dimmed">
            {t('caf.consensus.finishHelp')}
          </Text>
        </Group>
      )}
      <ErrorAlert error={finish.error} />
    </Stack>
  );
}

/** /o/:orgId/caf/:assessmentId/consensus — every assessor's score side by side, the spread, and the agreed score. */
export function ConsensusPage() {
  return (
    <RoundFrame
      query={consensusQuery}
      heading="caf.consensus.heading"
      title="caf.consensus.title"
      needs={['performance.read', 'caf.score']}
      body={Consensus}
    />
  );
}
