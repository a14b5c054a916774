/**
 * Which section of the user guide (docs/guide/*.md) explains a page, by the page's path inside an
 * organisation (`/o/:orgId/<path>`): the first rule whose pattern matches. `key` names the page's
 * one-line explanation under `pageHelp.` in the locales (locales/help-*.json); `guide` is the guide page
 * and `section` the bold name its list item starts with (the GuidePage gives it that id).
 */
export interface HelpRule {
  pattern: RegExp;
  key: string;
  guide: string;
  section: string;
}

export const HELP_RULES: HelpRule[] = [
  { pattern: /^$/, key: 'home', guide: 'home', section: '' },
  { pattern: /^members$/, key: 'members', guide: 'admin', section: 'Gebruikers' },
  { pattern: /^settings$/, key: 'settings', guide: 'admin', section: 'Organisatie-instellingen' },
  { pattern: /^audit$/, key: 'audit', guide: 'admin', section: 'Auditlog' },
  { pattern: /^finance$/, key: 'financeOverview', guide: 'finance', section: 'Overzicht' },
  { pattern: /^finance\/ledger$/, key: 'ledger', guide: 'finance', section: 'Grootboek' },
  { pattern: /^finance\/accounts$/, key: 'accounts', guide: 'finance', section: 'Rekeningschema' },
  { pattern: /^finance\/model$/, key: 'model', guide: 'finance', section: 'Kostenmodel' },
  { pattern: /^finance\/costprice$/, key: 'costprice', guide: 'finance', section: 'Kostprijs' },
  { pattern: /^finance\/simulator$/, key: 'simulator', guide: 'finance', section: 'Schaalsimulator' },
  { pattern: /^clients$/, key: 'clients', guide: 'clients', section: 'Cliëntenlijst' },
  { pattern: /^clients\/consumption$/, key: 'consumption', guide: 'clients', section: 'Budgetverbruik' },
  { pattern: /^clients\/statements$/, key: 'statements', guide: 'clients', section: 'Afrekeningen' },
  { pattern: /^clients\/forecast$/, key: 'forecast', guide: 'clients', section: 'Inkomstenprognose' },
  { pattern: /^clients\/waiting-list$/, key: 'waiting', guide: 'clients', section: 'Wachtlijst' },
  { pattern: /^clients\/offer$/, key: 'offer', guide: 'clients', section: 'Aanbod' },
  { pattern: /^clients\/rules$/, key: 'rules', guide: 'clients', section: 'Regeltabellen' },
  { pattern: /^clients\/[^/]+$/, key: 'client', guide: 'clients', section: 'Cliëntenlijst' },
  { pattern: /^registrations$/, key: 'registrations', guide: 'clients', section: 'Registratie' },
  { pattern: /^cockpit$/, key: 'cockpit', guide: 'performance', section: 'Cockpit' },
  { pattern: /^kpis(\/[^/]+)?$/, key: 'kpis', guide: 'performance', section: 'Indicatoren' },
  { pattern: /^kpi-values$/, key: 'values', guide: 'performance', section: 'Waarden invoeren' },
  { pattern: /^board$/, key: 'board', guide: 'performance', section: 'Bestuursoverzicht' },
  { pattern: /^strategy$/, key: 'strategy', guide: 'performance', section: 'Strategiekaart' },
  { pattern: /^actions(\/[^/]+)?$/, key: 'actions', guide: 'performance', section: 'Verbeteracties' },
  { pattern: /^caf(\/.*)?$/, key: 'caf', guide: 'performance', section: 'CAF' },
  { pattern: /^surveys(\/.*)?$/, key: 'surveys', guide: 'performance', section: 'Bevragingen' },
  { pattern: /^people\/employees(\/[^/]+)?$/, key: 'employees', guide: 'people', section: 'Personeel' },
  { pattern: /^people\/payroll-import$/, key: 'payroll', guide: 'people', section: 'Loonimport' },
  { pattern: /^people\/grid$/, key: 'grid', guide: 'people', section: 'Rooster' },
  { pattern: /^people\/volunteers$/, key: 'volunteers', guide: 'people', section: 'Vrijwilligers' },
  { pattern: /^people\/sociale-balans$/, key: 'balans', guide: 'people', section: 'Sociale balans' },
  { pattern: /^people\/hr-figures$/, key: 'hr', guide: 'people', section: 'HR-kerncijfers' },
  { pattern: /^competences\/mine$/, key: 'myCompetences', guide: 'competences', section: 'Mijn competenties' },
  { pattern: /^competences(\/.*)?$/, key: 'competences', guide: 'competences', section: 'Catalogus en profielen' },
  { pattern: /^handbook$/, key: 'handbook', guide: 'handbook', section: 'Kwaliteitshandboek' },
  { pattern: /^handbook\/[^/]+$/, key: 'handbookDocument', guide: 'handbook', section: 'Document' },
  { pattern: /^complaints$/, key: 'complaints', guide: 'complaints', section: 'Klachten' },
  { pattern: /^complaints\/[^/]+$/, key: 'complaint', guide: 'complaints', section: 'Behandeling' },
  { pattern: /^strategie\/stakeholders$/, key: 'stakeholders', guide: 'strategy', section: 'Stakeholders' },
  { pattern: /^strategie(\/.*)?$/, key: 'swot', guide: 'strategy', section: 'SWOT-analyse' },
  { pattern: /^partnerships$/, key: 'partnerships', guide: 'partnerships', section: 'Partnerschappen' },
  { pattern: /^partnerships\/projects$/, key: 'projects', guide: 'partnerships', section: 'Innovatieprojecten' },
  { pattern: /^partnerships\/[^/]+$/, key: 'assessment', guide: 'partnerships', section: 'Beoordeling' },
  { pattern: /^governance\/board-pack$/, key: 'boardPack', guide: 'partnerships', section: 'Bestuurspakket' },
  { pattern: /^governance(\/.*)?$/, key: 'decisions', guide: 'partnerships', section: 'Besluiten' },
  { pattern: /^social-economy\/partners$/, key: 'sePartners', guide: 'social-economy', section: 'Partners' },
  { pattern: /^social-economy\/partners\/[^/]+$/, key: 'sePartner', guide: 'social-economy', section: 'Partners' },
  {
    pattern: /^social-economy\/agreements$/,
    key: 'seAgreements',
    guide: 'social-economy',
    section: 'Overeenkomsten',
  },
  {
    pattern: /^social-economy\/agreements\/[^/]+$/,
    key: 'seAgreement',
    guide: 'social-economy',
    section: 'Overeenkomsten',
  },
  { pattern: /^social-economy\/workers$/, key: 'seWorkers', guide: 'social-economy', section: 'Medewerkers' },
  { pattern: /^social-economy\/workers\/[^/]+$/, key: 'seWorker', guide: 'social-economy', section: 'Medewerkers' },
  { pattern: /^social-economy(\/.*)?$/, key: 'seOverview', guide: 'social-economy', section: 'Overzicht' },
  { pattern: /^job-carving$/, key: 'jobCarving', guide: 'social-economy', section: 'Jobcarving' },
];

/** A section name as an element id: "Sociale balans" → "sociale-balans", "Cliëntenlijst" → "clientenlijst". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The rule of an organisation page's path (after `/o/:orgId/`), or null. */
export function helpOf(path: string): HelpRule | null {
  const inner = path.replace(/^\/o\/[^/]+\/?/, '').replace(/\/$/, '');
  return HELP_RULES.find((r) => r.pattern.test(inner)) ?? null;
}

/** The address of a rule's section in the guide the app serves. */
export function guideHref(rule: Pick<HelpRule, 'guide' | 'section'>): string {
  return `/guide/${rule.guide}${rule.section ? `#${slug(rule.section)}` : ''}`;
}
