/**
 * The board pack for a meeting: the board view of the KPIs (performance), the decisions whose follow-up is
 * due by the meeting, the partnership assessments to review, and the innovation projects whose funding ends
 * without a continuation plan.
 */
import type { Db } from '../../server/db.ts';
import { getOrganisation } from '../orgs/public.ts';
import { listProjects, needsAttention, reviewsUntil } from '../partnerships/public.ts';
import { boardOf } from '../performance/public.ts';
import { listDecisions } from './decisions.ts';
import type { BoardPack } from './schema.ts';

export async function boardPack(db: Db, orgId: string, meeting: string): Promise<BoardPack> {
  const [org, board, decisionsDue, reviews, projects] = await Promise.all([
    getOrganisation(db, orgId),
    boardOf(db, orgId),
    listDecisions(db, orgId, meeting, { dueBy: meeting }),
    reviewsUntil(db, orgId, meeting),
    listProjects(db, orgId, meeting),
  ]);
  return {
    meeting,
    organisation: org.name,
    board,
    decisionsDue,
    reviews,
    projects: projects
      .filter((p) => needsAttention(p.state))
      .map((p) => ({ id: p.id, name: p.name, funder: p.funder, fundingEnd: p.fundingEnd })),
  };
}
