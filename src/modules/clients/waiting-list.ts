/** The waiting list at a glance, and the budgets made available but not started (the 4-month start rule). */
import type { DbOrTx } from '../../server/db.ts';
import { servable, startRuleStatus, waitingListSummary, type WaitingRequest } from './logic/index.ts';
import { ruleSet } from './rules.ts';

/** The waiting list with counts per priority group, waiting times and what free capacity could serve. */
export async function waitingList(db: DbOrTx, orgId: string, freeCapacity: Record<string, number>, today: string) {
  const rows = await db
    .selectFrom('cl_waiting_request')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('requested_on')
    .execute();
  const requests: (WaitingRequest & {
    reference: string;
    intensity: string;
    decisionDate: string | null;
    needs: { function: string; unitsPerWeek: number }[];
  })[] = rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    priorityGroup: r.priority_group as 1 | 2 | 3,
    requestDate: r.requested_on,
    decisionDate: r.decided_on,
    needs: r.needs,
    status: r.status,
    intensity: r.intensity,
  }));
  const fit = servable(requests, freeCapacity);
  const budgetStarts = await budgetStartsOf(db, orgId, today);
  return {
    items: requests,
    summary: { ...waitingListSummary(requests, today), fellBack: budgetStarts.filter((b) => b.fellBack).length },
    servable: {
      served: fit.served.map((r) => r.id),
      notServed: fit.notServed,
      remainingCapacity: fit.remainingCapacity,
    },
    budgetStarts,
  };
}

/**
 * Budgets made available but not started, with the 4-month start rule: the deadline (warned
 * `near` ahead), and for a deadline passed the day the person fell back to priority group 3.
 * Earliest deadline first.
 */
export async function budgetStartsOf(db: DbOrTx, orgId: string, today: string) {
  const rules = await ruleSet(db, orgId);
  const rows = await db
    .selectFrom('cl_funding as f')
    .innerJoin('cl_client as c', (j) => j.onRef('c.id', '=', 'f.client_id').onRef('c.org_id', '=', 'f.org_id'))
    .select(['f.id', 'f.client_id', 'c.name', 'f.category', 'f.made_available_on'])
    .where('f.org_id', '=', orgId)
    .where('f.kind', '=', 'pvb')
    .where('f.made_available_on', 'is not', null)
    .where('f.start_date', 'is', null)
    .execute();
  return rows
    .map((r) => {
      const rule = startRuleStatus(r.made_available_on!, null, today, rules);
      return {
        fundingId: r.id,
        clientId: r.client_id,
        clientName: r.name,
        category: r.category,
        madeAvailableOn: r.made_available_on!,
        status: rule.status,
        deadline: rule.deadline,
        daysLeft: rule.daysLeft,
        fallbackOn: rule.fallbackOn,
        fellBack: rule.fellBack,
        priorityGroup: rule.fellBack ? (3 as const) : null,
      };
    })
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}
