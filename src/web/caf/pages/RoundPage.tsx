import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { call, client } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Fact } from '../../components/Fact.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { Section } from '../../components/Section.tsx';
import { useOrg, useShell } from '../../components/context.ts';
import { formatDate } from '../../format.ts';
import { assessmentQuery, refreshCaf, roundParams } from '../api.ts';
import { CafFrame, StatusBadge, type CafContext } from '../components/CafFrame.tsx';
import type { AssessmentDetail, Assessor } from '../../../modules/caf/schema.ts';
import { type Column, DataTable } from '../../components/DataTable.tsx';

/** A link to a step of the round (scoring, consensus, results), filled when it is the step to take now. */
function StepLink({ to, now, children }: { to: string; now: boolean; children: React.ReactNode }) {
  return (
    <Button component={Link} to={to} variant={now ? 'filled' : 'default'}>
      {children}
    </Button>
  );
}

function Round({ ctx, a }: { ctx: CafContext; a: AssessmentDetail }) {
  const { t } = useTranslation();
  const { session } = useShell();
  const mine = a.assessors.find((x) => x.userId === session.user.id);
  const start = useMutation({
    mutationFn: () =>
      call(
        client.POST('/orgs/{orgId}/caf/assessments/{assessmentId}/consensus', {
          params: roundParams(ctx.orgId, a.id),
        }),
      ),
    onSuccess: () => refreshCaf(ctx.orgId),
  });
  const submitted = a.assessors.filter((x) => x.submittedAt).length;
  const assessorColumns: Column<Assessor>[] = [
    { key: 'name', header: t('caf.round.assessor'), value: (x) => x.name, rowHeader: true },
    {
      key: 'scored',
      header: t('caf.round.scored'),
      value: (x) => x.scored,
      align: 'left',
      render: (x) => t('caf.score.progress', { scored: x.scored, total: a.total }),
    },
    {
      key: 'submitted',
      header: t('caf.round.submitted'),
      value: (x) => x.submittedAt,
      render: (x) =>
        x.submittedAt ? (
          <Badge color="teal" variant="light">
            {formatDate(x.submittedAt)}
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            {t('caf.round.notYet')}
          </Badge>
        ),
    },
  ];
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Fact label={t('caf.list.status')}>
          <StatusBadge status={a.status} />
        </Fact>
        <Fact label={t('caf.list.scoring')}>{t(`caf.scoring.${a.scoring}`)}</Fact>
        <Fact label={t('caf.list.started')}>{formatDate(a.startedOn)}</Fact>
        <Fact label={t('caf.list.finished')}>{a.finishedOn ? formatDate(a.finishedOn) : t('common.none')}</Fact>
        <Fact label={t('caf.round.previous')}>
          {a.previous ? (
            <Anchor component={Link} to={ctx.href(`${a.previous.id}/results`)}>
              {a.previous.name}
            </Anchor>
          ) : (
            t('common.none')
          )}
        </Fact>
        <Fact label={t('caf.list.agreed')}>
          {t('caf.list.ofSubcriteria', { agreed: a.agreed.length, total: a.total })}
        </Fact>
      </SimpleGrid>
      <Group>
        {mine && (
          <StepLink to={ctx.href(`${a.id}/score`)} now={a.status === 'scoring' && !mine.submittedAt}>
            {t(a.status === 'scoring' && !mine.submittedAt ? 'caf.round.toScore' : 'caf.round.toMyScores')}
          </StepLink>
        )}
        {a.status !== 'scoring' && (
          <>
            <StepLink to={ctx.href(`${a.id}/consensus`)} now={a.status === 'consensus'}>
              {t('caf.round.toConsensus')}
            </StepLink>
            <StepLink to={ctx.href(`${a.id}/results`)} now={a.status === 'finished'}>
              {t('caf.round.toResults')}
            </StepLink>
          </>
        )}
        {a.status === 'scoring' && ctx.can('performance.manage') && (
          <Button onClick={() => start.mutate()} loading={start.isPending} color="orange">
            {t('caf.round.startConsensus')}
          </Button>
        )}
      </Group>
      {a.status === 'scoring' && ctx.can('performance.manage') && submitted < a.assessors.length && (
        <Alert color="yellow" variant="light">
          {t('caf.round.notAllSubmitted', { submitted, total: a.assessors.length })}
        </Alert>
      )}
      <ErrorAlert error={start.error} />
      <Section title={t('caf.round.assessors')} intro={t('caf.round.privacy')}>
        <DataTable
          caption={t('caf.round.assessorsCaption')}
          rows={a.assessors}
          rowKey={(x) => x.userId}
          columns={assessorColumns}
          minWidth={520}
          striped
        />
      </Section>
    </Stack>
  );
}

/** /o/:orgId/caf/:assessmentId — a round: its facts, the assessors' progress and the next step. */
export function RoundPage() {
  const { membership } = useOrg();
  const { assessmentId = '' } = useParams();
  const round = useQuery(assessmentQuery(membership.orgId, assessmentId));
  if (!round.data) return <QueryState error={round.error} />;
  return (
    <CafFrame title={round.data.name} needs={['performance.read', 'caf.score']}>
      {(ctx) => <Round ctx={ctx} a={round.data} />}
    </CafFrame>
  );
}
