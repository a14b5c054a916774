/**
 * The text of the CAF 2020 model (seed content, not messages): per criterion its Dutch and English
 * names and per subcriterion its code, titles and short descriptions. model.ts builds the criteria from it.
 */
import type { Text } from './model.ts';

export type Raw = [code: string, titleNl: string, titleEn: string, descriptionNl: string, descriptionEn: string];

export const RAW: { number: number; nl: string; en: string; short?: Text; subs: Raw[] }[] = [
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
