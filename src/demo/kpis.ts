import type { Role } from '../modules/orgs/policy.ts';
import type { Db } from '../server/db.ts';
import type { Random } from './random.ts';

/** Demo: the KPI catalogue with two years of values and targets. Being built (issue 5). */
export async function createDemoKpis(_db: Db, _orgId: string, _people: { id: string; email: string; role: Role }[], _rnd: Random, _now: Date): Promise<void> {}
