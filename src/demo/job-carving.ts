/**
 * The demo's job-carving (issue 14 §4): the task inventory of two certified roles (zorgkundige,
 * verpleegkundige; their cost per FTE comes from the people step's contracts) and two logistic ones
 * (keuken, wasserij), a carved zorgassistent from kitchen, laundry and animation tasks (realised as a
 * vacancy a month ago), the same function through a maatwerkbedrijf at a price per hour, and three
 * candidates to match. Runs after the competences step (tasks name catalogue competences).
 */
import { addDays, dateOf } from '../lib/calendar.ts';
import type { Db } from '../server/db.ts';

type TaskSpec = [
  name: string,
  hours: number,
  certificate: boolean,
  contact: boolean,
  time: string,
  level: string,
  competences: string[],
];

const ROLES: { name: string; certified: boolean; cost: number | null; tasks: TaskSpec[] }[] = [
  {
    name: 'Zorgkundige',
    certified: true,
    cost: null,
    tasks: [
      ['Maaltijdbedeling en hulp bij eten', 6, false, true, 'midday', 'A2', ['Verzorging en hygiëne']],
      ['Animatie in de leefgroep', 4, false, true, 'afternoon', 'B1', ['Vrijetijd en inclusie']],
      ['Kamerzorg: bedden opmaken', 3, false, true, 'morning', 'A2', []],
      ['Hygiënische zorg en wondverzorging', 18, true, true, 'morning', 'B2', ['Verzorging en hygiëne']],
    ],
  },
  {
    name: 'Verpleegkundige',
    certified: true,
    cost: null,
    tasks: [
      ['Postbedeling', 1, false, true, 'morning', 'A2', []],
      [
        'Begeleiding naar afspraken (vervoer)',
        3,
        false,
        true,
        'flexible',
        'B1',
        ['Communicatie met cliënten en netwerk'],
      ],
      ['Medicatie klaarzetten en toedienen', 10, true, true, 'morning', 'B2', ['Medicatiebeheer']],
    ],
  },
  {
    name: 'Keukenmedewerker',
    certified: false,
    cost: 4_100_000,
    tasks: [
      ['Maaltijden rondbrengen op de afdelingen', 8, false, true, 'midday', 'A2', ['Logistiek en veiligheid']],
      ['Afwas en keukenonderhoud', 12, false, false, 'afternoon', 'none', ['Logistiek en veiligheid']],
    ],
  },
  {
    name: 'Wasserij',
    certified: false,
    cost: 3_900_000,
    tasks: [['Was sorteren, strijken en terugbrengen', 10, false, false, 'morning', 'none', []]],
  },
];

const CARVED = [
  'Maaltijdbedeling en hulp bij eten',
  'Animatie in de leefgroep',
  'Maaltijden rondbrengen op de afdelingen',
  'Was sorteren, strijken en terugbrengen',
];

export async function createDemoJobCarving(db: Db, orgId: string, now: Date) {
  const competenceId = new Map(
    (await db.selectFrom('cmp_competence').select(['id', 'name']).where('org_id', '=', orgId).execute()).map((c) => [
      c.name,
      c.id,
    ]),
  );
  const ids = (names: string[]) => names.flatMap((n) => (competenceId.has(n) ? [competenceId.get(n)!] : []));
  const taskId = new Map<string, string>();
  for (const role of ROLES) {
    const r = await db
      .insertInto('jc_role')
      .values({ org_id: orgId, name: role.name, certified: role.certified, cost_per_fte_cents: role.cost })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tasks = await db
      .insertInto('jc_task')
      .values(
        role.tasks.map(([name, hours, certificate, contact, time, level, competences], position) => ({
          org_id: orgId,
          role_id: r.id,
          name,
          hours_per_week: hours,
          needs_certificate: certificate,
          client_contact: contact,
          time_of_day: time as 'morning',
          competence_ids: JSON.stringify(ids(competences)),
          language_level: level as 'A2',
          position,
        })),
      )
      .returning(['id', 'name'])
      .execute();
    for (const t of tasks) taskId.set(t.name, t.id);
  }
  const carved = JSON.stringify(CARVED.map((n) => taskId.get(n)!));
  const realisedOn = addDays(dateOf(now), -30);
  const [own] = await db
    .insertInto('jc_proposal')
    .values([
      {
        org_id: orgId,
        name: 'Zorgassistent (eigen contract)',
        function_name: 'Zorgassistent',
        target_hours: 28,
        cost_basis: 'contract',
        cost_per_fte_cents: 3_950_000,
        task_ids: carved,
        talents: JSON.stringify(['care_attitude', 'practical_sense', 'patience']),
        realised_on: realisedOn,
      },
      {
        org_id: orgId,
        name: 'Zorgassistent via maatwerkbedrijf',
        function_name: 'Zorgassistent',
        target_hours: 28,
        cost_basis: 'agreement',
        price_per_hour_cents: 1_850,
        task_ids: carved,
        talents: JSON.stringify(['care_attitude', 'practical_sense']),
      },
    ])
    .returning('id')
    .execute();
  await db
    .insertInto('jc_vacancy')
    .values({ org_id: orgId, proposal_id: own!.id, title: 'Zorgassistent', hours_per_week: 28, opened_on: realisedOn })
    .execute();
  await db
    .insertInto('jc_candidate')
    .values([
      {
        org_id: orgId,
        name: 'Samira El Idrissi',
        competence_ids: JSON.stringify(ids(['Verzorging en hygiëne', 'Logistiek en veiligheid'])),
        talents: JSON.stringify(['care_attitude', 'patience', 'experience_expertise']),
        language_level: 'B1',
        hours_available: 30,
        note: 'Via het OCMW (art. 60), ervaring in een sociaal restaurant',
      },
      {
        org_id: orgId,
        name: 'Kevin Wouters',
        competence_ids: JSON.stringify(ids(['Logistiek en veiligheid'])),
        talents: JSON.stringify(['practical_sense', 'technical_skills']),
        language_level: 'B2',
        hours_available: 19,
      },
      {
        org_id: orgId,
        name: 'Olena Kovalenko',
        competence_ids: JSON.stringify(ids(['Vrijetijd en inclusie'])),
        talents: JSON.stringify(['empathy', 'care_attitude', 'motivation']),
        language_level: 'A2',
        hours_available: 28,
        note: 'Taalcoaching loopt',
      },
    ])
    .execute();
}
