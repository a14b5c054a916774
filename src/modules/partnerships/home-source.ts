/** What Home shows of partnerships: the reviews due within 60 days (overdue ones too) and the projects that need a continuation plan. */
import { addDays } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { reviewsUntil } from './assessments.ts';
import { needsAttention } from './logic/funding.ts';
import { listProjects } from './projects.ts';

export const REVIEW_HORIZON_DAYS = 60;

export async function partnershipSignals(db: DbOrTx, orgId: string, today: string) {
  const [reviews, projects] = await Promise.all([
    reviewsUntil(db, orgId, addDays(today, REVIEW_HORIZON_DAYS)),
    listProjects(db, orgId, today),
  ]);
  return {
    horizonDays: REVIEW_HORIZON_DAYS,
    reviews: reviews.map((r) => ({ id: r.id, partner: r.partner, reviewOn: r.reviewOn })),
    projects: projects
      .filter((p) => needsAttention(p.state))
      .map((p) => ({ id: p.id, name: p.name, fundingEnd: p.fundingEnd, state: p.state })),
  };
}
