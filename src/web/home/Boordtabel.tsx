import { SimpleGrid, Stack } from '@mantine/core';
import { clientScope } from '../../modules/orgs/policy.ts';
import { HomeActions } from '../performance/components/HomeActions.tsx';
import type { Membership } from '../session.ts';
import type { HomeAnswer } from './api.ts';
import { MyClientsCard, ToRegisterCard } from './CaseloadCards.tsx';
import { AgendaCard, BudgetsCard, CoverageCard, WaitingCard } from './ManagementCards.tsx';
import { PartnershipsCard } from './PartnershipsCard.tsx';
import { CafCard, KpisCard, SurveyCard } from './PerformanceCards.tsx';
import { StepsCard } from './StepsCard.tsx';

/**
 * The cards of the sections the server sent for this role: a begeleider's caseload first, then the
 * organisation's signals. A section the role may not see is absent from the answer, so its card is too.
 */
export function Boordtabel({ home, membership }: { home: HomeAnswer; membership: Membership }) {
  const orgId = membership.orgId;
  const caseload = clientScope(membership.role) === 'caseload';
  const board = membership.role === 'bestuur';
  return (
    <Stack gap="lg">
      <StepsCard orgId={orgId} steps={home.steps} />
      {caseload && home.budgets && home.agenda && (
        <>
          <ToRegisterCard orgId={orgId} agenda={home.agenda} today={home.today} />
          <MyClientsCard orgId={orgId} budgets={home.budgets} />
        </>
      )}
      <HomeActions membership={membership} />
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="lg">
        {home.kpis && <KpisCard orgId={orgId} kpis={home.kpis} board={board} />}
        {home.coverage && <CoverageCard orgId={orgId} coverage={home.coverage} />}
        {home.budgets && !caseload && <BudgetsCard orgId={orgId} budgets={home.budgets} />}
        {home.waiting && <WaitingCard orgId={orgId} waiting={home.waiting} today={home.today} />}
        {(home.agenda || home.moreDates) && <AgendaCard orgId={orgId} agenda={home.agenda} more={home.moreDates} />}
        {home.survey !== undefined && <SurveyCard orgId={orgId} survey={home.survey} />}
        {home.caf !== undefined && <CafCard orgId={orgId} caf={home.caf} />}
        {home.partnerships && <PartnershipsCard orgId={orgId} partnerships={home.partnerships} today={home.today} />}
      </SimpleGrid>
    </Stack>
  );
}
