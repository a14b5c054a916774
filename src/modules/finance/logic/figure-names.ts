/**
 * One name and one formula for each financial figure that can be read two ways, used by the key
 * figures, the cost-price page and report, the KPIs and the exports, so two different figures never
 * share a name: subsidies only vs all government money (with PVF), solvency before vs after the
 * year's result, cash-days without vs with the investments of classes 50-53.
 */
import type { Message } from './errors.ts';

export interface FigureName {
  name: Message;
  formula: Message;
}

export const FIGURE_NAMES = {
  subsidy_dependency: {
    name: { nl: 'Subsidie-afhankelijkheid (enkel subsidies)', en: 'Subsidy dependency (subsidies only)' },
    formula: {
      nl: 'Subsidies / totale opbrengsten (klasse 7); zonder PVF',
      en: 'Subsidies / total revenues (class 7); without PVF',
    },
  },
  government_share: {
    name: { nl: 'Aandeel overheidsgeld (subsidies + PVF)', en: 'Share of government money (subsidies + PVF)' },
    formula: {
      nl: '(Subsidies + PVF-voucher + PVF-cash) / totale opbrengsten (klasse 7)',
      en: '(Subsidies + PVF voucher + PVF cash) / total revenues (class 7)',
    },
  },
  solvency: {
    name: { nl: 'Solvabiliteit vóór resultaat van het jaar', en: 'Solvency before the year’s result' },
    formula: {
      nl: 'Eigen vermogen (10-15) / totaal eigen vermogen en schulden (10-17 + 42-48 + 492/493), zonder het resultaat van het jaar',
      en: 'Equity (10-15) / total equity and liabilities (10-17 + 42-48 + 492/493), without the year’s result',
    },
  },
  solvency_after_result: {
    name: { nl: 'Solvabiliteit na resultaat van het jaar', en: 'Solvency after the year’s result' },
    formula: {
      nl: '(Eigen vermogen (10-15) + resultaat (7 − 6)) / (totaal eigen vermogen en schulden + resultaat (7 − 6))',
      en: '(Equity (10-15) + result (7 − 6)) / (total equity and liabilities + result (7 − 6))',
    },
  },
  cash_days: {
    name: { nl: 'Kasdagen zonder geldbeleggingen (54-58)', en: 'Cash days without investments (54-58)' },
    formula: {
      nl: 'Liquide middelen (54-58) / (kosten zonder afschrijvingen (6 − 63) / dagen in de periode)',
      en: 'Cash (54-58) / (costs without depreciation (6 − 63) / days in the period)',
    },
  },
  cash_days_with_investments: {
    name: { nl: 'Kasdagen met geldbeleggingen (50-58)', en: 'Cash days with investments (50-58)' },
    formula: {
      nl: '(Geldbeleggingen (50-53) + liquide middelen (54-58)) / (kosten zonder afschrijvingen (6 − 63) / dagen in de periode)',
      en: '(Investments (50-53) + cash (54-58)) / (costs without depreciation (6 − 63) / days in the period)',
    },
  },
} as const satisfies Record<string, FigureName>;

export type NamedFigure = keyof typeof FIGURE_NAMES;
