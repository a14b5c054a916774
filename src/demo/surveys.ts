import type { Role } from '../modules/orgs/policy.ts';
import type { Db } from '../server/db.ts';
import type { Random } from './random.ts';

/** Demo: a finished staff survey (Herzberg) and client survey (SERVQUAL). Being built (issue 5). */
export async function createDemoSurveys(_db: Db, _orgId: string, _people: { id: string; email: string; role: Role }[], _rnd: Random, _now: Date): Promise<void> {}
