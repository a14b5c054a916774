/**
 * The CAF 2020 model (Common Assessment Framework, EUPAN) as data: 9 criteria, 28 subcriteria, the
 * classical scoring bands for enablers and results, and the parts of fine-tuned scoring. Titles
 * follow the official English text and the Dutch CAF 2020 guide; the short descriptions summarise
 * the examples of each subcriterion for a care organisation.
 */
export type Text = { nl: string; en: string };
export type CafKind = 'enabler' | 'result';

export interface Subcriterion {
  code: string;
  criterion: number;
  kind: CafKind;
  title: Text;
  description: Text;
}
export interface Criterion {
  number: number;
  kind: CafKind;
  title: Text;
  short: Text;
  subcriteria: Subcriterion[];
}
export interface Band {
  min: number;
  max: number;
  short: Text;
  text: Text;
}

type Raw = [code: string, titleNl: string, titleEn: string, descriptionNl: string, descriptionEn: string];

const RAW: { number: number; nl: string; en: string; short?: Text; subs: Raw[] }[] = [
  {
    number: 1,
    nl: 'Leiderschap',
    en: 'Leadership',
    subs: [
      [
        '1.1',
        'Richting geven aan de organisatie door haar missie, visie en waarden te ontwikkelen',
        'Provide direction to the organisation by developing its mission, vision and values',
        'Missie, visie en waarden formuleren en delen met medewerkers en belanghebbenden, en vertalen naar strategische en operationele doelstellingen.',
        'Formulate and share the mission, vision and values with staff and stakeholders, and translate them into strategic and operational objectives.',
      ],
      [
        '1.2',
        'De organisatie, haar prestaties en haar continue verbetering managen',
        'Manage the organisation, its performance and its continuous improvement',
        'Een managementsysteem opzetten met structuren, processen, verantwoordelijkheden en prestatie-indicatoren; kwaliteits- en risicobeheer inzetten voor continue verbetering.',
        'Set up a management system with structures, processes, responsibilities and performance indicators; use quality and risk management for continuous improvement.',
      ],
      [
        '1.3',
        'De medewerkers inspireren, motiveren en ondersteunen en als rolmodel optreden',
        'Inspire, motivate and support people in the organisation and act as a role model',
        'Het goede voorbeeld geven, een cultuur van vertrouwen en wederzijds respect opbouwen, open communiceren, delegeren en de inzet van teams en personen erkennen.',
        'Lead by example, build a culture of trust and mutual respect, communicate openly, delegate and recognise the efforts of teams and individuals.',
      ],
      [
        '1.4',
        'Doeltreffende relaties onderhouden met de politieke overheden en andere belanghebbenden',
        'Manage effective relations with political authorities and other stakeholders',
        'De beleidscontext kennen, goede relaties onderhouden met overheden, financiers, partners en publiek, en de reputatie van de organisatie uitbouwen.',
        'Know the policy context, keep good relations with authorities, funders, partners and the public, and build the reputation of the organisation.',
      ],
    ],
  },
  {
    number: 2,
    nl: 'Strategie en planning',
    en: 'Strategy and planning',
    subs: [
      [
        '2.1',
        'De behoeften en verwachtingen van belanghebbenden, de externe omgeving en relevante managementinformatie in kaart brengen',
        'Identify the needs and expectations of stakeholders, the external environment and relevant management information',
        'Belanghebbenden en hun behoeften in kaart brengen, de externe omgeving analyseren (beleid, regelgeving, samenleving, technologie) en relevante managementinformatie verzamelen.',
        'Identify stakeholders and their needs, analyse the external environment (policy, regulation, society, technology) and gather relevant management information.',
      ],
      [
        '2.2',
        'Strategie en planning ontwikkelen op basis van de verzamelde informatie',
        'Develop strategy and planning based on gathered information',
        'Missie en visie vertalen naar strategische en operationele doelstellingen en plannen, rekening houdend met behoeften, risico’s en beschikbare middelen.',
        'Translate the mission and vision into strategic and operational objectives and plans, weighing needs, risks and available resources.',
      ],
      [
        '2.3',
        'Strategie en planning communiceren, uitvoeren en evalueren',
        'Communicate, implement and review strategy and planning',
        'Strategie en plannen uitrollen met duidelijke doelen en verantwoordelijkheden, ze communiceren, en ze regelmatig opvolgen en bijsturen.',
        'Deploy strategy and plans with clear targets and responsibilities, communicate them, and monitor and adjust them regularly.',
      ],
      [
        '2.4',
        'Verandering en innovatie managen om de wendbaarheid en veerkracht van de organisatie te waarborgen',
        'Manage change and innovation to ensure the agility and resilience of the organisation',
        'Noden en drijfveren voor innovatie en digitale transformatie herkennen, een innovatiegerichte cultuur opbouwen en veranderingen managen door medewerkers en belanghebbenden vroeg te betrekken.',
        'Identify needs and drivers for innovation and digital transformation, build an innovation-minded culture and manage change by involving staff and stakeholders early.',
      ],
    ],
  },
  {
    number: 3,
    nl: 'Medewerkers',
    en: 'People',
    subs: [
      [
        '3.1',
        'De medewerkers managen en verbeteren ter ondersteuning van de strategie van de organisatie',
        'Manage and improve human resources to support the strategy of the organisation',
        'Huidige en toekomstige personeelsbehoeften analyseren, en medewerkers transparant en billijk werven, inzetten, belonen en bevorderen, met aandacht voor diversiteit.',
        'Analyse current and future staffing needs, and recruit, deploy, reward and promote people transparently and fairly, with attention to diversity.',
      ],
      [
        '3.2',
        'De competenties van de medewerkers ontwikkelen en managen',
        'Develop and manage competencies of people',
        'De nodige competenties bepalen, persoonlijke ontwikkelplannen afspreken en opleiding, coaching en mobiliteit aanbieden.',
        'Identify the competencies needed, agree on personal development plans, and offer training, coaching and mobility.',
      ],
      [
        '3.3',
        'De medewerkers betrekken, hen empoweren en hun welzijn ondersteunen',
        'Involve and empower the people and support their well-being',
        'Open dialoog en inspraak bevorderen, medewerkers autonomie en verantwoordelijkheid geven, en hun welzijn, gezondheid en evenwicht tussen werk en privé ondersteunen.',
        'Foster open dialogue and participation, give people autonomy and responsibility, and support their well-being, health and work-life balance.',
      ],
    ],
  },
  {
    number: 4,
    nl: 'Partnerschappen en middelen',
    en: 'Partnerships and resources',
    subs: [
      [
        '4.1',
        'Partnerschappen met relevante organisaties ontwikkelen en managen',
        'Develop and manage partnerships with relevant organisations',
        'Strategische partners kiezen (andere zorgaanbieders, overheidsdiensten, onderwijs, bedrijven), afspraken maken over de samenwerking en de resultaten ervan evalueren.',
        'Choose strategic partners (other care providers, public services, education, businesses), agree on the cooperation and evaluate its results.',
      ],
      [
        '4.2',
        'Samenwerken met burgers en maatschappelijke organisaties',
        'Collaborate with citizens and civil society organisations',
        'Burgers, cliënten en hun netwerk, en maatschappelijke organisaties betrekken bij het ontwerp, de levering en de verbetering van de diensten; open en transparant zijn.',
        'Involve citizens, clients and their networks, and civil society organisations in the design, delivery and improvement of services; be open and transparent.',
      ],
      [
        '4.3',
        'De financiën managen',
        'Manage finances',
        'Het budget afstemmen op de strategie, de financiën gezond en transparant beheren, en kosten, risico’s en een efficiënte inzet van middelen opvolgen.',
        'Align the budget with the strategy, keep finances sound and transparent, and monitor costs, risks and the efficient use of funds.',
      ],
      [
        '4.4',
        'Informatie en kennis managen',
        'Manage information and knowledge',
        'Zorgen dat informatie betrouwbaar, beschikbaar en beveiligd is, en dat kennis gedeeld, bewaard en doorgegeven wordt binnen de organisatie.',
        'Make sure information is reliable, available and secure, and that knowledge is shared, kept and passed on within the organisation.',
      ],
      [
        '4.5',
        'Technologie managen',
        'Manage technology',
        'Technologie (digitale hulpmiddelen, gegevens, beveiliging) kiezen en inzetten in lijn met de strategie, ter ondersteuning van het werk en de dienstverlening.',
        'Choose and use technology (digital tools, data, security) in line with the strategy, to support the work and the services.',
      ],
      [
        '4.6',
        'De faciliteiten managen',
        'Manage facilities',
        'Gebouwen, uitrusting en vervoer veilig, toegankelijk, kostenefficiënt en duurzaam plannen, onderhouden en gebruiken.',
        'Plan, maintain and use buildings, equipment and transport safely, accessibly, cost-effectively and sustainably.',
      ],
    ],
  },
  {
    number: 5,
    nl: 'Processen',
    en: 'Processes',
    subs: [
      [
        '5.1',
        'Processen ontwerpen en managen om de waarde voor burgers en klanten te verhogen',
        'Design and manage processes to increase value for citizens and customers',
        'De kernprocessen benoemen, beschrijven en een eigenaar geven, ze ontwerpen rond de behoeften van burgers en klanten, en ze verbeteren met gegevens en innovatie.',
        'Identify, describe and assign owners to the key processes, design them around the needs of citizens and customers, and improve them with data and innovation.',
      ],
      [
        '5.2',
        'Producten en diensten leveren voor klanten, burgers, belanghebbenden en de samenleving',
        'Deliver products and services for customers, citizens, stakeholders and society',
        'Klanten betrekken bij het ontwerp en de levering van diensten, de dienstverlening toegankelijk en begrijpelijk maken, en klachten en feedback goed behandelen.',
        'Involve customers in the design and delivery of services, make services accessible and understandable, and handle complaints and feedback well.',
      ],
      [
        '5.3',
        'Processen coördineren binnen de organisatie en met andere relevante organisaties',
        'Coordinate processes across the organisation and with other relevant organisations',
        'Processen afstemmen binnen de organisatie en over de zorgketen heen, zodat cliënten een naadloze ondersteuning ervaren.',
        'Coordinate processes within the organisation and along the care chain, so that clients experience seamless support.',
      ],
    ],
  },
  {
    number: 6,
    nl: 'Resultaten bij de burgers/klanten',
    en: 'Citizen/customer-oriented results',
    short: { nl: 'Resultaten burgers/klanten', en: 'Citizen/customer results' },
    subs: [
      [
        '6.1',
        'Perceptiemetingen',
        'Perception measurements',
        'Hoe burgers en klanten de organisatie en haar dienstverlening ervaren: imago, toegankelijkheid, kwaliteit, betrokkenheid en vertrouwen (bv. uit tevredenheidsbevragingen).',
        'How citizens and customers perceive the organisation and its services: image, accessibility, quality, involvement and trust (e.g. from satisfaction surveys).',
      ],
      [
        '6.2',
        'Prestatiemetingen',
        'Performance measurements',
        'Interne indicatoren van klantgerichtheid: wachttijden, behandeling van klachten, fouten, naleving van servicenormen, betrokkenheid van klanten.',
        'Internal indicators of customer orientation: waiting times, complaint handling, errors, compliance with service standards, customer involvement.',
      ],
    ],
  },
  {
    number: 7,
    nl: 'Resultaten bij de medewerkers',
    en: 'People results',
    short: { nl: 'Resultaten medewerkers', en: 'People results' },
    subs: [
      [
        '7.1',
        'Perceptiemetingen',
        'Perception measurements',
        'Hoe medewerkers de organisatie, het leiderschap, de arbeidsomstandigheden, hun ontwikkelingskansen en hun welzijn ervaren.',
        'How staff perceive the organisation, its leadership, working conditions, their development opportunities and their well-being.',
      ],
      [
        '7.2',
        'Prestatiemetingen',
        'Performance measurements',
        'Interne indicatoren over medewerkers: ziekteverzuim, verloop, opleidingsdagen, deelname aan verbeteracties, klachten, productiviteit.',
        'Internal indicators about people: absenteeism, turnover, training days, participation in improvement, complaints, productivity.',
      ],
    ],
  },
  {
    number: 8,
    nl: 'Resultaten op het gebied van maatschappelijke verantwoordelijkheid',
    en: 'Social responsibility results',
    short: { nl: 'Maatschappelijke resultaten', en: 'Social responsibility results' },
    subs: [
      [
        '8.1',
        'Perceptiemetingen',
        'Perception measurements',
        'Hoe de samenleving de impact van de organisatie ervaart: op levenskwaliteit, milieu, de lokale gemeenschap, ethisch gedrag en inclusie.',
        'How society perceives the impact of the organisation: on quality of life, the environment, the local community, ethical behaviour and inclusion.',
      ],
      [
        '8.2',
        'Prestatiemetingen',
        'Performance measurements',
        'Indicatoren van maatschappelijke verantwoordelijkheid: energie en afval, duurzame aankopen, vrijwilligerswerk, samenwerking met de buurt, sociale tewerkstelling.',
        'Indicators of social responsibility: energy and waste, sustainable purchasing, volunteering, cooperation with the neighbourhood, social employment.',
      ],
    ],
  },
  {
    number: 9,
    nl: 'Resultaten op het gebied van de sleutelactiviteiten',
    en: 'Key performance results',
    short: { nl: 'Sleutelresultaten', en: 'Key performance results' },
    subs: [
      [
        '9.1',
        'Externe resultaten: output en publieke waarde',
        'External results: outputs and public value',
        'Hoeveelheid en kwaliteit van de geleverde ondersteuning, bereikte doelen en de effecten voor cliënten en samenleving.',
        'Quantity and quality of the support delivered, goals reached and the effects for clients and society.',
      ],
      [
        '9.2',
        'Interne resultaten: efficiëntieniveau',
        'Internal results: level of efficiency',
        'Efficiëntie van de interne werking: budget- en financiële doelen, audits en inspecties, gebruik van middelen, verbetering en innovatie.',
        'Efficiency of the internal functioning: budget and financial targets, audits and inspections, use of resources, improvement and innovation.',
      ],
    ],
  },
];

/** The 9 criteria with their 28 subcriteria; criteria 1-5 are enablers, 6-9 results. */
export const CRITERIA: Criterion[] = RAW.map((c) => {
  const kind: CafKind = c.number <= 5 ? 'enabler' : 'result';
  return {
    number: c.number,
    kind,
    title: { nl: c.nl, en: c.en },
    short: c.short ?? { nl: c.nl, en: c.en },
    subcriteria: c.subs.map(([code, tnl, ten, dnl, den]) => ({
      code,
      criterion: c.number,
      kind,
      title: { nl: tnl, en: ten },
      description: { nl: dnl, en: den },
    })),
  };
});

export const SUBCRITERIA: Subcriterion[] = CRITERIA.flatMap((c) => c.subcriteria);
export const SUBCRITERION_CODES: string[] = SUBCRITERIA.map((s) => s.code);
const BY_CODE = new Map(SUBCRITERIA.map((s) => [s.code, s]));

/** A subcriterion's title that stands on its own: results subcriteria carry their criterion ("Resultaten medewerkers: Perceptiemetingen"). */
export function subcriterionLabel(code: string, lang: 'nl' | 'en'): string {
  const s = BY_CODE.get(code);
  if (!s) return code;
  return s.kind === 'result' ? `${CRITERIA[s.criterion - 1]!.short[lang]}: ${s.title[lang]}` : s.title[lang];
}

/** The subcriterion of a code such as '4.3', or undefined. */
export function subcriterion(code: string): Subcriterion | undefined {
  return BY_CODE.get(code);
}

const band = (min: number, max: number, shortNl: string, shortEn: string, nl: string, en: string): Band => ({
  min,
  max,
  short: { nl: shortNl, en: shortEn },
  text: { nl, en },
});

/** Classical scoring bands (CAF 2020 panel 1: enablers, PDCA). */
export const ENABLER_BANDS: Band[] = [
  band(
    0,
    10,
    'Geen bewijs',
    'No evidence',
    'Geen aanpak aantoonbaar, of enkel losse anekdotes.',
    'No evidence of an approach, or only anecdotal evidence.',
  ),
  band(11, 30, 'Plan', 'Plan', 'Gepland: er is een aanpak gepland.', 'Planned: an approach is planned.'),
  band(31, 50, 'Do', 'Do', 'Uitgevoerd: de aanpak wordt uitgevoerd.', 'Implemented: the approach is carried out.'),
  band(
    51,
    70,
    'Check',
    'Check',
    'Gecontroleerd: we gaan na of we de juiste dingen op de juiste manier doen.',
    'Checked: we check whether we do the right things in the right way.',
  ),
  band(
    71,
    90,
    'Act',
    'Act',
    'Bijgestuurd: op basis van de controles sturen we bij en verbeteren we.',
    'Adjusted: on the basis of the checks we adjust and improve.',
  ),
  band(
    91,
    100,
    'Volledige PDCA',
    'Full PDCA',
    'Volledige PDCA-cyclus: alles wordt gepland, uitgevoerd, gecontroleerd en bijgestuurd, en we leren van andere organisaties.',
    'Full PDCA cycle: everything is planned, implemented, checked and adjusted, and we learn from other organisations.',
  ),
];

/** Classical scoring bands (CAF 2020 panel 2: results, trends and targets). */
export const RESULT_BANDS: Band[] = [
  band(
    0,
    10,
    'Niet gemeten',
    'Not measured',
    'Resultaten worden niet gemeten of er is geen informatie beschikbaar.',
    'Results are not measured and/or no information is available.',
  ),
  band(
    11,
    30,
    'Negatief',
    'Negative',
    'Resultaten worden gemeten en tonen een negatieve trend, of relevante doelen worden niet gehaald.',
    'Results are measured and show a negative trend, and/or relevant targets are not met.',
  ),
  band(
    31,
    50,
    'Stabiel',
    'Flat',
    'Resultaten tonen een stabiele trend, of sommige relevante doelen worden gehaald.',
    'Results show a flat trend, and/or some relevant targets are met.',
  ),
  band(
    51,
    70,
    'Licht positief',
    'Slightly positive',
    'Resultaten tonen een licht positieve trend, of de meeste relevante doelen worden gehaald.',
    'Results show a slightly positive trend, and/or most relevant targets are met.',
  ),
  band(
    71,
    90,
    'Sterk positief',
    'Substantially positive',
    'Resultaten tonen een sterk positieve trend, of alle relevante doelen worden gehaald.',
    'Results show a substantially positive trend, and/or all relevant targets are met.',
  ),
  band(
    91,
    100,
    'Uitstekend',
    'Excellent',
    'Uitstekende en duurzame resultaten; alle doelen gehaald; positieve vergelijking met relevante organisaties.',
    'Excellent and sustainable results; all targets met; positive comparison with relevant organisations.',
  ),
];

export const BANDS: Record<CafKind, Band[]> = { enabler: ENABLER_BANDS, result: RESULT_BANDS };

/** The separately rated parts of fine-tuned scoring. */
export const FINE_PARTS = {
  enabler: ['plan', 'do', 'check', 'act'],
  result: ['trends', 'targets'],
} as const satisfies Record<CafKind, readonly string[]>;
export type FinePart = (typeof FINE_PARTS)[CafKind][number];

export const FINE_LABELS: Record<FinePart, Text> = {
  plan: { nl: 'Plannen (Plan)', en: 'Plan' },
  do: { nl: 'Uitvoeren (Do)', en: 'Do' },
  check: { nl: 'Controleren (Check)', en: 'Check' },
  act: { nl: 'Bijsturen (Act)', en: 'Act' },
  trends: { nl: 'Trends', en: 'Trends' },
  targets: { nl: 'Doelen', en: 'Targets' },
};
