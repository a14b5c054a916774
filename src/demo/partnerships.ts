/**
 * The demo's partnerships and governance (issue 15): two hybridisation assessments — a partnership with a
 * social housing company (decided, reviewed once, so it has two versions, and due for review within two
 * months) and a supporting role for a citizens' initiative —, an innovation project whose funding ends within
 * the year without a continuation plan, one with a plan, and a few decisions of every body.
 */
import { addDays, today } from '../lib/calendar.ts';
import { createDecision } from '../modules/governance/decisions.ts';
import { createAssessment, decide, updateAssessment } from '../modules/partnerships/assessments.ts';
import { createProject } from '../modules/partnerships/projects.ts';
import type { AssessmentInput } from '../modules/partnerships/schema.ts';
import type { DemoSeed } from './seed.ts';

const HOUSING: AssessmentInput = {
  partner: 'Woonmaatschappij Zuiderkempen',
  sphere: 'state',
  hybridisation: 'external',
  stage: 'proposed',
  purpose:
    'Begeleid wonen in sociale woningen: de woonmaatschappij stelt tien woningen ter beschikking, wij bieden de begeleiding.',
  risks: [
    {
      risk: 'mission_drift',
      likelihood: 2,
      impact: 4,
      mitigation: 'Stuurgroep met een vertegenwoordiger van de cliëntenraad',
    },
    { risk: 'power_asymmetry', likelihood: 3, impact: 3, mitigation: 'Samenwerkingsovereenkomst met gelijke stem' },
    {
      risk: 'contractualisation',
      likelihood: 4,
      impact: 2,
      mitigation: 'Eén raamovereenkomst in plaats van contracten per woning',
    },
    { risk: 'local_anchoring', likelihood: 1, impact: 2, mitigation: '' },
    {
      risk: 'cream_skimming',
      likelihood: 4,
      impact: 4,
      mitigation: 'Toewijzing volgens onze prioriteitengroepen, niet volgens huurachterstand',
    },
    { risk: 'instrumentalising_citizens', likelihood: 1, impact: 1, mitigation: '' },
    { risk: 'informal_carers', likelihood: 2, impact: 3, mitigation: 'Mantelzorgers betrekken bij het woonplan' },
  ],
  opportunities: [
    { opportunity: 'resources', score: 5, note: 'Tien betaalbare woningen' },
    { opportunity: 'know_how', score: 3, note: 'Kennis van huurrecht en woningbeheer' },
    { opportunity: 'reach', score: 4, note: 'Huurders die nu geen ondersteuning vinden' },
    { opportunity: 'legitimacy', score: 3, note: '' },
    { opportunity: 'innovation', score: 2, note: '' },
  ],
  principles: [
    { principle: 'dignity', check: 'respected', note: '' },
    { principle: 'human_rights', check: 'respected', note: 'Recht op wonen' },
    { principle: 'social_justice', check: 'attention', note: 'Geen selectie van “makkelijke” huurders' },
    { principle: 'self_determination', check: 'respected', note: 'Cliënt kiest zelf of hij de woning aanvaardt' },
    { principle: 'participation', check: 'attention', note: 'Bewonersraad opstarten' },
    { principle: 'confidentiality', check: 'attention', note: 'Geen begeleidingsgegevens naar de verhuurder' },
    { principle: 'whole_persons', check: 'respected', note: '' },
    { principle: 'technology', check: null, note: '' },
    { principle: 'integrity', check: 'respected', note: '' },
  ],
};

const CITIZENS: AssessmentInput = {
  partner: 'Buurtkracht Oost (burgerinitiatief)',
  sphere: 'community',
  hybridisation: 'external',
  stage: 'running',
  purpose:
    'Een buurtnetwerk van vrijwilligers dat eenzame ouderen bezoekt; zij vragen ons om professionele ondersteuning.',
  risks: [
    { risk: 'mission_drift', likelihood: 1, impact: 2, mitigation: '' },
    {
      risk: 'power_asymmetry',
      likelihood: 3,
      impact: 3,
      mitigation: 'Het initiatief blijft eigenaar van zijn werking',
    },
    { risk: 'local_anchoring', likelihood: 1, impact: 1, mitigation: '' },
    {
      risk: 'instrumentalising_citizens',
      likelihood: 4,
      impact: 4,
      mitigation: 'Geen taken van onze begeleiders doorschuiven naar vrijwilligers',
    },
    {
      risk: 'informal_carers',
      likelihood: 3,
      impact: 5,
      mitigation: 'Vast aanspreekpunt en intervisie voor de vrijwilligers',
    },
  ],
  opportunities: [
    { opportunity: 'reach', score: 5, note: 'Ouderen die wij nu niet bereiken' },
    { opportunity: 'legitimacy', score: 4, note: 'Verankering in de wijk' },
    { opportunity: 'innovation', score: 3, note: '' },
  ],
  principles: [
    { principle: 'participation', check: 'respected', note: 'Burgers bepalen zelf de agenda' },
    { principle: 'whole_persons', check: 'respected', note: '' },
    { principle: 'confidentiality', check: 'attention', note: 'Afspraken over wat vrijwilligers doorgeven' },
  ],
};

export async function createDemoPartnerships({ db, orgId, people, now }: DemoSeed): Promise<void> {
  const day = today(now);
  const director = people.find((p) => p.role === 'directie')!.id;
  const board = (people.find((p) => p.role === 'bestuur') ?? people.find((p) => p.role === 'directie')!).id;
  const objectives = await db
    .selectFrom('perf_objective')
    .select(['id', 'title'])
    .where('org_id', '=', orgId)
    .orderBy('position')
    .execute();

  // The housing company: decided a year ago, reviewed since (version 2), the next review within two months.
  const housing = await createAssessment(db, orgId, HOUSING);
  await decide(
    db,
    orgId,
    housing,
    {
      decision: 'partnership',
      conditions: 'Jaarlijkse evaluatie met de cliëntenraad; toewijzing volgens onze prioriteitengroepen.',
      decidedOn: addDays(day, -330),
      reviewOn: addDays(day, 40),
    },
    director,
  );
  await updateAssessment(
    db,
    orgId,
    housing,
    {
      ...HOUSING,
      stage: 'running',
      risks: HOUSING.risks!.map((r) =>
        r.risk === 'cream_skimming'
          ? { ...r, likelihood: 2, mitigation: `${r.mitigation}; gemengde toewijzingscommissie` }
          : r,
      ),
    },
    director,
  );
  const citizens = await createAssessment(db, orgId, CITIZENS);
  await decide(
    db,
    orgId,
    citizens,
    {
      decision: 'supporting_role',
      conditions: 'Wij ondersteunen, het initiatief blijft zelfstandig; geen overdracht van zorgtaken.',
      decidedOn: addDays(day, -45),
      reviewOn: addDays(day, 140),
    },
    director,
  );

  const ending = await createProject(db, orgId, {
    name: 'Zorgzame buurt Oost',
    funder: 'Vlaamse overheid (projectsubsidie zorgzame buurten)',
    amountCents: 18_000_000,
    fundingStart: addDays(day, -900),
    fundingEnd: addDays(day, 200),
    objectiveIds: objectives.slice(0, 2).map((o) => o.id),
    results: 'Twee buurtpunten, 140 bezoeken per maand, 35 ouderen opnieuw in contact met hun buurt.',
    continuationPlan: '',
  });
  await createProject(db, orgId, {
    name: 'Digitale dagplanning',
    funder: 'VLAIO',
    amountCents: 4_500_000,
    fundingStart: addDays(day, -200),
    fundingEnd: addDays(day, 900),
    objectiveIds: objectives.slice(-1).map((o) => o.id),
    results: 'Proef in twee leefgroepen.',
    continuationPlan: 'Opnemen in het ICT-budget vanaf het derde jaar.',
  });

  const decisions = [
    {
      title: 'Jaarrekening goedgekeurd en kwijting aan de bestuurders',
      body: 'algemene_vergadering' as const,
      decidedOn: addDays(day, -200),
      followUpOwner: 'Penningmeester',
      followUpOn: addDays(day, -170),
      followUpDone: true,
    },
    {
      title: 'Partnerschap met Woonmaatschappij Zuiderkempen aangaan',
      body: 'raad_van_bestuur' as const,
      decidedOn: addDays(day, -330),
      assessmentId: housing,
      followUpOwner: 'Directeur',
      followUpOn: addDays(day, 30),
    },
    {
      title: 'Plan voor de verderzetting van Zorgzame buurt Oost voorleggen',
      body: 'raad_van_bestuur' as const,
      decidedOn: addDays(day, -20),
      projectId: ending,
      objectiveId: objectives[0]?.id ?? null,
      followUpOwner: 'Directeur',
      followUpOn: addDays(day, 21),
    },
    {
      title: 'Ondersteunende rol voor Buurtkracht Oost',
      body: 'directie' as const,
      decidedOn: addDays(day, -45),
      assessmentId: citizens,
      followUpOwner: 'Stafmedewerker kwaliteit',
      followUpOn: addDays(day, 60),
    },
    {
      title: 'Vast aanspreekpunt voor de vrijwilligers van Buurtkracht',
      body: 'team' as const,
      decidedOn: addDays(day, -30),
      assessmentId: citizens,
      followUpOwner: 'Teamcoach dagondersteuning',
      followUpOn: addDays(day, -5),
    },
  ];
  for (const d of decisions)
    await createDecision(
      db,
      orgId,
      d,
      d.body === 'algemene_vergadering' || d.body === 'raad_van_bestuur' ? board : director,
    );
}
