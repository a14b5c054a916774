/**
 * Contract costs by function, for other modules (job-carving values the hours a function hands over):
 * the contracts running on a day, and per function title the FTE and the yearly employer cost per FTE
 * (monthly cost × 12 ÷ FTE). Aggregates and hours only; no names, no pay per person.
 */
import type { DbOrTx } from '../../server/db.ts';
import { fteOf } from './logic/contracts.ts';

export interface RunningContract {
  employeeId: string;
  functionTitle: string;
  weeklyHours: number;
  fullTimeHours: number;
}

export interface FunctionCost {
  functionTitle: string;
  people: number;
  fte: number;
  /** Yearly employer cost of one FTE in this function, cents (null when its FTE is 0). */
  yearlyCostPerFteCents: number | null;
}

async function rowsOn(db: DbOrTx, orgId: string, day: string) {
  return db
    .selectFrom('ppl_contract')
    .select(['employee_id', 'function_title', 'weekly_hours', 'full_time_hours', 'monthly_cost_cents'])
    .where('org_id', '=', orgId)
    .where('starts_on', '<=', day)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', day)]))
    .execute();
}

/** The contracts running on `day` ('yyyy-mm-dd'): who works how many hours in which function. */
export async function runningContracts(db: DbOrTx, orgId: string, day: string): Promise<RunningContract[]> {
  return (await rowsOn(db, orgId, day)).map((r) => ({
    employeeId: r.employee_id,
    functionTitle: r.function_title,
    weeklyHours: Number(r.weekly_hours),
    fullTimeHours: Number(r.full_time_hours),
  }));
}

/** Per function title (as written on the contracts), its FTE and yearly cost per FTE on `day`. */
export async function functionCosts(db: DbOrTx, orgId: string, day: string): Promise<FunctionCost[]> {
  const by = new Map<string, { people: Set<string>; fte: number; monthly: number }>();
  for (const r of await rowsOn(db, orgId, day)) {
    const f = by.get(r.function_title) ?? { people: new Set<string>(), fte: 0, monthly: 0 };
    f.people.add(r.employee_id);
    f.fte += fteOf(Number(r.weekly_hours), Number(r.full_time_hours));
    f.monthly += Number(r.monthly_cost_cents);
    by.set(r.function_title, f);
  }
  return [...by.entries()]
    .map(([functionTitle, f]) => ({
      functionTitle,
      people: f.people.size,
      fte: Math.round(f.fte * 10_000) / 10_000,
      yearlyCostPerFteCents: f.fte > 0 ? Math.round((f.monthly * 12) / f.fte) : null,
    }))
    .sort((a, b) => a.functionTitle.localeCompare(b.functionTitle, 'nl'));
}
