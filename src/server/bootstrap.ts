import { sql } from 'kysely';
import { addMember, createOrganisation, findUserByEmail } from '../modules/orgs/queries.ts';
import { createDemo, DEMO_DOMAIN, DEMO_PASSWORD } from '../demo/generate.ts';
import type { Config } from './config.ts';
import type { Db, DbOrTx } from './db.ts';
import { hashPassword } from './secrets.ts';
import { createOneTimeToken } from './one-time-links.ts';

/** True while no person belongs to a real (non-demo) organisation: the first administrator is missing. */
export async function setupNeeded(db: DbOrTx): Promise<boolean> {
  const real = await db
    .selectFrom('membership as m')
    .innerJoin('organisation as o', 'o.id', 'm.org_id')
    .select('m.id')
    .where('o.is_demo', '=', false)
    .limit(1)
    .executeTakeFirst();
  return !real;
}

/**
 * The demo organisation's login (its director), for the login page, when the demo organisation
 * exists; null otherwise. The demo's password is public (README, start-up output).
 */
export async function demoLogin(db: DbOrTx): Promise<{ email: string; password: string } | null> {
  const row = await db
    .selectFrom('membership as m')
    .innerJoin('organisation as o', 'o.id', 'm.org_id')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select('u.email')
    .where('o.is_demo', '=', true)
    .where('u.email', '=', `directie@${DEMO_DOMAIN}`)
    .limit(1)
    .executeTakeFirst();
  return row ? { email: row.email, password: DEMO_PASSWORD } : null;
}

/**
 * First-start duties: the demo organisation on an empty database, the first administrator from
 * STUURBOORD_ADMIN_* or else a printed one-time set-up link. Returns the lines to print.
 */
export async function bootstrap(db: Db, config: Config): Promise<string[]> {
  const lines: string[] = [];
  const empty = !(await db.selectFrom('organisation').select('id').limit(1).executeTakeFirst());
  let demoOrgId: string | undefined;
  if (config.demo && empty) {
    const demo = await createDemo(db, { seed: 2026 });
    demoOrgId = demo.orgId;
    lines.push(`Demo-organisatie "${demo.orgName}" aangemaakt. Demo-login: ${demo.loginEmail} / ${DEMO_PASSWORD}`);
  }
  if (!(await setupNeeded(db))) return lines;
  if (config.adminEmail && config.adminPassword) {
    const passwordHash = await hashPassword(config.adminPassword);
    await db.transaction().execute(async (tx) => {
      let user = await findUserByEmail(tx, config.adminEmail!);
      user ??= await tx
        .insertInto('app_user')
        .values({ email: config.adminEmail!.toLowerCase(), name: 'Beheerder', password_hash: passwordHash })
        .returningAll()
        .executeTakeFirstOrThrow();
      await createOrganisation(
        tx,
        { name: config.orgName, type: 'andere', fiscalYearStartMonth: 1, language: 'nl' },
        { creatorUserId: user.id },
      );
      if (demoOrgId) await addMember(tx, demoOrgId, { email: user.email, name: user.name, role: 'beheerder' });
    });
    lines.push(`Beheerder ${config.adminEmail} aangemaakt met organisatie "${config.orgName}".`);
    return lines;
  }
  await db.deleteFrom('one_time_token').where('purpose', '=', 'setup').where('used_at', 'is', null).execute();
  const { token } = await createOneTimeToken(db, { purpose: 'setup', hours: 24 });
  lines.push(`Eerste start: maak de beheerder aan via deze eenmalige link (24 uur geldig):`);
  lines.push(`  ${config.publicUrl}/setup?token=${token}`);
  return lines;
}

/** Removes expired sessions and one-time tokens (run at start-up). */
export async function sweepExpired(db: Db): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<', sql<Date>`now()`).execute();
  await db.deleteFrom('one_time_token').where('expires_at', '<', sql<Date>`now() - interval '30 days'`).execute();
}
