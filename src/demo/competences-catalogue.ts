/**
 * The demo's competence catalogue and role profiles: a care organisation for adults with a
 * disability. Seed content (Dutch), not interface messages. Levels: 1 basis, 2 zelfstandig,
 * 3 gevorderd (in moeilijke situaties, helpt anderen), 4 expert (vernieuwt, coacht).
 */
export const DEMO_COMPETENCES: { name: string; cluster: string; levels: [string, string, string, string] }[] = [
  {
    name: 'Methodisch ondersteunen',
    cluster: 'Ondersteuning',
    levels: [
      'Volgt het ondersteuningsplan met hulp van collega’s',
      'Werkt zelfstandig volgens de afgesproken methodiek en noteert observaties',
      'Past de methodiek aan bij complexe vragen en onderbouwt keuzes in het team',
      'Brengt nieuwe methodieken binnen en coacht collega’s bij de toepassing',
    ],
  },
  {
    name: 'Communicatie met cliënten en netwerk',
    cluster: 'Ondersteuning',
    levels: [
      'Luistert en geeft informatie door zoals afgesproken',
      'Voert zelfstandig gesprekken met cliënt en familie, ook over moeilijke onderwerpen',
      'Bemiddelt bij meningsverschillen tussen cliënt, netwerk en organisatie',
      'Begeleidt collega’s bij moeilijke gesprekken en bouwt de netwerkwerking uit',
    ],
  },
  {
    name: 'Persoonsgericht plannen (IDO)',
    cluster: 'Ondersteuning',
    levels: [
      'Kent de doelen in het ondersteuningsplan van de cliënten die hij of zij begeleidt',
      'Stelt samen met de cliënt doelen op en evalueert ze op tijd',
      'Leidt IDO-gesprekken en vertaalt wensen in haalbare afspraken',
      'Bewaakt de kwaliteit van de plannen over teams heen en vormt anderen',
    ],
  },
  {
    name: 'Medicatiebeheer',
    cluster: 'Zorg',
    levels: [
      'Geeft klaargezette medicatie volgens het toedieningsschema en tekent af',
      'Bereidt medicatie zelfstandig voor en signaleert bijwerkingen',
      'Controleert de medicatieprocedure en grijpt in bij fouten',
      'Stelt de procedure op met arts en apotheek en geeft opleiding',
    ],
  },
  {
    name: 'Crisishantering en agressie',
    cluster: 'Zorg',
    levels: [
      'Herkent signalen van escalatie en roept hulp in',
      'Past de-escalatietechnieken toe volgens het signaleringsplan',
      'Stuurt een crisissituatie aan en zorgt voor nazorg',
      'Traint teams in crisishantering en evalueert incidenten',
    ],
  },
  {
    name: 'Verzorging en hygiëne',
    cluster: 'Zorg',
    levels: [
      'Helpt bij dagelijkse verzorging onder begeleiding',
      'Verzorgt zelfstandig en met respect voor privacy en autonomie',
      'Past de verzorging aan bij complexe zorgnoden (slikproblemen, wonden)',
      'Adviseert over hulpmiddelen en hygiënebeleid',
    ],
  },
  {
    name: 'Samenwerken in team',
    cluster: 'Organisatie',
    levels: [
      'Houdt zich aan de afspraken van het team',
      'Neemt actief deel aan overleg en deelt informatie tijdig',
      'Neemt initiatief bij problemen en ondersteunt nieuwe collega’s',
      'Bouwt samenwerking over teams en diensten heen op',
    ],
  },
  {
    name: 'Digitale registratie',
    cluster: 'Organisatie',
    levels: [
      'Registreert prestaties en observaties met hulp',
      'Registreert volledig en op tijd in het cliëntdossier',
      'Bewaakt de kwaliteit van registraties in het team',
      'Verbetert registratieprocessen en leidt collega’s op',
    ],
  },
  {
    name: 'Zorgzaam omgaan met privacy (GDPR)',
    cluster: 'Organisatie',
    levels: [
      'Kent de basisregels over beroepsgeheim en privacy',
      'Deelt gegevens enkel met wie ze nodig heeft',
      'Adviseert collega’s bij twijfel over het delen van gegevens',
      'Werkt het privacybeleid mee uit',
    ],
  },
  {
    name: 'Vrijetijd en inclusie',
    cluster: 'Ondersteuning',
    levels: [
      'Begeleidt activiteiten die door anderen georganiseerd zijn',
      'Organiseert zelfstandig activiteiten op maat van de groep',
      'Legt contacten met verenigingen en buurt voor inclusieve deelname',
      'Ontwikkelt een inclusief vrijetijdsaanbod met partners',
    ],
  },
  {
    name: 'Leidinggeven en coachen',
    cluster: 'Leiding',
    levels: [
      'Geeft feedback aan collega’s op een respectvolle manier',
      'Coacht collega’s in hun dagelijkse werk',
      'Stuurt een team aan, voert functionerings- en ontwikkelgesprekken',
      'Geeft richting aan meerdere teams en bouwt een lerende cultuur',
    ],
  },
  {
    name: 'Logistiek en veiligheid',
    cluster: 'Organisatie',
    levels: [
      'Volgt veiligheidsinstructies en meldt defecten',
      'Voert onderhoud en controles zelfstandig uit',
      'Plant onderhoud en bewaakt brand- en voedselveiligheid',
      'Stelt het veiligheidsbeleid op en volgt audits op',
    ],
  },
];

/** Role profiles: the level each needs, by competence name; `share` of the demo's employees holds it. */
export const DEMO_PROFILES: { name: string; share: number; needs: Record<string, number> }[] = [
  {
    name: 'Begeleider',
    share: 0.55,
    needs: {
      'Methodisch ondersteunen': 2,
      'Communicatie met cliënten en netwerk': 2,
      'Persoonsgericht plannen (IDO)': 2,
      Medicatiebeheer: 1,
      'Crisishantering en agressie': 2,
      'Samenwerken in team': 2,
      'Digitale registratie': 2,
      'Vrijetijd en inclusie': 2,
    },
  },
  {
    name: 'Verpleegkundige',
    share: 0.1,
    needs: {
      Medicatiebeheer: 3,
      'Verzorging en hygiëne': 3,
      'Communicatie met cliënten en netwerk': 2,
      'Digitale registratie': 2,
      'Zorgzaam omgaan met privacy (GDPR)': 2,
    },
  },
  {
    name: 'Teamcoach',
    share: 0.08,
    needs: {
      'Leidinggeven en coachen': 3,
      'Methodisch ondersteunen': 3,
      'Crisishantering en agressie': 3,
      'Persoonsgericht plannen (IDO)': 3,
      'Samenwerken in team': 3,
    },
  },
  {
    name: 'Logistiek medewerker',
    share: 0.15,
    needs: { 'Logistiek en veiligheid': 2, 'Samenwerken in team': 2, 'Verzorging en hygiëne': 1 },
  },
  {
    name: 'Administratief medewerker',
    share: 0.12,
    needs: { 'Digitale registratie': 3, 'Zorgzaam omgaan met privacy (GDPR)': 3, 'Samenwerken in team': 2 },
  },
];
