/** Labels of the finance exports: income types, allocation methods, centre names. */
import type { Label } from '../../../lib/exports/format.ts';
import type { IncomeType } from '../logic/index.ts';
import { msg } from '../messages.ts';

/** Names of the income types, as on the screens. */
export const INCOME_TYPE_LABELS: Record<IncomeType, Label> = {
  subsidy: msg('subsidy'),
  pvf_voucher: msg('pvf_voucher'),
  pvf_cash: msg('pvf_cash'),
  woon_leefkosten: msg('housing_living_costs'),
  sales: msg('sales_own_income'),
  gifts_legacies: msg('gifts_legacies'),
  membership_fees: msg('membership_fees'),
  other: msg('other'),
};

/** Names of the allocation methods. */
export const METHOD_LABELS: Record<'stepdown' | 'reciprocal', Label> = {
  stepdown: msg('stepdown_allocation'),
  reciprocal: msg('reciprocal_method'),
};

/** The name of a centre code in a report, else the code itself. */
export function centreNames(view: { centres: readonly { code: string; name: string }[] }): (code: string) => string {
  const names = new Map(view.centres.map((c) => [c.code, c.name]));
  return (code) => names.get(code) ?? code;
}
