/**
 * The record- and field-level rules of `orgs/policy.ts` (VIEW_RULES) applied to clients: which
 * clients a caller sees (the organisation's or their caseload) and which client fields they get.
 */
import type { Context } from 'hono';
import { currentUser } from '../../server/auth.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import type { AppEnv } from '../../server/http.ts';
import { clientScope, hides, type Role } from '../orgs/public.ts';

/** Who asks: the user and their role in the organisation of the route. */
export interface Viewer {
  userId: string;
  role: Role;
}

/** The caller of a route guarded by `requireAction`. */
export function viewerOf(c: Context<AppEnv>): Viewer {
  return { userId: currentUser(c).id, role: c.var.role };
}

/**
 * The ids of the clients `viewer` may see, or null when they see every client of the organisation.
 * A caseload holds the clients the viewer follows as professional and those of the groups they work in.
 */
export async function visibleClientIds(db: DbOrTx, orgId: string, viewer: Viewer): Promise<Set<string> | null> {
  if (clientScope(viewer.role) === 'organisation') return null;
  const rows = await db
    .selectFrom('cl_client')
    .select('id')
    .where('org_id', '=', orgId)
    .where((eb) =>
      eb.or([
        eb('professional_id', '=', viewer.userId),
        eb(
          'group_id',
          'in',
          eb
            .selectFrom('cl_group_member')
            .select('group_id')
            .where('org_id', '=', orgId)
            .where('user_id', '=', viewer.userId),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Throws "not found" when `viewer` may not see the client (outside their caseload). */
export async function requireVisibleClient(db: DbOrTx, orgId: string, viewer: Viewer, clientId: string): Promise<void> {
  const visible = await visibleClientIds(db, orgId, viewer);
  if (visible && !visible.has(clientId)) throw AppError.notFound();
}

/** Throws "not found" when one of `clientIds` lies outside the viewer's caseload. */
export async function requireVisibleClients(
  db: DbOrTx,
  orgId: string,
  viewer: Viewer,
  clientIds: readonly string[],
): Promise<void> {
  const visible = await visibleClientIds(db, orgId, viewer);
  if (visible && clientIds.some((id) => !visible.has(id))) throw AppError.notFound();
}

/** Keeps the items whose client the viewer may see (`visible` null keeps all). */
export function onlyVisible<T>(items: readonly T[], visible: Set<string> | null, clientIdOf: (item: T) => string): T[] {
  return visible ? items.filter((item) => visible.has(clientIdOf(item))) : [...items];
}

/**
 * A client's detail without the fields the viewer's role does not get: the euro amounts (living costs of
 * the agreements, the person's income card and each funding's income this year) are left out.
 */
export function presentClientDetail<
  A extends { livingCostsCents: number | null; livingCostsPer: string | null },
  F extends object,
  T extends { agreements: A[]; funding: F[]; income?: unknown },
>(detail: T, viewer: Viewer) {
  if (!hides(viewer.role, 'client.money')) return detail;
  const { income: _income, ...rest } = detail;
  return {
    ...rest,
    funding: rest.funding.map((f) => {
      const { incomeThisYear: _i, ...kept } = f as F & { incomeThisYear?: unknown };
      return kept;
    }),
    agreements: detail.agreements.map(({ livingCostsCents: _cents, livingCostsPer: _per, ...kept }) => kept),
  };
}

/** The names of the organisation's clients among `ids` (ids of another organisation or unknown are absent). */
export async function clientNames(db: DbOrTx, orgId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('cl_client')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
