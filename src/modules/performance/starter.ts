/**
 * The starter set: KPIs typical of a Flemish care organisation (VAPH, GGZ, youth care), computed
 * where Stuurboord holds the data (finance, clients, surveys, actions, CAF) and entered otherwise.
 * An organisation adds the set with one click; codes it already has are left alone.
 */
import { FIGURE_NAMES, type NamedFigure } from '../finance/logic/figure-names.ts';
import type { Frequency, KpiUnit, Perspective, ValueSource } from './tables.ts';

export type Mape = 'means' | 'activities' | 'output' | 'outcome';

export interface StarterKpi {
  code: string; nameNl: string; nameEn: string; definitionNl: string; definitionEn: string;
  unit: KpiUnit; decimals: number; direction: 'up' | 'down'; frequency: Frequency; source: ValueSource; formula: string | null;
  perspective: Perspective; cafCriterion: number | null; mape: Mape | null; valueMin?: number; valueMax?: number;
  /** A sensible first target and red threshold (the organisation adjusts them). */
  target: number; red: number;
}

const k = (
  code: string, nameNl: string, nameEn: string, definitionNl: string, definitionEn: string,
  spec: Omit<StarterKpi, 'code' | 'nameNl' | 'nameEn' | 'definitionNl' | 'definitionEn' | 'source' | 'formula'> & { formula?: string },
): StarterKpi => ({ code, nameNl, nameEn, definitionNl, definitionEn, ...spec, source: spec.formula ? 'computed' : 'manual', formula: spec.formula ?? null });

/** Name and definition of a KPI computed from a finance figure: the finance module's one name and formula. */
const named = (code: NamedFigure): [string, string, string, string] => {
  const { name, formula } = FIGURE_NAMES[code];
  return [name.nl, name.en, `${formula.nl}.`, `${formula.en}.`];
};

export const STARTER_SET: readonly StarterKpi[] = [
  // Mission
  k('GOAL_REACHED', 'Doelen ondersteuningsplan bereikt', 'Support-plan goals reached', 'Aandeel van de geëvalueerde doelen in ondersteuningsplannen dat (grotendeels) bereikt is.', 'Share of the evaluated goals in support plans that were (largely) reached.',
    { unit: 'percent', decimals: 0, direction: 'up', frequency: 'year', perspective: 'mission', cafCriterion: 6, mape: 'outcome', target: 75, red: 60 }),
  k('QUALITY_OF_LIFE', 'Kwaliteit van bestaan (POS)', 'Quality of life (POS)', 'Gemiddelde POS-score (Personal Outcomes Scale) van de cliënten die dit jaar bevraagd zijn.', 'Mean POS score (Personal Outcomes Scale) of the clients surveyed this year.',
    { unit: 'score', decimals: 1, direction: 'up', frequency: 'year', perspective: 'mission', cafCriterion: 6, mape: 'outcome', valueMin: 0, valueMax: 100, target: 70, red: 60 }),
  k('INCLUSION', 'Cliënten met inclusieve dagbesteding', 'Clients with inclusive day activities', 'Aandeel cliënten met minstens één wekelijkse activiteit in de gewone samenleving (werk, vrije tijd, vrijwilligerswerk).', 'Share of clients with at least one weekly activity in mainstream society (work, leisure, volunteering).',
    { unit: 'percent', decimals: 0, direction: 'up', frequency: 'quarter', perspective: 'mission', cafCriterion: 8, mape: 'outcome', target: 40, red: 25 }),
  // Clients and funders
  k('OCCUPANCY', 'Benutting afgesproken ondersteuning', 'Use of agreed support', 'Geregistreerde eenheden / afgesproken eenheden in de maand (dagen, nachten, uren, sessies).', 'Registered units / agreed units in the month (days, nights, hours, sessions).',
    { unit: 'percent', decimals: 1, direction: 'up', frequency: 'month', perspective: 'clients', cafCriterion: 9, mape: 'output', valueMax: 200, target: 95, red: 85, formula: 'occupancy' }),
  k('POINTS_DELIVERED', 'Geleverde versus afgesproken punten', 'Points delivered vs agreed', 'Geregistreerde punten / punten volgens de afspraken in de maand.', 'Registered points / points under the agreements in the month.',
    { unit: 'percent', decimals: 1, direction: 'up', frequency: 'month', perspective: 'clients', cafCriterion: 9, mape: 'output', valueMax: 200, target: 95, red: 85, formula: 'points_delivered' }),
  k('PVB_VOUCHER_USE', 'Benutting PVB-voucherpunten', 'PVB voucher points used', 'In voucher geleverde punten in het kwartaal / een vierde van de beschikbare voucherpunten van het jaar.', 'Points delivered in voucher in the quarter / a quarter of the voucher points available in the year.',
    { unit: 'percent', decimals: 1, direction: 'up', frequency: 'quarter', perspective: 'clients', cafCriterion: 9, mape: 'output', valueMax: 200, target: 90, red: 75, formula: 'pvb_voucher_use' }),
  k('WAITING_COUNT', 'Wachtlijst', 'Waiting list', 'Aantal wachtende vragen op de laatste dag van de maand.', 'Number of waiting requests on the last day of the month.',
    { unit: 'count', decimals: 0, direction: 'down', frequency: 'month', perspective: 'clients', cafCriterion: 6, mape: 'output', target: 10, red: 20, formula: 'waiting_count' }),
  k('WAITING_LONGEST', 'Langste wachttijd', 'Longest wait', 'Dagen sinds de aanvraag van de langst wachtende vraag op de laatste dag van de maand.', 'Days since the request of the longest-waiting request on the last day of the month.',
    { unit: 'days', decimals: 0, direction: 'down', frequency: 'month', perspective: 'clients', cafCriterion: 6, mape: 'output', target: 365, red: 730, formula: 'waiting_longest' }),
  k('WAITING_MEDIAN', 'Mediane wachttijd', 'Median wait', 'Mediaan van de wachttijd (dagen) van de wachtende vragen op de laatste dag van de maand.', 'Median wait (days) of the waiting requests on the last day of the month.',
    { unit: 'days', decimals: 0, direction: 'down', frequency: 'month', perspective: 'clients', cafCriterion: 6, mape: 'output', target: 180, red: 365, formula: 'waiting_median' }),
  k('CLIENTS_NEW', 'Nieuwe cliënten', 'New clients', 'Cliënten van wie de ondersteuning in de maand startte.', 'Clients whose support started in the month.',
    { unit: 'count', decimals: 0, direction: 'up', frequency: 'month', perspective: 'clients', cafCriterion: 6, mape: 'output', target: 2, red: 0, formula: 'clients_new' }),
  k('CLIENTS_LEFT', 'Vertrokken cliënten', 'Clients leaving', 'Cliënten van wie de ondersteuning in de maand eindigde.', 'Clients whose support ended in the month.',
    { unit: 'count', decimals: 0, direction: 'down', frequency: 'month', perspective: 'clients', cafCriterion: 6, mape: 'outcome', target: 1, red: 3, formula: 'clients_left' }),
  k('CLIENT_SATISFACTION', 'Cliënttevredenheid', 'Client satisfaction', 'Gemiddelde van de Likert-antwoorden van de cliëntenbevraging herschaald naar 0-100 (SERVQUAL: de percepties).', 'Mean of the Likert answers of the client survey rescaled to 0-100 (SERVQUAL: the perceptions).',
    { unit: 'score', decimals: 0, direction: 'up', frequency: 'year', perspective: 'clients', cafCriterion: 6, mape: 'outcome', valueMin: 0, valueMax: 100, target: 75, red: 60, formula: 'client_satisfaction' }),
  k('CLIENT_NPS', 'NPS cliënten', 'Client NPS', 'Net Promoter Score van de cliëntenbevraging: % promotors (9-10) − % criticasters (0-6).', 'Net Promoter Score of the client survey: % promoters (9-10) − % detractors (0-6).',
    { unit: 'score', decimals: 0, direction: 'up', frequency: 'year', perspective: 'clients', cafCriterion: 6, mape: 'outcome', valueMin: -100, valueMax: 100, target: 30, red: 0, formula: 'client_nps' }),
  k('CLIENT_RESPONSE', 'Respons cliëntenbevraging', 'Client survey response rate', 'Antwoorden / uitnodigingen van de cliëntenbevraging.', 'Responses / invitations of the client survey.',
    { unit: 'percent', decimals: 0, direction: 'up', frequency: 'year', perspective: 'clients', cafCriterion: 6, mape: 'activities', target: 50, red: 30, formula: 'client_response' }),
  k('COMPLAINTS', 'Klachten', 'Complaints', 'Aantal geregistreerde klachten van cliënten en hun netwerk in het kwartaal.', 'Number of complaints registered from clients and their network in the quarter.',
    { unit: 'count', decimals: 0, direction: 'down', frequency: 'quarter', perspective: 'clients', cafCriterion: 6, mape: 'outcome', target: 2, red: 5 }),
  // Financial
  k('PERSONNEL_COST_RATIO', 'Personeelskostenratio', 'Personnel-cost ratio', 'Personeelskosten (62) / totale kosten (klasse 6).', 'Personnel costs (62) / total costs (class 6).',
    { unit: 'percent', decimals: 1, direction: 'down', frequency: 'year', perspective: 'financial', cafCriterion: 9, mape: 'means', target: 80, red: 85, formula: 'personnel_cost_ratio' }),
  k('SUBSIDY_DEPENDENCY', ...named('subsidy_dependency'),
    { unit: 'percent', decimals: 1, direction: 'down', frequency: 'year', perspective: 'financial', cafCriterion: 4, mape: 'means', target: 70, red: 85, formula: 'subsidy_dependency' }),
  k('RESULT_MARGIN', 'Resultaatmarge', 'Result margin', 'Resultaat (opbrengsten − kosten) / totale opbrengsten.', 'Result (revenues − costs) / total revenues.',
    { unit: 'percent', decimals: 1, direction: 'up', frequency: 'year', perspective: 'financial', cafCriterion: 9, mape: 'means', valueMin: -100, target: 1, red: -1, formula: 'result_margin' }),
  k('CURRENT_RATIO', 'Liquiditeit (current ratio)', 'Current ratio', 'Vlottende activa / schulden op ten hoogste één jaar.', 'Current assets / debts due within one year.',
    { unit: 'ratio', decimals: 2, direction: 'up', frequency: 'year', perspective: 'financial', cafCriterion: 4, mape: 'means', target: 1.5, red: 1, formula: 'current_ratio' }),
  k('SOLVENCY', ...named('solvency'),
    { unit: 'percent', decimals: 1, direction: 'up', frequency: 'year', perspective: 'financial', cafCriterion: 4, mape: 'means', target: 30, red: 20, formula: 'solvency' }),
  k('CASH_DAYS', ...named('cash_days'),
    { unit: 'days', decimals: 0, direction: 'up', frequency: 'year', perspective: 'financial', cafCriterion: 4, mape: 'means', target: 60, red: 30, formula: 'cash_days' }),
  k('COVERAGE', 'Dekkingsgraad', 'Coverage ratio', 'Opbrengsten / integrale kosten van de organisatie (kostprijsmodel).', 'Income / full cost of the organisation (cost-price model).',
    { unit: 'percent', decimals: 1, direction: 'up', frequency: 'year', perspective: 'financial', cafCriterion: 9, mape: 'means', valueMax: 1000, target: 100, red: 95, formula: 'coverage' }),
  k('COST_PER_UNIT', 'Kostprijs per eenheid (grootste activiteit)', 'Cost per unit (largest activity)', 'Integrale kosten / volume van de hoofdkostenplaats met de hoogste kosten.', 'Full cost / volume of the main cost centre with the highest cost.',
    { unit: 'euro', decimals: 2, direction: 'down', frequency: 'year', perspective: 'financial', cafCriterion: 9, mape: 'means', valueMin: 0, target: 150, red: 180, formula: 'cost_per_unit' }),
  // Internal processes
  k('ACTIONS_ON_TIME', 'Verbeteracties op tijd', 'Improvement actions on time', 'Acties met einddatum in het kwartaal die op of voor die datum afgerond zijn / alle acties met einddatum in het kwartaal.', 'Actions due in the quarter that were done on or before their due date / all actions due in the quarter.',
    { unit: 'percent', decimals: 0, direction: 'up', frequency: 'quarter', perspective: 'processes', cafCriterion: 5, mape: 'activities', target: 80, red: 60, formula: 'actions_on_time' }),
  k('CAF_SCORE', 'CAF-score', 'CAF score', 'Gemiddelde consensusscore (0-100) van de laatst afgeronde CAF-zelfevaluatie van het jaar.', 'Mean consensus score (0-100) of the last finished CAF self-assessment of the year.',
    { unit: 'score', decimals: 0, direction: 'up', frequency: 'year', perspective: 'processes', cafCriterion: 9, mape: 'outcome', valueMin: 0, valueMax: 100, target: 50, red: 30, formula: 'caf_score' }),
  k('INCIDENTS', 'Incidenten', 'Incidents', 'Aantal gemelde incidenten (agressie, medicatie, vallen …) in de maand.', 'Number of reported incidents (aggression, medication, falls …) in the month.',
    { unit: 'count', decimals: 0, direction: 'down', frequency: 'month', perspective: 'processes', cafCriterion: 5, mape: 'activities', target: 3, red: 6 }),
  k('PLANS_EVALUATED', 'Ondersteuningsplannen tijdig geëvalueerd', 'Support plans evaluated on time', 'Ondersteuningsplannen geëvalueerd binnen de afgesproken termijn / plannen met evaluatie in het kwartaal.', 'Support plans evaluated within the agreed term / plans due for evaluation in the quarter.',
    { unit: 'percent', decimals: 0, direction: 'up', frequency: 'quarter', perspective: 'processes', cafCriterion: 5, mape: 'activities', target: 90, red: 75 }),
  // Learning and growth
  k('STAFF_SATISFACTION', 'Medewerkerstevredenheid', 'Staff satisfaction', 'Gemiddelde van de Likert-antwoorden van de medewerkersbevraging herschaald naar 0-100.', 'Mean of the Likert answers of the staff survey rescaled to 0-100.',
    { unit: 'score', decimals: 0, direction: 'up', frequency: 'year', perspective: 'learning', cafCriterion: 7, mape: 'outcome', valueMin: 0, valueMax: 100, target: 70, red: 55, formula: 'staff_satisfaction' }),
  k('STAFF_NPS', 'NPS medewerkers (eNPS)', 'Staff NPS (eNPS)', 'Net Promoter Score van de medewerkersbevraging.', 'Net Promoter Score of the staff survey.',
    { unit: 'score', decimals: 0, direction: 'up', frequency: 'year', perspective: 'learning', cafCriterion: 7, mape: 'outcome', valueMin: -100, valueMax: 100, target: 10, red: -10, formula: 'staff_nps' }),
  k('STAFF_RESPONSE', 'Respons medewerkersbevraging', 'Staff survey response rate', 'Antwoorden / uitnodigingen van de medewerkersbevraging.', 'Responses / invitations of the staff survey.',
    { unit: 'percent', decimals: 0, direction: 'up', frequency: 'year', perspective: 'learning', cafCriterion: 7, mape: 'activities', target: 60, red: 40, formula: 'staff_response' }),
  k('ABSENTEEISM', 'Ziekteverzuim', 'Absenteeism', 'Ziektedagen / beschikbare werkdagen (kort en lang verzuim).', 'Sick days / available working days (short and long term).',
    { unit: 'percent', decimals: 1, direction: 'down', frequency: 'month', perspective: 'learning', cafCriterion: 7, mape: 'means', target: 6, red: 9 }),
  k('STAFF_TURNOVER', 'Personeelsverloop', 'Staff turnover', 'Vertrokken medewerkers / gemiddeld aantal medewerkers in het jaar.', 'Staff who left / average number of staff in the year.',
    { unit: 'percent', decimals: 1, direction: 'down', frequency: 'year', perspective: 'learning', cafCriterion: 7, mape: 'means', target: 10, red: 15 }),
  k('TRAINING_HOURS', 'Vormingsuren per VTE', 'Training hours per FTE', 'Gevolgde vormingsuren / gemiddeld aantal VTE (handmatig tot de HR-module er is).', 'Training hours attended / average FTE (manual until the HR module exists).',
    { unit: 'hours', decimals: 1, direction: 'up', frequency: 'year', perspective: 'learning', cafCriterion: 3, mape: 'means', target: 24, red: 12 }),
];
