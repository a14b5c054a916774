/** Labels of the finance exports: income types, allocation methods, centre names. */
import type { Label } from '../../../lib/exports/format.ts';
import type { IncomeType } from '../logic/index.ts';

/** Names of the income types, as on the screens. */
export const INCOME_TYPE_LABELS: Record<IncomeType, Label> = {
  subsidy: { nl: 'Subsidie', en: 'Subsidy' },
  pvf_voucher: { nl: 'PVF voucher', en: 'PVF voucher' },
  pvf_cash: { nl: 'PVF cash', en: 'PVF cash' },
  woon_leefkosten: { nl: 'Woon- en leefkosten', en: 'Housing and living costs' },
  sales: { nl: 'Verkoop en eigen inkomsten', en: 'Sales and own income' },
  gifts_legacies: { nl: 'Giften en legaten', en: 'Gifts and legacies' },
  membership_fees: { nl: 'Lidgelden', en: 'Membership fees' },
  other: { nl: 'Andere', en: 'Other' },
};

/** Names of the allocation methods. */
export const METHOD_LABELS: Record<'stepdown' | 'reciprocal', Label> = {
  stepdown: { nl: 'getrapte verdeling (step-down)', en: 'step-down allocation' },
  reciprocal: { nl: 'reciproque methode (wederzijdse verdeling)', en: 'reciprocal method' },
};

/** The name of a centre code in a report, else the code itself. */
export function centreNames(view: { centres: readonly { code: string; name: string }[] }): (code: string) => string {
  const names = new Map(view.centres.map((c) => [c.code, c.name]));
  return (code) => names.get(code) ?? code;
}
