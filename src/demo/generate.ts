import type { Role } from '../modules/orgs/policy.ts';
import { createOrganisation, findUserByEmail } from '../modules/orgs/queries.ts';
import type { DemoPerson } from './seed.ts';
import type { Db } from '../server/db.ts';
import { createDemoCaf } from './caf.ts';
import { createDemoClients } from './clients.ts';
import { createDemoFinance } from './finance.ts';
import { createDemoKpis } from './kpis.ts';
import { createDemoPeople } from './people.ts';
import { createDemoCompetences } from './competences.ts';
import { createDemoPartnerships } from './partnerships.ts';
import { createDemoHandbook } from './handbook.ts';
import { createDemoComplaints } from './complaints.ts';
import { createDemoSocialEconomy } from './social-economy.ts';
import { createDemoJobCarving } from './job-carving.ts';
import { createDemoPlans } from './plans.ts';
import { createDemoStrategy } from './strategy.ts';
import { SURNAMES } from './names.ts';
import { Random } from './random.ts';
import { createDemoSurveys } from './surveys.ts';
import { startOf, today } from '../lib/calendar.ts';
import { hashPassword } from '../server/secrets.ts';

export const DEMO_PASSWORD = 'stuurboord-demo';
export const DEMO_DOMAIN = 'demo.stuurboord.be';

const FIRST = [
  'An',
  'Bart',
  'Charlotte',
  'Dirk',
  'Els',
  'Fien',
  'Geert',
  'Hanne',
  'Ilse',
  'Jan',
  'Karen',
  'Lotte',
  'Mieke',
  'Nico',
  'Olivia',
  'Pieter',
  'Rik',
  'Sofie',
  'Tine',
  'Wouter',
  'Yasmina',
  'Mohamed',
  'Lien',
  'Jonas',
];

/** How many demo people hold each role. */
const STAFFING: [Role, number][] = [
  ['directie', 1],
  ['beheerder', 1],
  ['staf', 2],
  ['begeleider', 8],
  ['bestuur', 3],
  ['partner', 1],
];

/** A valid KBO number from a base below 10^8 ("0…"; check digits = 97 − base mod 97). */
function kboFrom(base: number): string {
  const eight = String(base).padStart(8, '0');
  return `${eight}${String(97 - (base % 97)).padStart(2, '0')}`;
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.');
}

/**
 * Creates the demo organisation, a licensed care provider (VZA), with one or more people per role
 * three months of activity in the audit log, and two years of finance. Deterministic for a given seed.
 */
export async function createDemo(db: Db, opts: { seed: number; now?: Date }) {
  const rnd = new Random(opts.seed);
  const now = opts.now ?? new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const demo = await db.transaction().execute(async (tx) => {
    const kbo = kboFrom(4_123_456 + (opts.seed % 100_000));
    const kboTaken = await tx.selectFrom('organisation').select('id').where('kbo', '=', kbo).executeTakeFirst();
    const org = await createOrganisation(
      tx,
      {
        name: 'Vzw Het Anker (demo)',
        kbo: kboTaken ? null : kbo,
        type: 'vza',
        fiscalYearStartMonth: 1,
        language: 'nl',
      },
      { isDemo: true },
    );
    const people: DemoPerson[] = [];
    const used = new Set<string>();
    for (const [role, count] of STAFFING) {
      for (let i = 0; i < count; i++) {
        let name: string;
        do name = `${rnd.pick(FIRST)} ${rnd.pick(SURNAMES)}`;
        while (used.has(name));
        used.add(name);
        const email = people.some((p) => p.role === role) ? `${slug(name)}@${DEMO_DOMAIN}` : `${role}@${DEMO_DOMAIN}`;
        const user =
          (await findUserByEmail(tx, email)) ??
          (await tx
            .insertInto('app_user')
            .values({ email, name, password_hash: passwordHash })
            .returning('id')
            .executeTakeFirstOrThrow());
        await tx.insertInto('membership').values({ org_id: org.id, user_id: user.id, role }).execute();
        people.push({ id: user.id, email, role });
      }
    }
    const day = 86_400_000;
    const midnight = startOf(today(now)).getTime();
    const events = [];
    for (let d = 90; d >= 1; d--) {
      for (const p of people) {
        if (rnd.next() > (p.role === 'bestuur' || p.role === 'partner' ? 0.08 : 0.55)) continue;
        const at = new Date(midnight - d * day + rnd.int(7 * 3600, 18 * 3600) * 1000);
        const failed = rnd.next() < 0.03;
        events.push({
          org_id: org.id,
          actor_user_id: p.id,
          actor_email: p.email,
          action: failed ? 'auth.login_failed' : 'auth.login',
          entity: 'user',
          entity_id: p.id,
          details: JSON.stringify(failed ? { email: p.email } : {}),
          ip: `10.0.0.${rnd.int(2, 250)}`,
          at,
        });
      }
    }
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (let i = 0; i < events.length; i += 500)
      await tx
        .insertInto('audit_log')
        .values(events.slice(i, i + 500))
        .execute();
    for (const p of people) {
      const last = events.filter((e) => e.actor_user_id === p.id && e.action === 'auth.login').at(-1);
      if (last) await tx.updateTable('app_user').set({ last_login_at: last.at }).where('id', '=', p.id).execute();
    }
    return { orgId: org.id, orgName: org.name, loginEmail: `directie@${DEMO_DOMAIN}`, people };
  });
  const director = demo.people.find((p) => p.role === 'directie')!;
  await createDemoFinance(db, demo.orgId, director.id, rnd, now);
  await createDemoClients(db, demo.orgId, director.id, rnd, now);
  // Every client is followed by one of the begeleiders, in turn: their week grid shows "their" clients.
  const professionals = demo.people.filter((p) => p.role === 'begeleider');
  const clients = await db
    .selectFrom('cl_client')
    .select('id')
    .where('org_id', '=', demo.orgId)
    .orderBy('name')
    .execute();
  for (const [i, c] of clients.entries()) {
    await db
      .updateTable('cl_client')
      .set({ professional_id: professionals[i % professionals.length]!.id })
      .where('id', '=', c.id)
      .execute();
  }
  // The second begeleider also works in the first group: their caseload adds that group's clients.
  const firstGroup = await db
    .selectFrom('cl_group')
    .select('id')
    .where('org_id', '=', demo.orgId)
    .orderBy('name')
    .executeTakeFirst();
  if (firstGroup && professionals[1]) {
    await db
      .insertInto('cl_group_member')
      .values({ org_id: demo.orgId, group_id: firstGroup.id, user_id: professionals[1].id })
      .execute();
  }
  // Quality: the CAF round and the surveys first, because KPIs are computed from them (and from finance and clients).
  const seed = { db, orgId: demo.orgId, people: demo.people, rnd, now };
  await createDemoCaf(seed);
  await createDemoSurveys(seed);
  // People on a generator of their own, so the other demo data stay as they were.
  await createDemoPeople(db, demo.orgId, demo.people, new Random(opts.seed * 7919 + 13), now);
  await createDemoKpis(seed);
  await createDemoPlans(seed);
  // After the plans and surveys: the SWOT and stakeholders link to their objectives, KPIs and surveys.
  await createDemoStrategy(seed);
  // Complaints on a generator of their own, so the other demo data stay as they were.
  await createDemoComplaints({ ...seed, rnd: new Random(opts.seed * 104_729 + 17) });
  // After the people register: competences are assessed for its employees.
  await createDemoCompetences(db, demo.orgId, demo.people, rnd, now);
  // After the strategy map: projects and decisions serve its objectives.
  await createDemoPartnerships(seed);
  // After the KPIs and actions: the handbook links to them.
  await createDemoHandbook(seed);
  await createDemoSocialEconomy(db, demo.orgId, demo.people, rnd, now);
  // After the competences: the task inventory names catalogue competences.
  await createDemoJobCarving(db, demo.orgId, now);
  return demo;
}
