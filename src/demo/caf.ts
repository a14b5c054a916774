import { SUBCRITERIA } from '../modules/caf/model.ts';
import { createAction } from '../modules/performance/actions.ts';
import type { DemoSeed } from './seed.ts';
import { dateOf } from '../lib/calendar.ts';

/** Per subcriterion: evidence, a strength and an improvement point as a Flemish care organisation would note them. */
const NOTES: Record<string, [evidence: string, strength: string, improvement: string]> = {
  '1.1': [
    'Beleidsplan 2024-2028, missietekst op de website',
    'De missie (kwaliteit van leven voor elke cliënt) is gekend en wordt vaak aangehaald in teamoverleg.',
    'De waarden concreet maken met voorbeelden per team en jaarlijks bespreken.',
  ],
  '1.2': [
    'Organogram, verslagen directieoverleg, kwaliteitshandboek',
    'Er is een duidelijke overlegstructuur met vaste agenda en opvolging van beslissingen.',
    'Een beperkte set indicatoren kiezen en maandelijks opvolgen in het directieoverleg.',
  ],
  '1.3': [
    'Resultaten medewerkersbevraging 2025, functioneringsgesprekken',
    'Leidinggevenden zijn aanspreekbaar en staan mee op de werkvloer bij drukte.',
    'Inzet en successen van teams vaker zichtbaar erkennen.',
  ],
  '1.4': [
    'Contacten met VAPH, lokaal bestuur en zorgregio',
    'Goede contacten met het lokaal bestuur en de eerstelijnszone.',
    'Een stakeholderkaart opmaken en contacten met verwijzers plannen.',
  ],
  '2.1': [
    'Omgevingsanalyse beleidsplan, wachtlijstgegevens',
    'De noden van cliënten worden bevraagd bij de opmaak van het ondersteuningsplan.',
    'Gegevens over wachtlijst en instroom systematisch gebruiken bij de planning.',
  ],
  '2.2': [
    'Beleidsplan met strategische en operationele doelstellingen',
    'Strategische doelstellingen zijn vertaald in jaarplannen per afdeling.',
    'Risico’s en benodigde middelen per doelstelling expliciet maken.',
  ],
  '2.3': [
    'Jaaractieplannen, personeelsvergadering',
    'De jaarplannen worden toegelicht op de personeelsvergadering.',
    'De voortgang van de jaarplannen halfjaarlijks evalueren en bijsturen.',
  ],
  '2.4': [
    'Projectfiches innovatie, pilot digitaal zorgdossier',
    'Medewerkers werden vroeg betrokken bij de overstap naar het digitale zorgdossier.',
    'Ideeën van medewerkers en cliënten structureel verzamelen en opvolgen.',
  ],
  '3.1': [
    'Personeelsplan, vacatureoverzicht, diversiteitsplan',
    'Vacatures worden snel ingevuld dankzij goede contacten met scholen.',
    'Een personeelsplan voor drie jaar opmaken met aandacht voor uitstroom.',
  ],
  '3.2': [
    'Vormingsplan, competentieprofielen',
    'Er is een jaarlijks vormingsplan met aandacht voor agressiebeheersing.',
    'Persoonlijke ontwikkelplannen koppelen aan de functioneringsgesprekken.',
  ],
  '3.3': [
    'Verslagen ondernemingsraad, welzijnsbeleid',
    'Teams hebben veel autonomie in de organisatie van hun werk.',
    'Werkdruk opvolgen en een aanspreekpunt voor welzijn aanstellen.',
  ],
  '4.1': [
    'Samenwerkingsovereenkomsten, netwerk dagbesteding',
    'Sterke samenwerking met de regionale partners in dagbesteding.',
    'Samenwerkingsovereenkomsten jaarlijks evalueren met de partners.',
  ],
  '4.2': [
    'Gebruikersraad, verslagen familieavonden',
    'De gebruikersraad komt vier keer per jaar samen en geeft advies.',
    'Cliënten en hun netwerk betrekken bij het herontwerp van de dienstverlening.',
  ],
  '4.3': [
    'Jaarrekening, kostprijsberekening, budgetopvolging',
    'De financiën zijn gezond en worden maandelijks opgevolgd.',
    'De kostprijs per ondersteuningsfunctie berekenen en gebruiken bij beslissingen.',
  ],
  '4.4': [
    'Informatiebeleid, GDPR-register',
    'Het GDPR-register is up-to-date en medewerkers kregen uitleg.',
    'Kennis van ervaren medewerkers vastleggen bij vertrek of pensioen.',
  ],
  '4.5': [
    'ICT-plan, digitaal zorgdossier',
    'Het digitaal zorgdossier is ingevoerd in alle teams.',
    'Een ICT-plan opmaken met aandacht voor informatieveiligheid.',
  ],
  '4.6': [
    'Onderhoudsplan gebouwen, energiefacturen',
    'De gebouwen zijn toegankelijk en goed onderhouden.',
    'Een meerjarig onderhouds- en energieplan opstellen.',
  ],
  '5.1': [
    'Procesbeschrijvingen onthaal en opname',
    'Het opnameproces is beschreven en heeft een duidelijke eigenaar.',
    'De kernprocessen in kaart brengen en per proces indicatoren kiezen.',
  ],
  '5.2': [
    'Klachtenregister, ondersteuningsplannen',
    'Ondersteuningsplannen worden samen met cliënt en netwerk opgemaakt.',
    'Klachten sneller afhandelen en de cliënt terugkoppeling geven.',
  ],
  '5.3': [
    'Afspraken met ziekenhuis en thuiszorg',
    'Goede overdracht bij opname en ontslag uit het ziekenhuis.',
    'De overdracht tussen dag- en woonondersteuning beter afstemmen.',
  ],
  '6.1': [
    'Tevredenheidsbevraging cliënten 2025',
    'Cliënten zijn tevreden over de bejegening door de begeleiders.',
    'De tevredenheid van het netwerk van cliënten ook bevragen.',
  ],
  '6.2': [
    'Wachttijden, aantal klachten, responstijden',
    'De wachttijd voor een eerste gesprek daalde.',
    'Streefwaarden vastleggen voor wachttijd en afhandeling van klachten.',
  ],
  '7.1': [
    'Medewerkersbevraging 2025',
    'Medewerkers voelen zich betrokken bij hun team.',
    'De medewerkersbevraging tweejaarlijks herhalen en de resultaten bespreken.',
  ],
  '7.2': [
    'Verzuimcijfers, verloop, opleidingsuren',
    'Het aantal opleidingsuren per medewerker steeg.',
    'Het ziekteverzuim per team opvolgen en vergelijken met de sector.',
  ],
  '8.1': [
    'Contacten met buurt en lokaal bestuur',
    'De organisatie heeft een goede naam in de buurt.',
    'Nagaan hoe buurt en partners onze maatschappelijke rol zien.',
  ],
  '8.2': [
    'Energieverbruik, vrijwilligers, sociale tewerkstelling',
    'Er werken vrijwilligers en mensen uit de sociale economie mee.',
    'Doelen vastleggen voor energieverbruik en afval.',
  ],
  '9.1': [
    'Jaarverslag, bezetting en geleverde ondersteuning',
    'De afgesproken ondersteuning wordt bijna volledig geleverd.',
    'Effecten voor cliënten (kwaliteit van leven) meten en rapporteren.',
  ],
  '9.2': [
    'Jaarrekening, inspectieverslag Zorginspectie',
    'Positief inspectieverslag en een sluitend budget.',
    'Efficiëntie-indicatoren opvolgen, zoals kost per ondersteuningsuur.',
  ],
};

const ISO = dateOf;
const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));

/**
 * Demo: two finished CAF 2020 rounds a year apart, each scored by three assessors (the director, a
 * staff member and a begeleider) with consensus on all 28 subcriteria; the latest finished about
 * five months before `now`. Three improvement points of the latest round became actions.
 */
export async function createDemoCaf({ db, orgId, people, rnd, now }: DemoSeed): Promise<void> {
  const director = people.find((p) => p.role === 'directie');
  const staff = people.find((p) => p.role === 'staf');
  const begeleider = people.find((p) => p.role === 'begeleider');
  if (!director || !staff || !begeleider) return;
  const assessors = [director, staff, begeleider];
  const day = 86_400_000;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);

  // Consensus scores: the earlier round lower, the latest a little better on most subcriteria.
  const earlier = Object.fromEntries(
    SUBCRITERIA.map((s) => [s.code, s.kind === 'enabler' ? rnd.int(28, 55) : rnd.int(22, 48)]),
  );
  const latest = Object.fromEntries(
    SUBCRITERIA.map((s) => [
      s.code,
      Math.min(
        s.kind === 'enabler' ? 65 : 60,
        Math.max(s.kind === 'enabler' ? 35 : 30, earlier[s.code]! + rnd.int(-4, 14)),
      ),
    ]),
  );

  let previousId: string | null = null;
  const rounds = [
    { name: 'CAF-zelfevaluatie 2025', startedDaysAgo: 545, finishedDaysAgo: 515, scores: earlier },
    { name: 'CAF-zelfevaluatie 2026', startedDaysAgo: 180, finishedDaysAgo: 150, scores: latest },
  ];
  let latestId = '';
  for (const round of rounds) {
    const row: { id: string } = await db
      .insertInto('caf_assessment')
      .values({
        org_id: orgId,
        name: round.name,
        scoring: 'classical',
        status: 'finished',
        previous_id: previousId,
        started_on: ISO(at(round.startedDaysAgo)),
        finished_on: ISO(at(round.finishedDaysAgo)),
        created_by: director.id,
        created_at: at(round.startedDaysAgo),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('caf_assessor')
      .values(
        assessors.map((p) => ({
          org_id: orgId,
          assessment_id: row.id,
          user_id: p.id,
          submitted_at: at(round.finishedDaysAgo + rnd.int(4, 12)),
        })),
      )
      .execute();
    const scores = SUBCRITERIA.flatMap((s) =>
      assessors.map((p, i) => {
        const [evidence, strength, improvement] = NOTES[s.code]!;
        return {
          org_id: orgId,
          assessment_id: row.id,
          assessor_id: p.id,
          subcriterion: s.code,
          score: clamp(round.scores[s.code]! + rnd.int(-12, 12)),
          evidence: i === 0 ? evidence : '',
          strengths: i !== 2 || rnd.next() < 0.5 ? strength : '',
          improvements: i !== 1 || rnd.next() < 0.5 ? improvement : '',
          updated_at: at(round.finishedDaysAgo + 15),
        };
      }),
    );
    await db.insertInto('caf_score').values(scores).execute();
    await db
      .insertInto('caf_consensus')
      .values(
        SUBCRITERIA.map((s) => {
          const [evidence, strength, improvement] = NOTES[s.code]!;
          return {
            org_id: orgId,
            assessment_id: row.id,
            subcriterion: s.code,
            score: round.scores[s.code]!,
            evidence,
            strengths: strength,
            improvements: improvement,
            decided_by: director.id,
            decided_at: at(round.finishedDaysAgo + 1),
          };
        }),
      )
      .execute();
    previousId = row.id;
    latestId = row.id;
  }

  // Three improvement points of the latest round became improvement actions.
  const picks: [code: string, owner: { id: string }, status: 'plan' | 'do' | 'check', dueInDays: number][] = [
    ['4.3', director, 'do', 60],
    ['5.2', staff, 'check', 20],
    ['7.2', staff, 'plan', 120],
  ];
  for (const [code, owner, status, dueInDays] of picks) {
    const improvement = NOTES[code]![2];
    await createAction(db, orgId, director.id, {
      title: `CAF ${code}: ${improvement.replace(/\.$/, '')}`,
      description: improvement,
      ownerId: owner.id,
      status,
      dueDate: ISO(new Date(now.getTime() + dueInDays * day)),
      caf: [{ subcriterion: code, assessmentId: latestId }],
    });
  }
}
