import { addProgressNote, createAction } from '../modules/performance/actions.ts';
import { saveMission } from '../modules/performance/strategy.ts';
import type { Perspective } from '../modules/performance/tables.ts';
import type { DemoSeed } from './seed.ts';
import { daysFromToday } from '../lib/calendar.ts';

const MISSION =
  'Vzw Het Anker ondersteunt volwassenen met een beperking om een goed leven te leiden: zo zelfstandig mogelijk, met hun netwerk, midden in de samenleving.';
const VISION =
  'Ondersteuning op maat en vraaggestuurd, betaalbaar en transparant over de kostprijs, met betrokken en deskundige medewerkers.';

/** The demo map: objectives per perspective, the objectives each contributes to and the starter-set KPIs that measure it. */
const OBJECTIVES: {
  key: string;
  perspective: Perspective;
  title: string;
  description: string;
  supports: string[];
  kpis: string[];
}[] = [
  {
    key: 'life',
    perspective: 'mission',
    title: 'Kwaliteit van bestaan voor elke cliënt',
    description: 'Zelfbepaling, inclusie en welbevinden als toetssteen.',
    supports: [],
    kpis: ['QUALITY_OF_LIFE', 'GOAL_REACHED', 'INCLUSION'],
  },
  {
    key: 'satisfied',
    perspective: 'clients',
    title: 'Tevreden cliënten en netwerk',
    description: 'Cliënten en hun netwerk ervaren de ondersteuning als passend en betrouwbaar.',
    supports: ['life'],
    kpis: ['CLIENT_SATISFACTION', 'CLIENT_NPS', 'COMPLAINTS'],
  },
  {
    key: 'budgets',
    perspective: 'clients',
    title: 'Budgetten benut volgens afspraak',
    description: 'Wat afgesproken is in punten wordt ook geleverd, zonder te overschrijden.',
    supports: ['life', 'healthy'],
    kpis: ['OCCUPANCY', 'PVB_VOUCHER_USE'],
  },
  {
    key: 'waiting',
    perspective: 'clients',
    title: 'Wachttijd verkorten',
    description: 'Vrije capaciteit snel inzetten voor wie het langst of het dringendst wacht.',
    supports: ['life'],
    kpis: ['WAITING_COUNT', 'WAITING_LONGEST', 'CLIENTS_NEW'],
  },
  {
    key: 'healthy',
    perspective: 'financial',
    title: 'Gezonde financiële basis',
    description: 'Een positief resultaat en voldoende liquiditeit, minder afhankelijk van één financier.',
    supports: ['life'],
    kpis: ['RESULT_MARGIN', 'SOLVENCY', 'SUBSIDY_DEPENDENCY', 'CASH_DAYS'],
  },
  {
    key: 'costs',
    perspective: 'financial',
    title: 'Kostprijs per dienst kennen en dekken',
    description: 'Elke dienst kent zijn kostprijs en de prijs dekt die.',
    supports: ['healthy'],
    kpis: ['COST_PER_UNIT', 'COVERAGE', 'PERSONNEL_COST_RATIO'],
  },
  {
    key: 'register',
    perspective: 'processes',
    title: 'Eén keer registreren, juist en tijdig',
    description: 'Geleverde ondersteuning is binnen de week geregistreerd.',
    supports: ['budgets', 'costs'],
    kpis: ['POINTS_DELIVERED'],
  },
  {
    key: 'plans',
    perspective: 'processes',
    title: 'Ondersteuningsplannen samen met de cliënt opvolgen',
    description: 'Elk plan wordt minstens jaarlijks met de cliënt en het netwerk herbekeken.',
    supports: ['satisfied'],
    kpis: ['PLANS_EVALUATED', 'INCIDENTS'],
  },
  {
    key: 'people',
    perspective: 'learning',
    title: 'Deskundige en betrokken medewerkers',
    description: 'Vorming, coaching en een werkplek waar mensen blijven.',
    supports: ['plans', 'satisfied'],
    kpis: ['STAFF_SATISFACTION', 'STAFF_TURNOVER', 'ABSENTEEISM', 'TRAINING_HOURS'],
  },
  {
    key: 'learn',
    perspective: 'learning',
    title: 'Leren uit metingen (PDCA)',
    description: 'Indicatoren, bevragingen en de CAF-zelfevaluatie sturen verbeteracties.',
    supports: ['register', 'plans'],
    kpis: ['ACTIONS_ON_TIME', 'CAF_SCORE', 'STAFF_RESPONSE', 'CLIENT_RESPONSE'],
  },
];

/** Demo improvement actions: days from now to the due date (negative = overdue), the step, and progress notes. */
const ACTIONS: {
  title: string;
  description: string;
  due: number;
  status: 'plan' | 'do' | 'check' | 'act' | 'done';
  kpis: string[];
  notes: string[];
}[] = [
  {
    title: 'Registratie dagondersteuning wekelijks afsluiten',
    description: 'Elke vrijdag controleert de teamcoach of alle dagen geregistreerd zijn.',
    due: -12,
    status: 'do',
    kpis: ['POINTS_DELIVERED', 'OCCUPANCY'],
    notes: ['Afspraak gemaakt in het teamoverleg.', 'Twee teams volgen het al, één team nog niet.'],
  },
  {
    title: 'Wachtlijst maandelijks overlopen met vrije capaciteit',
    description: 'Bij elke vrijgekomen plaats eerst de wachtlijst (PG1) bekijken.',
    due: 20,
    status: 'check',
    kpis: ['WAITING_COUNT', 'WAITING_LONGEST'],
    notes: ['Eerste drie maanden: 4 starters van de wachtlijst.'],
  },
  {
    title: 'Kostprijs keuken herrekenen met de nieuwe leverancier',
    description: 'Maaltijdprijs vergelijken met de kostprijs per maaltijd uit het kostenmodel.',
    due: -5,
    status: 'plan',
    kpis: ['COST_PER_UNIT', 'COVERAGE'],
    notes: [],
  },
  {
    title: 'Vormingsplan 2027 opmaken',
    description: 'Vormingsnoden uit de functioneringsgesprekken en de personeelsbevraging bundelen.',
    due: 45,
    status: 'plan',
    kpis: ['TRAINING_HOURS'],
    notes: [],
  },
  {
    title: 'Onthaal van nieuwe cliënten herwerken',
    description: 'Onthaalmap en eerste gesprek met het netwerk; naar aanleiding van de SERVQUAL-kloof bij empathie.',
    due: 60,
    status: 'do',
    kpis: ['CLIENT_SATISFACTION'],
    notes: ['Werkgroep van drie begeleiders en twee ouders gestart.'],
  },
  {
    title: 'Verzuimbeleid: terugkeergesprekken',
    description: 'Na elke afwezigheid een kort terugkeergesprek met de leidinggevende.',
    due: -30,
    status: 'act',
    kpis: ['ABSENTEEISM'],
    notes: ['Pilot in één team.', 'Verzuim in het pilotteam gedaald; uitrollen naar alle teams.'],
  },
  {
    title: 'Energieverbruik gebouw verminderen',
    description: 'Verlichting en verwarming op timers; offerte zonnepanelen.',
    due: -5,
    status: 'done',
    kpis: ['RESULT_MARGIN'],
    notes: ['Timers geplaatst.', 'Verbruik 11% lager dan vorig jaar.'],
  },
  {
    title: 'Jaarlijkse herziening ondersteuningsplannen plannen',
    description: 'Elke cliënt krijgt een datum voor de herziening met het netwerk.',
    due: 15,
    status: 'do',
    kpis: ['PLANS_EVALUATED'],
    notes: ['Planning voor het eerste kwartaal rond.'],
  },
];

/** Demo: the strategy map (mission, ten objectives with their KPIs) and improvement actions in every PDCA step. */
export async function createDemoPlans({ db, orgId, people, rnd, now }: DemoSeed): Promise<void> {
  const director = people.find((p) => p.role === 'directie') ?? people[0]!;
  await saveMission(db, orgId, director.id, { mission: MISSION, vision: VISION });
  const kpis = await db
    .selectFrom('kpi')
    .select(['id', 'code'])
    .where('org_id', '=', orgId)
    .where('archived', '=', false)
    .execute();
  const byCode = new Map(kpis.map((k) => [k.code, k.id]));
  // KPIs the organisation does not have (any more) are left out.
  const idsOf = (codes: string[]) => codes.flatMap((c) => byCode.get(c) ?? []);
  const ids = new Map(OBJECTIVES.map((o) => [o.key, crypto.randomUUID()]));
  await db.transaction().execute(async (tx) => {
    for (const [position, o] of OBJECTIVES.entries()) {
      await tx
        .insertInto('perf_objective')
        .values({
          id: ids.get(o.key)!,
          org_id: orgId,
          perspective: o.perspective,
          title: o.title,
          description: o.description,
          position,
        })
        .execute();
    }
    for (const o of OBJECTIVES) {
      for (const to of o.supports)
        await tx
          .insertInto('perf_objective_link')
          .values({ org_id: orgId, from_id: ids.get(o.key)!, to_id: ids.get(to)! })
          .execute();
      for (const kpi_id of idsOf(o.kpis))
        await tx
          .insertInto('perf_objective_kpi')
          .values({ org_id: orgId, objective_id: ids.get(o.key)!, kpi_id })
          .execute();
    }
  });
  const owners = people.filter((p) => p.role === 'directie' || p.role === 'staf');
  const day = 86_400_000;
  for (const a of ACTIONS) {
    const owner = rnd.pick(owners);
    const { id } = await createAction(db, orgId, owners[0]!.id, {
      title: a.title,
      description: a.description,
      ownerId: owner.id,
      dueDate: daysFromToday(a.due, now),
      status: 'plan',
      kpiIds: idsOf(a.kpis),
    });
    for (const [i, body] of a.notes.entries()) {
      const note = await addProgressNote(db, orgId, id, owner.id, {
        body,
        status: i === a.notes.length - 1 ? a.status : 'do',
      });
      await db
        .updateTable('perf_action_note')
        .set({ created_at: new Date(now.getTime() - (a.notes.length - i) * 9 * day) })
        .where('id', '=', note.id)
        .execute();
    }
    if (!a.notes.length && a.status !== 'plan')
      await db.updateTable('perf_action').set({ status: a.status }).where('id', '=', id).execute();
    // A done action was finished on the day of its last note, not when the demo was made.
    if (a.status === 'done')
      await db
        .updateTable('perf_action')
        .set({ done_at: new Date(now.getTime() - 9 * day) })
        .where('id', '=', id)
        .execute();
  }
}
