/**
 * The demo's complaints register: 20 complaints and remarks over the last two years, from clients,
 * their network, staff and the public link, most handled within the deadlines, a few late, one still
 * open and past its deadline, and one that led to an improvement action. The deadlines are the
 * organisation's rule (acknowledge within 7 days, answer within 30) from two years ago.
 */
import { addDays, today } from '../lib/calendar.ts';
import { deadlines } from '../modules/complaints/logic.ts';
import type { ComplaintInput } from '../modules/complaints/schema.ts';
import { createActionFromComplaint } from '../modules/performance/actions-origin.ts';
import type { DemoSeed } from './seed.ts';

type Demo = Pick<ComplaintInput, 'kind' | 'source' | 'channel' | 'aboutKind' | 'severity'> & {
  subject: string;
  about?: string;
  /** A complaint about the care of a client (the n-th demo client). */
  client?: number;
  outcome?: 'founded' | 'partly' | 'not_founded';
  answer?: string;
  /** Days to acknowledge and to answer; a late one passes the deadline. */
  ackAfter?: number;
  answerAfter?: number;
  steps?: string[];
};

const DEMO: Demo[] = [
  {
    kind: 'complaint',
    source: 'network',
    channel: 'phone',
    aboutKind: 'care',
    client: 0,
    severity: 'medium',
    subject: 'Medicatie te laat gegeven in het weekend',
    outcome: 'founded',
    answer: 'We hebben de overdracht bij het weekend aangepast: de medicatielijst wordt nu afgetekend.',
    steps: ['Gesprek met de moeder', 'Nagevraagd bij het weekendteam'],
  },
  {
    kind: 'complaint',
    source: 'client',
    channel: 'in_person',
    aboutKind: 'group',
    about: 'Leefgroep De Linde',
    severity: 'low',
    subject: 'Te veel lawaai na 22 uur',
    outcome: 'partly',
    answer: 'Er zijn afspraken gemaakt over de avondrust.',
  },
  {
    kind: 'remark',
    source: 'network',
    channel: 'email',
    aboutKind: 'process',
    about: 'Facturatie',
    severity: 'low',
    subject: 'Factuur moeilijk leesbaar',
    outcome: 'partly',
    answer: 'De factuur krijgt een korte uitleg per lijn.',
  },
  {
    kind: 'complaint',
    source: 'staff',
    channel: 'email',
    aboutKind: 'process',
    about: 'Planning',
    severity: 'medium',
    subject: 'Weekplanning te laat gecommuniceerd',
    outcome: 'founded',
    answer: 'De planning staat voortaan op vrijdag van de week ervoor online.',
  },
  {
    kind: 'complaint',
    source: 'network',
    channel: 'letter',
    aboutKind: 'care',
    client: 1,
    severity: 'high',
    subject: 'Onvoldoende begeleiding bij doktersbezoek',
    outcome: 'not_founded',
    answer: 'Het bezoek was begeleid zoals afgesproken in het ondersteuningsplan; we lichten het plan opnieuw toe.',
    ackAfter: 10,
    answerAfter: 38,
    steps: ['Dossier nagekeken', 'Gesprek met de zus'],
  },
  {
    kind: 'complaint',
    source: 'anonymous',
    channel: 'public_link',
    aboutKind: 'other',
    severity: 'medium',
    subject: 'Onvriendelijk onthaal aan de telefoon',
    outcome: 'partly',
    answer: 'Het onthaal kreeg een opfrissing rond telefoongesprekken.',
  },
  {
    kind: 'complaint',
    source: 'client',
    channel: 'in_person',
    aboutKind: 'function',
    about: 'Dagondersteuning',
    severity: 'medium',
    subject: 'Te weinig keuze in de dagactiviteiten',
    outcome: 'founded',
    answer: 'Vanaf volgende maand is er een tweede activiteit op dinsdag en donderdag.',
  },
  {
    kind: 'complaint',
    source: 'network',
    channel: 'phone',
    aboutKind: 'function',
    about: 'Vervoer',
    severity: 'high',
    subject: 'Busje kwam twee keer niet opdagen',
    outcome: 'founded',
    answer: 'De vervoersplanning is herzien en er is een reservechauffeur.',
    ackAfter: 2,
    answerAfter: 12,
  },
  {
    kind: 'remark',
    source: 'other',
    channel: 'email',
    aboutKind: 'other',
    about: 'Buurt',
    severity: 'low',
    subject: 'Auto’s geparkeerd voor de inrit van de buren',
    outcome: 'founded',
    answer: 'Medewerkers parkeren voortaan op de parking achteraan.',
  },
  {
    kind: 'complaint',
    source: 'client',
    channel: 'in_person',
    aboutKind: 'care',
    client: 2,
    severity: 'medium',
    subject: 'Wil vaker naar huis in het weekend',
    outcome: 'not_founded',
    answer:
      'Het aantal weekends thuis volgt uit de afspraken in het ondersteuningsplan; we bekijken het bij de evaluatie.',
  },
  {
    kind: 'complaint',
    source: 'staff',
    channel: 'in_person',
    aboutKind: 'process',
    about: 'Onthaal nieuwe medewerkers',
    severity: 'low',
    subject: 'Geen peter of meter bij de start',
    outcome: 'partly',
    answer: 'Elke nieuwe medewerker krijgt een peter of meter.',
  },
  {
    kind: 'complaint',
    source: 'network',
    channel: 'email',
    aboutKind: 'process',
    about: 'Communicatie',
    severity: 'medium',
    subject: 'Geen verslag van het evaluatiegesprek ontvangen',
    outcome: 'founded',
    answer: 'Verslagen worden binnen de week bezorgd.',
    ackAfter: 9,
    answerAfter: 35,
  },
  {
    kind: 'complaint',
    source: 'anonymous',
    channel: 'public_link',
    aboutKind: 'group',
    about: 'Leefgroep De Eik',
    severity: 'medium',
    subject: 'Badkamer niet proper',
    outcome: 'founded',
    answer: 'Het poetsschema is aangepast.',
  },
  {
    kind: 'complaint',
    source: 'client',
    channel: 'phone',
    aboutKind: 'function',
    about: 'Woonondersteuning',
    severity: 'low',
    subject: 'Begeleider kwam later dan gepland',
    outcome: 'not_founded',
    answer: 'De begeleider kwam binnen het afgesproken tijdvak.',
  },
  {
    kind: 'complaint',
    source: 'network',
    channel: 'in_person',
    aboutKind: 'care',
    client: 3,
    severity: 'high',
    subject: 'Val niet gemeld aan de familie',
    outcome: 'founded',
    answer: 'Incidenten worden voortaan dezelfde dag aan het netwerk gemeld.',
    steps: ['Incidentmelding nagekeken', 'Gesprek met de familie en de begeleider'],
  },
  {
    kind: 'remark',
    source: 'client',
    channel: 'in_person',
    aboutKind: 'group',
    about: 'Leefgroep De Linde',
    severity: 'low',
    subject: 'Graag vaker frietjes',
    outcome: 'partly',
    answer: 'Eén keer per maand staan er frietjes op het menu.',
  },
  {
    kind: 'complaint',
    source: 'staff',
    channel: 'email',
    aboutKind: 'process',
    about: 'ICT',
    severity: 'medium',
    subject: 'Registratiesysteem traag op de tablet',
    outcome: 'partly',
    answer: 'Nieuwe tablets zijn besteld.',
    ackAfter: 3,
    answerAfter: 33,
  },
  {
    kind: 'complaint',
    source: 'network',
    channel: 'letter',
    aboutKind: 'function',
    about: 'Dagondersteuning',
    severity: 'medium',
    subject: 'Activiteit afgelast zonder verwittiging',
    outcome: 'founded',
    answer: 'Bij een afgelaste activiteit sturen we voortaan een bericht.',
  },
  {
    kind: 'complaint',
    source: 'client',
    channel: 'in_person',
    aboutKind: 'group',
    about: 'Leefgroep De Eik',
    severity: 'medium',
    subject: 'Geen inspraak in de weekmenu’s',
    outcome: 'partly',
    answer: 'Er komt een maandelijkse menuraad.',
  },
  {
    kind: 'complaint',
    source: 'network',
    channel: 'phone',
    aboutKind: 'process',
    about: 'Onthaal',
    severity: 'medium',
    subject: 'Niemand bereikbaar tijdens de middag',
  },
];

export async function createDemoComplaints({ db, orgId, people, rnd, now }: DemoSeed): Promise<void> {
  const day = today(now);
  const from = addDays(day, -730);
  await db.insertInto('cp_rule').values({ org_id: orgId, valid_from: from, ack_days: 7, answer_days: 30 }).execute();
  const rules = [{ validFrom: from, validTo: null, ackDays: 7, answerDays: 30 }];
  const clients = await db.selectFrom('cl_client').select('id').where('org_id', '=', orgId).orderBy('name').execute();
  const handlers = people.filter((p) => p.role === 'staf' || p.role === 'directie');
  const registrars = people.filter((p) => p.role !== 'bestuur' && p.role !== 'beheerder' && p.role !== 'partner');
  let founded: string | null = null;
  for (const [i, c] of DEMO.entries()) {
    // Spread over two years, oldest first; the last one arrived 40 days ago and is still open.
    const receivedOn =
      i === DEMO.length - 1 ? addDays(day, -40) : addDays(from, Math.round((i * 680) / DEMO.length) + rnd.int(0, 20));
    const due = deadlines(rules, receivedOn);
    const handled = Boolean(c.outcome);
    const ack = handled ? addDays(receivedOn, c.ackAfter ?? rnd.int(1, 5)) : null;
    const answered = handled ? addDays(receivedOn, c.answerAfter ?? rnd.int(8, 26)) : null;
    const clientId = c.client !== undefined ? (clients[c.client]?.id ?? null) : null;
    const anonymous = c.source === 'anonymous';
    const handler = handlers.length ? handlers[i % handlers.length]! : null;
    const row = await db
      .insertInto('cp_complaint')
      .values({
        org_id: orgId,
        kind: c.kind,
        source: c.source,
        channel: c.channel,
        received_on: receivedOn,
        subject: c.subject,
        about_kind: clientId || c.aboutKind !== 'care' ? c.aboutKind : 'other',
        about: c.about ?? '',
        severity: c.severity,
        client_id: clientId,
        complainant: anonymous || c.source === 'staff' ? '' : c.source === 'client' ? 'De cliënt zelf' : 'Familie',
        ack_due: due.ackDue,
        answer_due: due.answerDue,
        handler_id: handled ? (handler?.id ?? null) : null,
        acknowledged_on: ack,
        answered_on: answered,
        outcome: c.outcome ?? null,
        answer: c.answer ?? '',
        created_by: anonymous || registrars.length === 0 ? null : registrars[i % registrars.length]!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [n, note] of (c.steps ?? []).entries()) {
      await db
        .insertInto('cp_step')
        .values({
          org_id: orgId,
          complaint_id: row.id,
          done_on: addDays(receivedOn, 2 + n * 3),
          note,
          author_id: handler?.id ?? null,
        })
        .execute();
    }
    if (i === 0) founded = row.id;
  }
  // The first complaint (medication given late) led to an improvement action.
  const director = people.find((p) => p.role === 'directie');
  if (founded && director) await createActionFromComplaint(db, orgId, director.id, founded);
}
