/**
 * Demo: the values beside mission and vision (so the history has a line), SMART details on the
 * strategic objectives (some complete, some missing an owner or a date, as in a real plan), the SWOT
 * of this year with its strategies linked to objectives, and twelve stakeholders on the power–interest
 * matrix. Runs after the plans and surveys demo (it links to their objectives, KPIs and surveys).
 */
import { daysFromToday, thisYear } from '../lib/calendar.ts';
import { saveMission } from '../modules/performance/strategy.ts';
import type { StakeholderType, SwotQuadrant, SwotStrategyKind } from '../modules/strategy/logic/quadrant.ts';
import type { DemoSeed } from './seed.ts';

const VALUES =
  'Respect voor de eigen keuzes van elke persoon · nabijheid · eerlijk en transparant · samen met het netwerk';

/** Objectives (by title) that get an owner, a date and resources: they pass the SMART check. */
const COMPLETE: { title: string; due: number; resources: string }[] = [
  {
    title: 'Tevreden cliënten en netwerk',
    due: 240,
    resources: 'Jaarlijkse cliëntbevraging, 0,2 VTE kwaliteitscoördinator',
  },
  {
    title: 'Kostprijs per dienst kennen en dekken',
    due: 180,
    resources: 'Kostenmodel in Stuurboord, boekhouder 4 uur per maand',
  },
  {
    title: 'Eén keer registreren, juist en tijdig',
    due: 120,
    resources: 'Registratie per week, opleiding voor alle begeleiders',
  },
  {
    title: 'Leren uit metingen (PDCA)',
    due: 365,
    resources: 'Kwartaalbespreking van de cockpit in het directieoverleg',
  },
];
/** An objective with resources but no owner and no date: it shows what it misses (the browser flow completes it). */
export const DEMO_INCOMPLETE_OBJECTIVE = 'Deskundige en betrokken medewerkers';

const SWOT: { quadrant: SwotQuadrant; text: string; evidence: string; kpis?: string[]; survey?: boolean }[] = [
  {
    quadrant: 'strength',
    text: 'Cliënten en hun netwerk zijn tevreden over de begeleiding',
    evidence: 'Cliëntbevraging: ruim boven de streefwaarde op betrouwbaarheid en empathie',
    kpis: ['CLIENT_SATISFACTION'],
    survey: true,
  },
  {
    quadrant: 'strength',
    text: 'Betrokken en deskundige begeleiders',
    evidence: 'Personeelsbevraging en opleidingsuren per VTE',
    kpis: ['STAFF_SATISFACTION', 'TRAINING_HOURS'],
  },
  {
    quadrant: 'weakness',
    text: 'Verzuim hoger dan in de sector',
    evidence: 'Ziekteverzuim boven de rode drempel in drie van de laatste twaalf maanden',
    kpis: ['ABSENTEEISM'],
  },
  {
    quadrant: 'weakness',
    text: 'Kostprijs per dienst pas laat in het jaar bekend',
    evidence: 'Kostenmodel pas in het tweede kwartaal ingevuld',
    kpis: ['COST_PER_UNIT'],
  },
  {
    quadrant: 'opportunity',
    text: 'Samenwerking met de sociale huisvestingsmaatschappij',
    evidence: 'Vraag van de huisvestingsmaatschappij naar woonbegeleiding in twee nieuwe projecten',
  },
  {
    quadrant: 'opportunity',
    text: 'Burgerinitiatief in de buurt zoekt ondersteuning',
    evidence: 'Buurtcomité vroeg om vrijwilligers te begeleiden',
  },
  {
    quadrant: 'threat',
    text: 'Krappe arbeidsmarkt voor begeleiders',
    evidence: 'Vacatures blijven gemiddeld vier maanden open',
    kpis: ['STAFF_TURNOVER'],
  },
  {
    quadrant: 'threat',
    text: 'Lange wachtlijst en beperkte budgetten bij de overheid',
    evidence: 'Wachtlijst groeit; prioriteitengroepen bepalen wie een budget krijgt',
    kpis: ['WAITING_MEDIAN'],
  },
];

const STRATEGIES: { kind: SwotStrategyKind; text: string; objectives: string[] }[] = [
  {
    kind: 'SO',
    text: 'Onze expertise in woonbegeleiding inzetten in de projecten van de huisvestingsmaatschappij',
    objectives: ['Wachttijd verkorten', 'Tevreden cliënten en netwerk'],
  },
  {
    kind: 'WO',
    text: 'Vrijwilligers uit het burgerinitiatief betrekken om begeleiders te ontlasten',
    objectives: ['Deskundige en betrokken medewerkers'],
  },
  {
    kind: 'ST',
    text: 'Tevreden medewerkers als ambassadeurs bij de werving',
    objectives: ['Deskundige en betrokken medewerkers'],
  },
  {
    kind: 'WT',
    text: 'Kostprijs elk kwartaal opvolgen zodat krappe budgetten niet verrassen',
    objectives: ['Kostprijs per dienst kennen en dekken', 'Gezonde financiële basis'],
  },
];

const STAKEHOLDERS: {
  name: string;
  type: StakeholderType;
  power: number;
  interest: number;
  influence: number;
  expectations: string;
  valueCreated: string;
  engagement: string;
  contact: number | null;
  kpis?: string[];
  survey?: 'clients' | 'staff';
}[] = [
  {
    name: 'Cliënten',
    type: 'clients',
    power: 3,
    interest: 5,
    influence: 4,
    expectations: 'Ondersteuning op maat, eigen keuzes, een vaste begeleider',
    valueCreated: 'Een goed leven, zo zelfstandig mogelijk',
    engagement: 'Gebruikersraad elke maand, jaarlijkse bevraging',
    contact: -6,
    kpis: ['CLIENT_SATISFACTION'],
    survey: 'clients',
  },
  {
    name: 'Ouders en netwerk',
    type: 'network',
    power: 2,
    interest: 5,
    influence: 3,
    expectations: 'Betrokken worden bij het ondersteuningsplan',
    valueCreated: 'Ontlasting en gerustheid',
    engagement: 'Netwerkgesprek bij elke herziening van het plan',
    contact: -20,
  },
  {
    name: 'VAPH',
    type: 'government',
    power: 5,
    interest: 4,
    influence: 5,
    expectations: 'Correcte registratie, verantwoording en kwaliteit',
    valueCreated: 'Zorg op maat voor budgethouders',
    engagement: 'Jaarlijks verantwoordingsgesprek, inspectie',
    contact: -45,
    kpis: ['POINTS_DELIVERED'],
  },
  {
    name: 'Gemeente',
    type: 'government',
    power: 4,
    interest: 2,
    influence: 4,
    expectations: 'Bijdrage aan het lokaal sociaal beleid',
    valueCreated: 'Inclusie in de buurt, minder vereenzaming',
    engagement: 'Deelname aan het lokaal overleg welzijn',
    contact: -90,
  },
  {
    name: 'Medewerkers',
    type: 'staff',
    power: 4,
    interest: 5,
    influence: 4,
    expectations: 'Werkbaar werk, opleiding, inspraak',
    valueCreated: 'Zinvol werk en groeikansen',
    engagement: 'Personeelsbevraging, teamoverleg, ondernemingsraad',
    contact: -3,
    kpis: ['STAFF_SATISFACTION', 'ABSENTEEISM'],
    survey: 'staff',
  },
  {
    name: 'Vrijwilligers',
    type: 'volunteers',
    power: 1,
    interest: 4,
    influence: 2,
    expectations: 'Waardering en duidelijke afspraken',
    valueCreated: 'Zinvolle vrijetijdsbesteding',
    engagement: 'Vrijwilligersavond twee keer per jaar',
    contact: -30,
  },
  {
    name: 'Verwijzers (CLB, ziekenhuizen)',
    type: 'referrers',
    power: 2,
    interest: 3,
    influence: 2,
    expectations: 'Snel een antwoord op een aanmelding',
    valueCreated: 'Een plek voor wie ondersteuning zoekt',
    engagement: 'Infomoment per jaar',
    contact: -120,
    kpis: ['WAITING_MEDIAN'],
  },
  {
    name: 'Koepel (VAPH-sector)',
    type: 'umbrella',
    power: 3,
    interest: 2,
    influence: 3,
    expectations: 'Deelname aan werkgroepen, gegevens voor benchmarking',
    valueCreated: 'Praktijkkennis voor beleidsadvies',
    engagement: 'Werkgroep kwaliteit',
    contact: -60,
  },
  {
    name: 'Buurtbewoners',
    type: 'neighbourhood',
    power: 1,
    interest: 2,
    influence: 1,
    expectations: 'Goede buren, weten wat er gebeurt',
    valueCreated: 'Ontmoeting in het buurtcafé',
    engagement: 'Open deur op de jaarlijkse buurtdag',
    contact: -150,
  },
  {
    name: 'Sociale huisvestingsmaatschappij',
    type: 'partners',
    power: 4,
    interest: 3,
    influence: 3,
    expectations: 'Woonbegeleiding voor kwetsbare huurders',
    valueCreated: 'Stabiele huurders, minder uithuiszettingen',
    engagement: 'Verkennend overleg over twee projecten',
    contact: -14,
  },
  {
    name: 'Burgerinitiatief De Buurtbrug',
    type: 'partners',
    power: 1,
    interest: 4,
    influence: 2,
    expectations: 'Ondersteuning en vorming van vrijwilligers',
    valueCreated: 'Sterker vrijwilligerswerk in de buurt',
    engagement: 'Maandelijks contact met de trekker',
    contact: -10,
  },
  {
    name: 'Samenleving',
    type: 'society',
    power: 2,
    interest: 1,
    influence: 2,
    expectations: 'Goed gebruik van publiek geld',
    valueCreated: 'Inclusie van personen met een beperking',
    engagement: 'Jaarverslag en website',
    contact: null,
  },
];

export async function createDemoStrategy({ db, orgId, people, now }: DemoSeed): Promise<void> {
  const director = people.find((p) => p.role === 'directie') ?? people[0]!;
  const staff = people.filter((p) => p.role === 'staf');
  const current = await db
    .selectFrom('perf_strategy')
    .select(['mission', 'vision'])
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  await saveMission(db, orgId, director.id, {
    mission: current?.mission ?? '',
    vision: current?.vision ?? '',
    values: VALUES,
  });
  const objectives = await db
    .selectFrom('perf_objective')
    .select(['id', 'title'])
    .where('org_id', '=', orgId)
    .execute();
  const objectiveId = new Map(objectives.map((o) => [o.title, o.id]));
  for (const [i, c] of COMPLETE.entries()) {
    const id = objectiveId.get(c.title);
    if (!id) continue;
    await db
      .updateTable('perf_objective')
      .set({
        owner_id: (i % 2 === 0 ? director : (staff[0] ?? director)).id,
        due_date: daysFromToday(c.due, now),
        resources: c.resources,
      })
      .where('id', '=', id)
      .execute();
  }
  // The rest lack an owner or a date; one misses both (the SMART check shows it).
  for (const o of objectives) {
    if (COMPLETE.some((c) => c.title === o.title)) continue;
    const incomplete = o.title === DEMO_INCOMPLETE_OBJECTIVE;
    await db
      .updateTable('perf_objective')
      .set(
        incomplete
          ? { resources: 'Opleidingsbudget en een halve dag per maand intervisie' }
          : { owner_id: director.id },
      )
      .where('id', '=', o.id)
      .execute();
  }
  // Two actions carry an objective out.
  const actions = await db.selectFrom('perf_action').select(['id', 'title']).where('org_id', '=', orgId).execute();
  const carry = [
    ['Jaarlijkse herziening ondersteuningsplannen plannen', 'Ondersteuningsplannen samen met de cliënt opvolgen'],
    ['Verzuimbeleid: terugkeergesprekken', DEMO_INCOMPLETE_OBJECTIVE],
  ] as const;
  for (const [action, objective] of carry) {
    const actionId = actions.find((a) => a.title === action)?.id;
    const id = objectiveId.get(objective);
    if (actionId && id)
      await db
        .insertInto('perf_objective_action')
        .values({ org_id: orgId, objective_id: id, action_id: actionId })
        .execute();
  }

  const kpis = await db.selectFrom('kpi').select(['id', 'code']).where('org_id', '=', orgId).execute();
  const kpiId = new Map(kpis.map((k) => [k.code, k.id]));
  const surveys = await db
    .selectFrom('survey')
    .select(['id', 'audience'])
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .execute();
  const surveyOf = (audience: 'clients' | 'staff') => surveys.find((s) => s.audience === audience)?.id;
  const links = (
    owner: { swot_item_id: string } | { stakeholder_id: string },
    codes: string[] = [],
    survey?: string,
  ) => [
    ...codes.flatMap((c) => {
      const id = kpiId.get(c);
      return id ? [{ org_id: orgId, ...owner, kpi_id: id }] : [];
    }),
    ...(survey ? [{ org_id: orgId, ...owner, survey_id: survey }] : []),
  ];

  const { id: swotId } = await db
    .insertInto('st_swot')
    .values({ org_id: orgId, year: thisYear(now), note: 'Opgemaakt met het directieteam en twee bestuursleden.' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, item] of SWOT.entries()) {
    const { id } = await db
      .insertInto('st_swot_item')
      .values({
        org_id: orgId,
        swot_id: swotId,
        quadrant: item.quadrant,
        text: item.text,
        evidence: item.evidence,
        position,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = links({ swot_item_id: id }, item.kpis, item.survey ? surveyOf('clients') : undefined);
    if (rows.length) await db.insertInto('st_link').values(rows).execute();
  }
  for (const s of STRATEGIES) {
    const { id } = await db
      .insertInto('st_swot_strategy')
      .values({ org_id: orgId, swot_id: swotId, kind: s.kind, text: s.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = s.objectives.flatMap((title) => {
      const objective = objectiveId.get(title);
      return objective ? [{ org_id: orgId, strategy_id: id, objective_id: objective }] : [];
    });
    if (rows.length) await db.insertInto('st_swot_strategy_objective').values(rows).execute();
  }

  for (const s of STAKEHOLDERS) {
    const { id } = await db
      .insertInto('st_stakeholder')
      .values({
        org_id: orgId,
        name: s.name,
        type: s.type,
        power: s.power,
        interest: s.interest,
        influence: s.influence,
        expectations: s.expectations,
        value_created: s.valueCreated,
        engagement: s.engagement,
        last_contact: s.contact === null ? null : daysFromToday(s.contact, now),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = links({ stakeholder_id: id }, s.kpis, s.survey ? surveyOf(s.survey) : undefined);
    if (rows.length) await db.insertInto('st_link').values(rows).execute();
  }
}
