/**
 * The yearly social-economy report (issue 14 §5): workers placed, hours, agreements and their cost,
 * trajectories by phase and outcome, the success rate and the funding. Built from the module's own
 * tables; the KPIs (kpi-source.ts) and the PDF/XLSX downloads read it.
 */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { listAgreements } from './agreements.ts';
import { succeeded } from './logic/trajectories.ts';
import { OUTCOMES, PHASES } from './logic/types.ts';
import type { SeReport } from './schema.ts';
import { WHOLE_ORG } from './scope.ts';
import { trajectoriesOf } from './trajectories.ts';

export async function yearReport(db: DbOrTx, orgId: string, year: number): Promise<SeReport> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const [placed, hours, agreements, trajectories] = await Promise.all([
    db
      .selectFrom('se_worker')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('org_id', '=', orgId)
      .where((eb) => eb.or([eb('placed_on', 'is', null), eb('placed_on', '<=', last)]))
      .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>=', first)]))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('se_hours')
      .select(['kind', sql<string>`coalesce(sum(hours), 0)`.as('h')])
      .where('org_id', '=', orgId)
      .where('worked_on', '>=', first)
      .where('worked_on', '<=', last)
      .groupBy('kind')
      .execute(),
    listAgreements(db, orgId, WHOLE_ORG, year),
    trajectoriesOf(db, orgId, WHOLE_ORG),
  ]);
  const inYear = (d: string | null) => d !== null && d >= first && d <= last;
  const running = agreements.filter((a) => a.yearCostCents > 0);
  const closed = trajectories.filter((t) => t.outcome !== null && inYear(t.outcomeOn));
  const ok = closed.filter((t) => succeeded(t.outcome!)).length;
  const hoursOf = (kind: string) => Number(hours.find((h) => h.kind === kind)?.h ?? 0);
  return {
    year,
    workersPlaced: Number(placed.n),
    hoursWorked: hoursOf('work'),
    hoursCoached: hoursOf('coaching'),
    agreements: running.map((a) => ({
      id: a.id,
      title: a.title,
      partnerName: a.partnerName,
      costCentre: a.costCentre,
      costCents: a.yearCostCents,
    })),
    agreementCostCents: running.reduce((s, a) => s + a.yearCostCents, 0),
    // A trajectory counts in each phase it ran in during the year.
    trajectoriesByPhase: PHASES.map((phase) => ({
      phase,
      count: trajectories.filter((t) =>
        t.phases.some((p) => p.phase === phase && p.startedOn <= last && (p.endedOn === null || p.endedOn >= first)),
      ).length,
    })),
    trajectoriesByOutcome: OUTCOMES.map((outcome) => ({
      outcome,
      count: closed.filter((t) => t.outcome === outcome).length,
    })),
    transitionsSucceeded: ok,
    trajectoriesFinished: closed.length,
    successRate: closed.length === 0 ? null : ok / closed.length,
    fundingCents: trajectories.filter((t) => inYear(t.startedOn)).reduce((s, t) => s + t.fundingCents, 0),
  };
}
