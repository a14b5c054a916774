/**
 * The CAF 2020 model (Common Assessment Framework, EUPAN) as data: 9 criteria, 28 subcriteria, the
 * classical scoring bands for enablers and results, and the parts of fine-tuned scoring. Titles
 * follow the official English text and the Dutch CAF 2020 guide; the short descriptions summarise
 * the examples of each subcriterion for a care organisation.
 */
import { RAW } from './model-criteria.ts';

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
