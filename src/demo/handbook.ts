/**
 * The demo's quality handbook: three processes with fifteen procedures, instructions and forms, most
 * approved (some in a second version, so there is something to compare), one under review and one still
 * a draft; links to KPIs, an open improvement action (with "as is" and "to be"), CAF subcriteria and a few
 * risks; the begeleiders asked to read the intake procedure, some of them have confirmed.
 */
import { addDays, today } from '../lib/calendar.ts';
import { plainText } from '../modules/handbook/logic.ts';
import * as q from '../modules/handbook/queries.ts';
import type { RichDoc, RichNode } from '../modules/handbook/schema.ts';
import { actionRefs, kpiLabels } from '../modules/performance/public.ts';
import type { DemoSeed } from './seed.ts';

const text = (t: string): RichNode => ({ type: 'text', text: t });
const para = (t: string): RichNode => ({ type: 'paragraph', content: [text(t)] });
const heading = (t: string): RichNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] });
const list = (items: string[], ordered = true): RichNode => ({
  type: ordered ? 'orderedList' : 'bulletList',
  ...(ordered && { attrs: { start: 1, type: null } }),
  content: items.map((i) => ({ type: 'listItem', content: [para(i)] })),
});
const cell = (t: string, header = false): RichNode => ({
  type: header ? 'tableHeader' : 'tableCell',
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [para(t)],
});
const table = (rows: [string, string][]): RichNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: [cell('Wie', true), cell('Wat', true)] },
    ...rows.map(([a, b]) => ({ type: 'tableRow', content: [cell(a), cell(b)] })),
  ],
});

interface DemoDoc {
  title: string;
  kind: 'procedure' | 'instruction' | 'form';
  goal: string;
  steps: string[];
  roles?: [string, string][];
  /** The text of a second version: a changed step (index, text). */
  v2?: [number, string];
  state?: 'approved' | 'in_review' | 'draft';
  kpis?: string[];
  caf?: string[];
  risks?: string[];
  reviewIn?: number;
}

const PROCESSES: { name: string; description: string; docs: DemoDoc[] }[] = [
  {
    name: 'Intake tot uitstroom',
    description:
      'Van de eerste vraag tot het afscheid: aanmelding, intake, ondersteuningsplan, evaluatie en uitstroom.',
    docs: [
      {
        title: 'Procedure aanmelding en intake',
        kind: 'procedure',
        goal: 'Elke aanmelding krijgt snel en zorgvuldig een antwoord; de intake brengt de vraag, het netwerk en de wensen van de persoon in kaart.',
        steps: [
          'De intakemedewerker registreert de aanmelding binnen twee werkdagen.',
          'Binnen tien werkdagen volgt een kennismakingsgesprek, thuis of in de voorziening.',
          'De intakemedewerker bespreekt de vraag in het intakeoverleg.',
          'De persoon krijgt schriftelijk antwoord met de volgende stappen.',
        ],
        roles: [
          ['Intakemedewerker', 'Registratie, gesprek en verslag'],
          ['Teamcoach', 'Beslissing in het intakeoverleg'],
        ],
        v2: [1, 'Binnen vijf werkdagen volgt een kennismakingsgesprek, thuis, in de voorziening of online.'],
        kpis: ['WAITING_MEDIAN', 'CLIENT_SATISFACTION'],
        caf: ['5.2', '6.1'],
        risks: ['Wachttijd te lang'],
        reviewIn: 40,
      },
      {
        title: 'Procedure ondersteuningsplan opmaken',
        kind: 'procedure',
        goal: 'Samen met de persoon en zijn netwerk een ondersteuningsplan opmaken binnen drie maanden na de start.',
        steps: [
          'De begeleider plant een gesprek met de persoon en wie hij wil betrekken.',
          'De doelen worden in de woorden van de persoon genoteerd.',
          'Het plan wordt ondertekend en in het dossier bewaard.',
        ],
        v2: [1, 'De doelen worden in de woorden van de persoon genoteerd, met een eerste stap per doel.'],
        kpis: ['GOAL_REACHED'],
        caf: ['5.2'],
      },
      {
        title: 'Procedure evaluatie ondersteuningsplan',
        kind: 'procedure',
        goal: 'Elk ondersteuningsplan wordt minstens jaarlijks geëvalueerd met de persoon.',
        steps: [
          'De begeleider bereidt de evaluatie voor.',
          'Het gesprek volgt de doelen van het plan.',
          'Nieuwe doelen worden toegevoegd.',
        ],
        state: 'in_review',
        kpis: ['PLANS_EVALUATED', 'QUALITY_OF_LIFE'],
      },
      {
        title: 'Procedure uitstroom en nazorg',
        kind: 'procedure',
        goal: 'Een zorgvuldig afscheid, met een overdracht naar wie de ondersteuning overneemt.',
        steps: [
          'Afscheidsgesprek met de persoon en zijn netwerk.',
          'Overdracht met toestemming van de persoon.',
          'Nazorgcontact na drie maanden.',
        ],
        reviewIn: 20,
      },
      {
        title: 'Formulier aanmelding',
        kind: 'form',
        goal: 'De gegevens die bij een aanmelding nodig zijn, en niet meer.',
        steps: ['Naam en contactgegevens', 'Vraag in eigen woorden', 'Toestemming voor het bewaren van de gegevens'],
      },
      {
        title: 'Instructie dossierbeheer',
        kind: 'instruction',
        goal: 'Wat in het cliëntdossier hoort, wie het mag lezen en hoe lang het bewaard wordt.',
        steps: ['Enkel noodzakelijke gegevens.', 'Toegang volgens de rol.', 'Bewaartermijn tien jaar na uitstroom.'],
        risks: ['Datalek cliëntgegevens'],
        caf: ['4.5'],
      },
    ],
  },
  {
    name: 'Ondersteuning en zorg',
    description: 'De dagelijkse ondersteuning: begeleiding, medicatie, veiligheid en vrijheidsbeperking.',
    docs: [
      {
        title: 'Procedure medicatiebeheer',
        kind: 'procedure',
        goal: 'Veilige bewaring, toediening en registratie van medicatie.',
        steps: [
          'Medicatie wordt bewaard in een afgesloten kast per leefgroep.',
          'Toediening volgens het medicatieschema, met dubbele controle.',
          'Elke fout wordt gemeld en besproken.',
        ],
        roles: [
          ['Verpleegkundige', 'Schema en controle'],
          ['Begeleider', 'Toediening en registratie'],
        ],
        v2: [2, 'Elke fout of bijna-fout wordt binnen 24 uur gemeld en maandelijks besproken.'],
        risks: ['Medicatiefout'],
        caf: ['6.1'],
      },
      {
        title: 'Procedure vrijheidsbeperkende maatregelen',
        kind: 'procedure',
        goal: 'Vrijheidsbeperking enkel als het niet anders kan, in overleg en met registratie.',
        steps: [
          'Eerst alternatieven zoeken.',
          'Beslissing in het multidisciplinair team.',
          'Registratie en evaluatie na een maand.',
        ],
        state: 'draft',
      },
      {
        title: 'Instructie valpreventie',
        kind: 'instruction',
        goal: 'Vallen voorkomen bij personen met een verhoogd risico.',
        steps: ['Valrisico inschatten bij de intake.', 'Aanpassingen in de woning.', 'Elke val registreren.'],
        risks: ['Valincident'],
        kpis: ['INCIDENTS'],
      },
      {
        title: 'Procedure melding grensoverschrijdend gedrag',
        kind: 'procedure',
        goal: 'Elke melding wordt ernstig genomen en opgevolgd.',
        steps: ['Melden aan de teamcoach.', 'Opvang van wie het meemaakte.', 'Analyse en maatregelen.'],
        caf: ['3.3'],
      },
      {
        title: 'Formulier incidentmelding',
        kind: 'form',
        goal: 'Een incident snel en volledig melden.',
        steps: ['Wat gebeurde er, waar en wanneer?', 'Wie was betrokken?', 'Welke eerste maatregel werd genomen?'],
      },
    ],
  },
  {
    name: 'Personeel',
    description: 'Selectie, onthaal, vorming en tevredenheid van medewerkers.',
    docs: [
      {
        title: 'Procedure selectie en aanwerving',
        kind: 'procedure',
        goal: 'Een eerlijke selectie op basis van het competentieprofiel.',
        steps: [
          'Vacature op basis van het rolprofiel.',
          'Gesprek met twee selectoren.',
          'Referenties en beslissing binnen een week.',
        ],
        v2: [1, 'Gesprek met drie selectoren, van wie één uit het team.'],
        caf: ['3.1'],
        risks: ['Verkeerde aanwerving'],
      },
      {
        title: 'Procedure onthaal nieuwe medewerkers',
        kind: 'procedure',
        goal: 'Elke nieuwe medewerker voelt zich snel thuis en kent de afspraken.',
        steps: ['Onthaalmap en meter of peter.', 'Kennismaking met de teams.', 'Evaluatiegesprek na drie maanden.'],
        caf: ['3.1'],
      },
      {
        title: 'Procedure meting medewerkerstevredenheid',
        kind: 'procedure',
        goal: 'Om de twee jaar de tevredenheid van de medewerkers meten en er iets mee doen.',
        steps: [
          'Bevraging met de Herzberg-vragenlijst.',
          'Bespreking van de resultaten in elk team.',
          'Verbeteracties in het jaarplan.',
        ],
        kpis: ['STAFF_SATISFACTION'],
        caf: ['7.1'],
        reviewIn: 55,
      },
      {
        title: 'Instructie vormingsaanvraag',
        kind: 'instruction',
        goal: 'Hoe een vorming aanvragen en wie beslist.',
        steps: ['Aanvraag bij de teamcoach.', 'Beslissing volgens het vormingsbudget.', 'Verslag na de vorming.'],
      },
    ],
  },
];

const RISKS: { title: string; level: 'low' | 'medium' | 'high' }[] = [
  { title: 'Wachttijd te lang', level: 'medium' },
  { title: 'Datalek cliëntgegevens', level: 'high' },
  { title: 'Medicatiefout', level: 'high' },
  { title: 'Valincident', level: 'medium' },
  { title: 'Verkeerde aanwerving', level: 'low' },
];

function docOf(d: DemoDoc, steps: string[]): RichDoc {
  return {
    type: 'doc',
    content: [
      heading('Doel'),
      para(d.goal),
      heading(d.kind === 'form' ? 'Velden' : 'Werkwijze'),
      list(steps, d.kind !== 'form'),
      ...(d.roles ? [heading('Wie doet wat'), table(d.roles)] : []),
    ],
  };
}

export async function createDemoHandbook({ db, orgId, people, now }: DemoSeed) {
  const day = today(now);
  const director = people.find((p) => p.role === 'directie')!;
  const staff = people.find((p) => p.role === 'staf') ?? director;
  const coaches = people.filter((p) => p.role === 'begeleider');
  const { name: directorName } = await db
    .selectFrom('app_user')
    .select('name')
    .where('id', '=', director.id)
    .executeTakeFirstOrThrow();
  const kpis = new Map((await kpiLabels(db, orgId)).map((k) => [k.label.split(' ')[0]!, k.id]));
  const openAction = (await actionRefs(db, orgId)).find((a) => a.open);
  const risks = new Map<string, string>();
  for (const r of RISKS) risks.set(r.title, await q.insertRisk(db, orgId, r));
  let n = 0;
  for (const [position, p] of PROCESSES.entries()) {
    const processId = await q.insertProcess(db, orgId, { name: p.name, description: p.description, position });
    for (const d of p.docs) {
      n++;
      const documentId = await q.insertDocument(db, orgId, {
        processId,
        kind: d.kind,
        title: d.title,
        ownerId: n % 3 === 0 ? director.id : staff.id,
        reviewOn: addDays(day, d.reviewIn ?? 200 + n * 10),
      });
      const first = docOf(d, d.steps);
      const v1 = await q.insertVersion(db, orgId, {
        documentId,
        number: 1,
        content: first,
        plain: plainText(first),
        changeNote: 'Eerste versie',
        createdBy: staff.id,
      });
      const approval = (ago: number) => ({ by: director.id, name: directorName, on: addDays(day, -ago) });
      const state = d.state ?? 'approved';
      if (state === 'draft') {
        // Stays version 1, a draft.
      } else if (state === 'in_review' && !d.v2) {
        await q.setVersionStatus(db, orgId, v1, 'approved', approval(400 - n * 7));
        const second = docOf(d, [...d.steps, 'De evaluatie wordt met het netwerk gedeeld, als de persoon dat wil.']);
        const v2 = await q.insertVersion(db, orgId, {
          documentId,
          number: 2,
          content: second,
          plain: plainText(second),
          changeNote: 'Netwerk betrokken bij de evaluatie',
          createdBy: staff.id,
        });
        await q.setVersionStatus(db, orgId, v2, 'in_review');
      } else {
        await q.setVersionStatus(db, orgId, v1, 'approved', approval(500 - n * 9));
        if (d.v2) {
          const steps = d.steps.map((s, i) => (i === d.v2![0] ? d.v2![1] : s));
          const second = docOf(d, steps);
          const v2 = await q.insertVersion(db, orgId, {
            documentId,
            number: 2,
            content: second,
            plain: plainText(second),
            changeNote: 'Werkwijze bijgesteld na evaluatie',
            createdBy: staff.id,
          });
          await q.setVersionStatus(db, orgId, v2, 'approved', approval(60 - n));
          if (n === 1) {
            // The intake procedure's new version: the begeleiders are asked to read it; the first ones did.
            await q.addReadRequest(db, orgId, {
              versionId: v2,
              role: 'begeleider',
              by: director.id,
              on: addDays(day, -50),
            });
            for (const c of coaches.slice(0, Math.max(1, coaches.length - 2))) {
              await q.confirmRead(db, orgId, v2, c.id, addDays(day, -45));
            }
          }
        }
      }
      const kpiIds = (d.kpis ?? []).map((code) => kpis.get(code)).filter((id): id is string => Boolean(id));
      const actionIds = n === 1 && openAction ? [openAction.id] : [];
      await q.replaceLinks(db, orgId, documentId, {
        kpiIds,
        actionIds,
        riskIds: (d.risks ?? []).map((r) => risks.get(r)!),
        cafCodes: d.caf ?? [],
      });
      if (actionIds.length) {
        await q.updateDocumentRow(db, orgId, documentId, {
          as_is:
            'Een aanmelding wacht gemiddeld drie weken op een eerste gesprek; de opvolging hangt af van wie de aanmelding ontving.',
          to_be:
            'Elke aanmelder heeft binnen vijf werkdagen een gesprek, ook online, en één vast aanspreekpunt tot de beslissing.',
        });
      }
    }
  }
}
