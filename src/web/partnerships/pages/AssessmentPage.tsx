import { Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOrg } from '../../components/context.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { assessmentPdfUrl, assessmentQuery } from '../api.ts';
import { AssessmentForm } from '../components/AssessmentForm.tsx';
import { DecisionCard } from '../components/DecisionCard.tsx';
import { VersionsCard } from '../components/VersionsCard.tsx';

/** One partnership assessment: the decision, the scores (risks, opportunities, principles), the kept versions; the PDF for the board. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams();
  const { membership } = useOrg();
  const assessment = useQuery(assessmentQuery(membership.orgId, assessmentId));
  const title = assessment.data?.partner ?? t('partnerships.list.title');
  return (
    <PageFrame
      title={title}
      needs={['partnerships.read']}
      crumbs={[{ to: `/o/${membership.orgId}/partnerships`, label: t('partnerships.list.title') }]}
      actions={
        assessment.data && (
          <Button component="a" href={assessmentPdfUrl(membership.orgId, assessmentId)} download variant="default">
            {t('partnerships.detail.pdf')}
          </Button>
        )
      }
    >
      {({ orgId, can }) =>
        assessment.data ? (
          <Stack gap="lg">
            <DecisionCard
              key={`decision-${assessment.data.version}`}
              orgId={orgId}
              assessment={assessment.data}
              canDecide={can('partnerships.decide')}
            />
            <AssessmentForm orgId={orgId} assessment={assessment.data} canEdit={can('partnerships.manage')} />
            <VersionsCard key={`versions-${assessment.data.version}`} orgId={orgId} assessment={assessment.data} />
          </Stack>
        ) : (
          <QueryState error={assessment.error} />
        )
      }
    </PageFrame>
  );
}
