import type { Role } from '../modules/orgs/policy.ts';
import type { Db } from '../server/db.ts';
import type { Random } from './random.ts';

/** Demo: a finished CAF 2020 self-assessment. Being built (issue 5). */
export async function createDemoCaf(_db: Db, _orgId: string, _people: { id: string; email: string; role: Role }[], _rnd: Random, _now: Date): Promise<void> {}
