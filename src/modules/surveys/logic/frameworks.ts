/**
 * The two frameworks behind the survey templates (DOMAIN.md §7): SERVQUAL (Parasuraman, Zeithaml &
 * Berry 1988) and Herzberg's two-factor theory of motivation.
 */
import type { Texts } from '../tables.ts';

type Full = Required<Texts>;

/** The 5 SERVQUAL dimensions with their items (22 in all). */
export const SERVQUAL_DIMENSIONS = [
  { code: 'tangibles', items: [1, 4], label: { nl: 'Tastbare zaken', en: 'Tangibles', fr: 'Éléments tangibles' } },
  { code: 'reliability', items: [5, 9], label: { nl: 'Betrouwbaarheid', en: 'Reliability', fr: 'Fiabilité' } },
  { code: 'responsiveness', items: [10, 13], label: { nl: 'Responsiviteit', en: 'Responsiveness', fr: 'Réactivité' } },
  { code: 'assurance', items: [14, 17], label: { nl: 'Zekerheid', en: 'Assurance', fr: 'Assurance' } },
  { code: 'empathy', items: [18, 22], label: { nl: 'Empathie', en: 'Empathy', fr: 'Empathie' } },
] as const satisfies readonly { code: string; items: readonly [number, number]; label: Full }[];

/** The dimension of a SERVQUAL item (1-22). */
export function servqualDimension(item: number): string {
  const d = SERVQUAL_DIMENSIONS.find((x) => item >= x.items[0] && item <= x.items[1]);
  if (!d) throw new Error(`SERVQUAL has items 1-22, not ${item}`);
  return d.code;
}

/**
 * The 22 items, adapted to a care organisation, as a predicate that follows both subjects:
 * "Een uitstekende zorgorganisatie …" (expectation) and "Onze organisatie …" (perception).
 */
export const SERVQUAL_ITEMS: readonly Full[] = [
  {
    nl: 'beschikt over moderne, goed onderhouden uitrusting en hulpmiddelen.',
    en: 'has modern, well-maintained equipment and aids.',
    fr: 'dispose d’équipements et d’aides modernes et bien entretenus.',
  },
  {
    nl: 'heeft aangename, verzorgde gebouwen en ruimtes.',
    en: 'has pleasant, well-kept buildings and rooms.',
    fr: 'a des bâtiments et des locaux agréables et soignés.',
  },
  {
    nl: 'heeft medewerkers die er verzorgd en herkenbaar uitzien.',
    en: 'has staff who look neat and are easy to recognise.',
    fr: 'a un personnel d’apparence soignée et facile à reconnaître.',
  },
  {
    nl: 'heeft duidelijke, verzorgde folders, brieven en documenten.',
    en: 'has clear, well-presented leaflets, letters and documents.',
    fr: 'a des brochures, lettres et documents clairs et soignés.',
  },
  {
    nl: 'doet wat ze belooft binnen de afgesproken tijd.',
    en: 'does what it promises within the agreed time.',
    fr: 'fait ce qu’elle promet dans le délai convenu.',
  },
  {
    nl: 'toont oprechte interesse om een probleem van een cliënt op te lossen.',
    en: 'shows a sincere interest in solving a client’s problem.',
    fr: 'montre un intérêt sincère pour résoudre le problème d’un client.',
  },
  {
    nl: 'biedt de afgesproken ondersteuning meteen goed.',
    en: 'provides the agreed support right the first time.',
    fr: 'fournit d’emblée correctement l’accompagnement convenu.',
  },
  {
    nl: 'biedt de ondersteuning op het afgesproken moment.',
    en: 'provides the support at the agreed time.',
    fr: 'fournit l’accompagnement au moment convenu.',
  },
  {
    nl: 'houdt dossiers en afrekeningen foutloos bij.',
    en: 'keeps records and statements free of errors.',
    fr: 'tient les dossiers et les décomptes sans erreurs.',
  },
  {
    nl: 'laat cliënten precies weten wanneer de ondersteuning plaatsvindt.',
    en: 'tells clients exactly when the support will take place.',
    fr: 'informe les clients précisément du moment de l’accompagnement.',
  },
  {
    nl: 'heeft medewerkers die cliënten snel helpen.',
    en: 'has staff who help clients promptly.',
    fr: 'a un personnel qui aide rapidement les clients.',
  },
  {
    nl: 'heeft medewerkers die altijd bereid zijn om te helpen.',
    en: 'has staff who are always willing to help.',
    fr: 'a un personnel toujours disposé à aider.',
  },
  {
    nl: 'heeft medewerkers die nooit te druk zijn om op vragen in te gaan.',
    en: 'has staff who are never too busy to respond to questions.',
    fr: 'a un personnel jamais trop occupé pour répondre aux questions.',
  },
  {
    nl: 'heeft medewerkers die vertrouwen wekken.',
    en: 'has staff whose behaviour inspires confidence.',
    fr: 'a un personnel qui inspire confiance.',
  },
  {
    nl: 'geeft cliënten een veilig gevoel in elk contact.',
    en: 'makes clients feel safe in every contact.',
    fr: 'donne aux clients un sentiment de sécurité dans chaque contact.',
  },
  {
    nl: 'heeft medewerkers die altijd vriendelijk en beleefd zijn.',
    en: 'has staff who are always friendly and courteous.',
    fr: 'a un personnel toujours aimable et courtois.',
  },
  {
    nl: 'heeft medewerkers met de kennis om vragen te beantwoorden.',
    en: 'has staff with the knowledge to answer questions.',
    fr: 'a un personnel qui a les connaissances pour répondre aux questions.',
  },
  {
    nl: 'geeft elke cliënt persoonlijke aandacht.',
    en: 'gives every client individual attention.',
    fr: 'accorde une attention personnelle à chaque client.',
  },
  {
    nl: 'heeft openingsuren en een bereikbaarheid die passen bij alle cliënten.',
    en: 'has opening hours and availability that suit all its clients.',
    fr: 'a des heures d’ouverture et une accessibilité qui conviennent à tous les clients.',
  },
  {
    nl: 'heeft medewerkers die cliënten persoonlijk opvolgen.',
    en: 'has staff who follow up clients personally.',
    fr: 'a un personnel qui suit chaque client personnellement.',
  },
  {
    nl: 'heeft het belang van de cliënt echt voor ogen.',
    en: 'has the client’s best interests at heart.',
    fr: 'a vraiment à cœur l’intérêt du client.',
  },
  {
    nl: 'heeft medewerkers die de specifieke noden van cliënten begrijpen.',
    en: 'has staff who understand clients’ specific needs.',
    fr: 'a un personnel qui comprend les besoins spécifiques des clients.',
  },
];

export const SERVQUAL_SUBJECT = {
  expectation: {
    nl: 'Een uitstekende zorgorganisatie',
    en: 'An excellent care organisation',
    fr: 'Une excellente organisation de soins',
  },
  perception: { nl: 'Onze organisatie', en: 'Our organisation', fr: 'Notre organisation' },
} as const satisfies Record<string, Full>;

type Factor = { code: string; group: 'motivator' | 'hygiene'; label: Full; items: readonly Full[] };

/** Herzberg's factors, with 2 statements each (Likert 5, agree/disagree). */
export const HERZBERG_FACTORS: readonly Factor[] = [
  {
    code: 'achievement',
    group: 'motivator',
    label: { nl: 'Prestatie', en: 'Achievement', fr: 'Accomplissement' },
    items: [
      {
        nl: 'Ik bereik in mijn werk resultaten waar ik trots op ben.',
        en: 'In my work I achieve results I am proud of.',
        fr: 'Dans mon travail, j’obtiens des résultats dont je suis fier ou fière.',
      },
      {
        nl: 'Ik zie wat mijn werk betekent voor de cliënten.',
        en: 'I see what my work means for the clients.',
        fr: 'Je vois ce que mon travail apporte aux clients.',
      },
    ],
  },
  {
    code: 'recognition',
    group: 'motivator',
    label: { nl: 'Erkenning', en: 'Recognition', fr: 'Reconnaissance' },
    items: [
      {
        nl: 'Ik krijg waardering als ik goed werk lever.',
        en: 'I am appreciated when I do good work.',
        fr: 'Je suis apprécié·e quand je fais du bon travail.',
      },
      {
        nl: 'Mijn leidinggevende geeft me geregeld positieve feedback.',
        en: 'My manager regularly gives me positive feedback.',
        fr: 'Mon ou ma responsable me donne régulièrement un retour positif.',
      },
    ],
  },
  {
    code: 'work',
    group: 'motivator',
    label: { nl: 'Het werk zelf', en: 'The work itself', fr: 'Le travail lui-même' },
    items: [
      {
        nl: 'Ik vind mijn werk boeiend en zinvol.',
        en: 'I find my work interesting and meaningful.',
        fr: 'Je trouve mon travail intéressant et porteur de sens.',
      },
      { nl: 'Mijn werk is afwisselend.', en: 'My work is varied.', fr: 'Mon travail est varié.' },
    ],
  },
  {
    code: 'responsibility',
    group: 'motivator',
    label: { nl: 'Verantwoordelijkheid', en: 'Responsibility', fr: 'Responsabilité' },
    items: [
      {
        nl: 'Ik krijg de ruimte om zelf beslissingen te nemen in mijn werk.',
        en: 'I have room to make my own decisions in my work.',
        fr: 'J’ai la liberté de prendre moi-même des décisions dans mon travail.',
      },
      {
        nl: 'Ik word vertrouwd met verantwoordelijke taken.',
        en: 'I am trusted with responsible tasks.',
        fr: 'On me confie des tâches à responsabilité.',
      },
    ],
  },
  {
    code: 'advancement',
    group: 'motivator',
    label: { nl: 'Doorgroeien', en: 'Advancement', fr: 'Évolution de carrière' },
    items: [
      {
        nl: 'Ik zie mogelijkheden om door te groeien in deze organisatie.',
        en: 'I see opportunities to move up in this organisation.',
        fr: 'Je vois des possibilités d’évoluer dans cette organisation.',
      },
      {
        nl: 'Interne vacatures en loopbaankansen worden eerlijk toegekend.',
        en: 'Internal vacancies and career opportunities are allocated fairly.',
        fr: 'Les postes internes et les possibilités de carrière sont attribués équitablement.',
      },
    ],
  },
  {
    code: 'growth',
    group: 'motivator',
    label: { nl: 'Groei en leren', en: 'Growth', fr: 'Développement' },
    items: [
      {
        nl: 'Ik kan bijleren via opleiding, intervisie of coaching.',
        en: 'I can keep learning through training, peer review or coaching.',
        fr: 'Je peux apprendre par la formation, l’intervision ou le coaching.',
      },
      {
        nl: 'Ik ontwikkel me in mijn werk als professional.',
        en: 'I develop as a professional in my work.',
        fr: 'Je me développe professionnellement dans mon travail.',
      },
    ],
  },
  {
    code: 'policy',
    group: 'hygiene',
    label: { nl: 'Beleid en organisatie', en: 'Policy and administration', fr: 'Politique et organisation' },
    items: [
      {
        nl: 'Ik begrijp de keuzes en het beleid van de organisatie.',
        en: 'I understand the organisation’s choices and policy.',
        fr: 'Je comprends les choix et la politique de l’organisation.',
      },
      {
        nl: 'Afspraken en procedures zijn duidelijk en werkbaar.',
        en: 'Agreements and procedures are clear and workable.',
        fr: 'Les accords et procédures sont clairs et applicables.',
      },
    ],
  },
  {
    code: 'supervision',
    group: 'hygiene',
    label: { nl: 'Leidinggeven', en: 'Supervision', fr: 'Encadrement' },
    items: [
      {
        nl: 'Mijn leidinggevende is bereikbaar als ik hem of haar nodig heb.',
        en: 'My manager is available when I need them.',
        fr: 'Mon ou ma responsable est disponible quand j’en ai besoin.',
      },
      {
        nl: 'Mijn leidinggevende behandelt iedereen in het team eerlijk.',
        en: 'My manager treats everyone in the team fairly.',
        fr: 'Mon ou ma responsable traite chacun dans l’équipe équitablement.',
      },
    ],
  },
  {
    code: 'conditions',
    group: 'hygiene',
    label: { nl: 'Werkomstandigheden', en: 'Working conditions', fr: 'Conditions de travail' },
    items: [
      {
        nl: 'Mijn werkdruk is haalbaar.',
        en: 'My workload is manageable.',
        fr: 'Ma charge de travail est supportable.',
      },
      {
        nl: 'Ik heb het materiaal en de ruimte die ik nodig heb om goed te werken.',
        en: 'I have the equipment and space I need to work well.',
        fr: 'J’ai le matériel et l’espace nécessaires pour bien travailler.',
      },
    ],
  },
  {
    code: 'relations',
    group: 'hygiene',
    label: { nl: 'Relaties met collega’s', en: 'Relations with colleagues', fr: 'Relations avec les collègues' },
    items: [
      {
        nl: 'Ik werk graag samen met mijn collega’s.',
        en: 'I like working with my colleagues.',
        fr: 'J’aime travailler avec mes collègues.',
      },
      {
        nl: 'In mijn team kunnen we problemen open bespreken.',
        en: 'In my team we can discuss problems openly.',
        fr: 'Dans mon équipe, nous pouvons discuter ouvertement des problèmes.',
      },
    ],
  },
  {
    code: 'salary',
    group: 'hygiene',
    label: { nl: 'Loon', en: 'Salary', fr: 'Salaire' },
    items: [
      {
        nl: 'Mijn loon is redelijk voor het werk dat ik doe.',
        en: 'My pay is fair for the work I do.',
        fr: 'Mon salaire est raisonnable pour le travail que je fais.',
      },
      {
        nl: 'Mijn extralegale voordelen en vergoedingen zijn in orde.',
        en: 'My fringe benefits and allowances are adequate.',
        fr: 'Mes avantages extralégaux et indemnités sont satisfaisants.',
      },
    ],
  },
  {
    code: 'status',
    group: 'hygiene',
    label: { nl: 'Status', en: 'Status', fr: 'Statut' },
    items: [
      {
        nl: 'Mijn functie wordt gewaardeerd binnen de organisatie.',
        en: 'My job is valued within the organisation.',
        fr: 'Ma fonction est valorisée au sein de l’organisation.',
      },
      {
        nl: 'Ik ben trots om te vertellen waar ik werk.',
        en: 'I am proud to say where I work.',
        fr: 'Je suis fier ou fière de dire où je travaille.',
      },
    ],
  },
  {
    code: 'security',
    group: 'hygiene',
    label: { nl: 'Werkzekerheid', en: 'Job security', fr: 'Sécurité de l’emploi' },
    items: [
      {
        nl: 'Ik maak me geen zorgen over het behoud van mijn job.',
        en: 'I do not worry about keeping my job.',
        fr: 'Je ne m’inquiète pas de garder mon emploi.',
      },
      {
        nl: 'Ik weet waar ik aan toe ben met mijn contract en uurrooster.',
        en: 'I know where I stand with my contract and schedule.',
        fr: 'Je sais à quoi m’en tenir pour mon contrat et mon horaire.',
      },
    ],
  },
  {
    code: 'personal',
    group: 'hygiene',
    label: { nl: 'Privéleven', en: 'Personal life', fr: 'Vie privée' },
    items: [
      {
        nl: 'Mijn werk laat genoeg ruimte voor mijn privéleven.',
        en: 'My work leaves enough room for my personal life.',
        fr: 'Mon travail laisse assez de place à ma vie privée.',
      },
      {
        nl: 'Bij de planning wordt rekening gehouden met mijn persoonlijke situatie.',
        en: 'My personal situation is taken into account in the planning.',
        fr: 'Ma situation personnelle est prise en compte dans le planning.',
      },
    ],
  },
];
