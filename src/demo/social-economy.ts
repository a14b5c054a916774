/**
 * The demo's social economy (issue 14 §5): two partner enterprises (an LDE and a maatwerkbedrijf) with
 * contacts, the demo's partner member linked to the LDE, two cooperation agreements (one amended), six
 * placed workers with hours, POP goals and evaluations, and three transition trajectories in different
 * phases: one in its voortraject, one on stage, one finished with the worker hired last year.
 */
import { addDays, today } from '../lib/calendar.ts';
import type { Role } from '../modules/orgs/policy.ts';
import { createAgreement } from '../modules/social-economy/public.ts';
import type { Db } from '../server/db.ts';
import type { Random } from './random.ts';

const WORKERS = [
  {
    name: 'Samira El Amrani',
    partner: 0,
    agreement: 0,
    level: 'B1',
    talents: ['care_attitude', 'empathy', 'patience'],
  },
  { name: 'Kevin De Smet', partner: 0, agreement: 0, level: 'B2', talents: ['practical_sense', 'motivation'] },
  { name: 'Nadia Vermeulen', partner: 0, agreement: 0, level: 'A2', talents: ['experience_expertise', 'empathy'] },
  { name: 'Jonas Peeters', partner: 1, agreement: 1, level: 'B1', talents: ['technical_skills', 'practical_sense'] },
  { name: 'Fatima Benali', partner: 1, agreement: 1, level: 'A2', talents: ['social_skills', 'care_attitude'] },
  { name: 'Dirk Maes', partner: 0, agreement: null, level: 'C1', talents: ['motivation', 'patience', 'social_skills'] },
] as const;

export async function createDemoSocialEconomy(
  db: Db,
  orgId: string,
  people: { id: string; email: string; role: Role }[],
  rnd: Random,
  now: Date,
) {
  const day = today(now);
  const ago = (n: number) => addDays(day, -n);
  const year = Number(day.slice(0, 4));
  const partners = await db
    .insertInto('se_partner')
    .values([
      { org_id: orgId, name: 'LDE De Brug', kind: 'lde', address: 'Stationsstraat 12, 9200 Dendermonde' },
      { org_id: orgId, name: 'Maatwerkbedrijf Vlot', kind: 'maatwerkbedrijf', address: 'Industrieweg 4, 9300 Aalst' },
    ])
    .returning('id')
    .execute();
  const [lde, maatwerk] = partners.map((p) => p.id) as [string, string];
  await db
    .insertInto('se_contact')
    .values([
      {
        org_id: orgId,
        partner_id: lde,
        name: 'An Claes',
        function: 'Trajectbegeleider',
        email: 'an.claes@debrug.example',
      },
      { org_id: orgId, partner_id: maatwerk, name: 'Pieter Wouters', function: 'Jobcoach', phone: '053 00 00 00' },
    ])
    .execute();
  const partnerMember = people.find((p) => p.role === 'partner');
  if (partnerMember)
    await db
      .insertInto('se_partner_member')
      .values({ org_id: orgId, user_id: partnerMember.id, partner_id: lde })
      .execute();
  const agreements = [
    await createAgreement(db, orgId, {
      partnerId: lde,
      title: 'Maaltijdbedeling, animatie en was',
      content: 'Drie medewerkers van De Brug ondersteunen de leefgroepen bij maaltijden, animatie en de was.',
      tasks: 'Maaltijdbedeling, animatie, linnen sorteren',
      scopeUnit: 'hours_per_week',
      scopeAmount: 57,
      startOn: `${year - 1}-03-01`,
      endOn: `${year + 1}-02-28`,
      evaluationOn: `${year}-09-15`,
      priceUnit: 'hour',
      priceCents: 1_450,
      coachingHoursPerMonth: 8,
      trainingHoursPerYear: 24,
      coach: 'An Claes (De Brug)',
      conditions: 'Wekelijks overleg met de leidinggevende van de leefgroep.',
      costCentre: 'WZC',
    }),
    await createAgreement(db, orgId, {
      partnerId: maatwerk,
      title: 'Vervoer en post',
      tasks: 'Aangepast vervoer begeleiden, interne post',
      scopeUnit: 'fte',
      scopeAmount: 1,
      startOn: `${year}-01-01`,
      priceUnit: 'fte_year',
      priceCents: 2_150_000,
      coachingHoursPerMonth: 4,
      coach: 'Pieter Wouters (Vlot)',
      costCentre: 'DVC',
    }),
  ];
  await db
    .insertInto('se_amendment')
    .values({
      org_id: orgId,
      agreement_id: agreements[0]!,
      effective_on: `${year}-01-01`,
      description: 'Indexering van de prijs',
      price_cents: 1_520,
    })
    .execute();
  const workerIds: string[] = [];
  for (const [i, w] of WORKERS.entries()) {
    const row = await db
      .insertInto('se_worker')
      .values({
        org_id: orgId,
        partner_id: w.partner === 0 ? lde : maatwerk,
        agreement_id: w.agreement === null ? null : agreements[w.agreement]!,
        name: w.name,
        tasks: w.agreement === 1 ? 'Vervoer, post' : 'Maaltijden, animatie',
        language_level: w.level,
        talents: JSON.stringify(w.talents),
        hours_per_week: 19,
        // Kevin went through a transition trajectory last year and was hired: he left the placement then.
        placed_on: i === 1 ? `${year - 2}-10-01` : ago(300 - i * 30),
        left_on: i === 1 ? `${year - 1}-09-30` : null,
        lde_start_on: w.partner === 0 ? ago(365 * 4 + 120 - i * 20) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    workerIds.push(row.id);
    if (i === 1) continue;
    const hours = [];
    for (let week = 1; week <= 12; week++) {
      hours.push({
        org_id: orgId,
        worker_id: row.id,
        kind: 'work' as const,
        worked_on: ago(week * 7),
        hours: rnd.int(14, 19),
      });
      if (week % 2 === 0)
        hours.push({
          org_id: orgId,
          worker_id: row.id,
          kind: 'coaching' as const,
          worked_on: ago(week * 7 - 1),
          hours: 1.5,
        });
    }
    await db.insertInto('se_hours').values(hours).execute();
    await db
      .insertInto('se_goal')
      .values([
        {
          org_id: orgId,
          worker_id: row.id,
          description: 'Zelfstandig een maaltijdronde doen',
          due_on: addDays(day, 60),
          status: 'in_progress',
        },
        { org_id: orgId, worker_id: row.id, description: 'Taalcoaching Nederlands volgen', due_on: addDays(day, 120) },
      ])
      .execute();
    await db
      .insertInto('se_evaluation')
      .values({
        org_id: orgId,
        worker_id: row.id,
        evaluated_on: ago(45),
        score: rnd.int(3, 5),
        summary: 'Goed ingewerkt; groeit in contact met de bewoners.',
        evaluated_by: partnerMember?.id ?? null,
      })
      .execute();
  }
  // Three transition trajectories: voortraject, stage, and one finished (hired) last year.
  const trajectory = async (workerId: string, startedOn: string, phases: [string, string][], outcomeOn?: string) => {
    const t = await db
      .insertInto('se_trajectory')
      .values({
        org_id: orgId,
        worker_id: workerId,
        started_on: startedOn,
        outcome: outcomeOn ? 'hired' : null,
        outcome_on: outcomeOn ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('se_trajectory_phase')
      .values(
        phases.map(([phase, on]) => ({ org_id: orgId, trajectory_id: t.id, phase: phase as 'stage', started_on: on })),
      )
      .execute();
    await db
      .insertInto('se_hours')
      .values(
        phases.map(([phase, on]) => ({
          org_id: orgId,
          worker_id: workerId,
          kind: 'coaching' as const,
          worked_on: addDays(on, 3),
          hours: 12,
          trajectory_id: t.id,
          phase: phase as 'stage',
        })),
      )
      .execute();
  };
  await trajectory(workerIds[5]!, ago(20), [['voortraject', ago(20)]]);
  await trajectory(workerIds[2]!, ago(130), [
    ['voortraject', ago(130)],
    ['jobmatching', ago(100)],
    ['stage', ago(40)],
  ]);
  await trajectory(
    workerIds[1]!,
    `${year - 1}-01-08`,
    [
      ['voortraject', `${year - 1}-01-08`],
      ['jobmatching', `${year - 1}-02-05`],
      ['stage', `${year - 1}-04-15`],
      ['nazorg', `${year - 1}-07-01`],
    ],
    `${year - 1}-09-30`,
  );
}
