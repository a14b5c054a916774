import type { Role } from '../modules/orgs/policy.ts';
import type { Db } from '../server/db.ts';
import type { Random } from './random.ts';

/** One demo person: their user id, login email and role in the demo organisation. */
export interface DemoPerson {
  id: string;
  email: string;
  role: Role;
}

/** What each part of the demo (CAF, surveys, KPIs, plans) is seeded from: the same org, people, dice and day. */
export interface DemoSeed {
  db: Db;
  orgId: string;
  people: DemoPerson[];
  rnd: Random;
  now: Date;
}
