/**
 * Financial key figures of a quarter or year, each with its formula and the inputs it used.
 *
 * Sign convention of {@link AccountTotals}: every account in its natural sign, so a normal balance
 * is positive. Costs (class 6) positive = debit; revenues (class 7) positive = credit; assets
 * (classes 2, 3, 40, 41, 490/491, 5) positive = debit balance; equity and liabilities (class 1,
 * 42-48, 492/493) positive = credit balance. {@link naturalTotals} turns ledger totals (debit
 * positive) into this convention.
 */
import { defaultIncomeType, GOVERNMENT_INCOME_TYPES, isRevenue, type IncomeType } from './chart.ts';
import type { Cents, Message } from './errors.ts';
import { FIGURE_NAMES } from './figure-names.ts';
import { msg } from '../messages.ts';

/** Totals per account code (any length: `62`, `620`, `620000`), in natural sign. */
export type AccountTotals = Record<string, Cents>;

/** A key figure. `percent` values are percentages (78.5 = 78.5%), `ratio` plain ratios, `days` days. */
export interface KeyFigure {
  code:
    | 'personnel_cost_ratio'
    | 'result'
    | 'current_ratio'
    | 'solvency'
    | 'solvency_after_result'
    | 'cash_days'
    | 'cash_days_with_investments'
    | 'subsidy_dependency'
    | 'government_share'
    | 'own_income_share';
  /** The figure's name; figures that can be read two ways say which (see figure-names.ts). */
  name: Message;
  value: number | null;
  unit: 'ratio' | 'percent' | 'days' | 'cents';
  formula: Message;
  inputs: Record<string, Cents>;
  /** Why the value is null. */
  missing?: Message;
}

const CREDIT_NATURED = /^(1|7|4[2-8]|49[23])/;

/** True for accounts whose normal balance is a credit (class 1, 7, 42-48, 492/493). */
export function isCreditNatured(code: string): boolean {
  return CREDIT_NATURED.test(code);
}

/** Ledger totals (debit positive, credit negative) → natural sign (see the module comment). */
export function naturalTotals(ledgerTotals: Readonly<Record<string, Cents>>): AccountTotals {
  const out: AccountTotals = {};
  for (const [code, cents] of Object.entries(ledgerTotals)) out[code] = isCreditNatured(code) ? -cents : cents;
  return out;
}

/** Number of days from `from` to `to` inclusive (ISO dates). */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

function sum(totals: AccountTotals, prefixes: readonly string[]): Cents {
  let s = 0;
  for (const [code, cents] of Object.entries(totals)) if (prefixes.some((p) => code.startsWith(p))) s += cents;
  return s;
}

function has(totals: AccountTotals, prefixes: readonly string[]): boolean {
  return Object.keys(totals).some((code) => prefixes.some((p) => code.startsWith(p)));
}

const CURRENT_ASSETS = ['3', '40', '41', '5', '490', '491'];
const CURRENT_LIABILITIES = ['42', '43', '44', '45', '46', '47', '48', '492', '493'];
const EQUITY = ['10', '11', '12', '13', '14', '15'];
const LIABILITIES = [...EQUITY, '16', '17', ...CURRENT_LIABILITIES];
const CASH = ['54', '55', '56', '57', '58'];
const INVESTMENTS = ['50', '51', '52', '53'];
const BALANCE = ['1', '2', '3', '4', '5'];

const noBalance: Message = msg('no_balancesheet_accounts_classes');

/** Names of the figures that cannot be mistaken for another one. */
const OTHER_NAMES: Record<'personnel_cost_ratio' | 'result' | 'current_ratio' | 'own_income_share', Message> = {
  personnel_cost_ratio: msg('personnel_costs'),
  result: msg('result'),
  current_ratio: msg('current_ratio'),
  own_income_share: msg('share_own_income'),
};

function nameOf(code: KeyFigure['code']): Message {
  return code in FIGURE_NAMES
    ? FIGURE_NAMES[code as keyof typeof FIGURE_NAMES].name
    : OTHER_NAMES[code as keyof typeof OTHER_NAMES];
}

function ratio(
  code: KeyFigure['code'],
  unit: 'ratio' | 'percent',
  formula: Message,
  inputs: Record<string, Cents>,
  numerator: Cents,
  denominator: Cents,
  missing: Message | null,
): KeyFigure {
  const name = nameOf(code);
  if (missing) return { code, name, value: null, unit, formula, inputs, missing };
  if (denominator === 0) {
    return {
      code,
      name,
      value: null,
      unit,
      formula,
      inputs,
      missing: msg('denominator_zero'),
    };
  }
  const value = numerator / denominator;
  return { code, name, value: unit === 'percent' ? value * 100 : value, unit, formula, inputs };
}

function days(
  code: 'cash_days' | 'cash_days_with_investments',
  cash: Cents,
  cashCosts: Cents,
  inputs: Record<string, Cents>,
  opts: KeyFigureOptions,
  missing: Message | null,
): KeyFigure {
  const base = { code, name: nameOf(code), unit: 'days' as const, formula: FIGURE_NAMES[code].formula, inputs };
  if (missing) return { ...base, value: null, missing };
  if (!(opts.days > 0) || cashCosts <= 0)
    return {
      ...base,
      value: null,
      missing: msg('costs_without_depreciation_zero'),
    };
  return { ...base, value: cash / (cashCosts / opts.days) };
}

/** Options of {@link keyFigures}. */
export interface KeyFigureOptions {
  /** Days in the period (365/366 for a year, about 91 for a quarter). */
  days: number;
  /** The organisation's income type of a revenue account; default: the MAR default. */
  incomeTypeOf?: (account: string) => IncomeType | undefined;
}

/**
 * Personnel-cost ratio, result, current ratio, solvency before and after the year's result,
 * cash-days without and with investments, subsidy dependency (subsidies only), the share of
 * government money (subsidies + PVF) and own-income share from account totals in natural sign. A figure without its data has value null
 * and says what is missing.
 */
export function keyFigures(totals: AccountTotals, opts: KeyFigureOptions): KeyFigure[] {
  const costs = sum(totals, ['6']);
  const personnel = sum(totals, ['62']);
  const revenue = sum(totals, ['7']);
  const hasCosts = has(totals, ['6']);
  const hasBalance = has(totals, BALANCE);
  const noCosts: Message = msg('there_no_cost_accounts');
  const noRevenue: Message = msg('there_no_revenue_accounts');

  const byType: Partial<Record<IncomeType, Cents>> = {};
  for (const [code, cents] of Object.entries(totals)) {
    if (!isRevenue(code)) continue;
    const type = opts.incomeTypeOf?.(code) ?? defaultIncomeType(code) ?? 'other';
    byType[type] = (byType[type] ?? 0) + cents;
  }
  const subsidy = byType.subsidy ?? 0;
  const government = GOVERNMENT_INCOME_TYPES.reduce((a, t) => a + (byType[t] ?? 0), 0);
  const own = (byType.sales ?? 0) + (byType.membership_fees ?? 0) + (byType.gifts_legacies ?? 0);

  const currentAssets = sum(totals, CURRENT_ASSETS);
  const currentLiabilities = sum(totals, CURRENT_LIABILITIES);
  const equity = sum(totals, EQUITY);
  const liabilities = sum(totals, LIABILITIES);
  const cash = sum(totals, CASH);
  const investments = sum(totals, INVESTMENTS);
  const cashCosts = costs - sum(totals, ['63']);

  const result: KeyFigure = {
    code: 'result',
    name: nameOf('result'),
    unit: 'cents',
    formula: msg('revenues_class_costs_class'),
    inputs: { '7': revenue, '6': costs },
    value: hasCosts || has(totals, ['7']) ? revenue - costs : null,
  };
  if (result.value === null) result.missing = msg('there_no_cost_revenue');
  const yearResult = result.value ?? 0;

  const noCashCosts = hasBalance ? (hasCosts ? null : noCosts) : noBalance;
  const cashDays = days(
    'cash_days',
    cash,
    cashCosts,
    { '54-58': cash, '6-63': cashCosts, days: opts.days },
    opts,
    noCashCosts,
  );
  const cashDaysWith = days(
    'cash_days_with_investments',
    investments + cash,
    cashCosts,
    { '50-53': investments, '54-58': cash, '6-63': cashCosts, days: opts.days },
    opts,
    noCashCosts,
  );

  return [
    ratio(
      'personnel_cost_ratio',
      'percent',
      msg('personnel_costs_total_costs'),
      { '62': personnel, '6': costs },
      personnel,
      costs,
      hasCosts ? null : noCosts,
    ),
    result,
    ratio(
      'current_ratio',
      'ratio',
      msg('stock_receivables_investments_cash'),
      { current_assets: currentAssets, current_liabilities: currentLiabilities },
      currentAssets,
      currentLiabilities,
      hasBalance ? null : noBalance,
    ),
    ratio(
      'solvency',
      'percent',
      FIGURE_NAMES.solvency.formula,
      { equity, liabilities },
      equity,
      liabilities,
      hasBalance ? null : noBalance,
    ),
    ratio(
      'solvency_after_result',
      'percent',
      FIGURE_NAMES.solvency_after_result.formula,
      { equity, liabilities, result: yearResult },
      equity + yearResult,
      liabilities + yearResult,
      hasBalance ? null : noBalance,
    ),
    cashDays,
    cashDaysWith,
    ratio(
      'subsidy_dependency',
      'percent',
      FIGURE_NAMES.subsidy_dependency.formula,
      { subsidy, '7': revenue },
      subsidy,
      revenue,
      has(totals, ['7']) ? null : noRevenue,
    ),
    ratio(
      'government_share',
      'percent',
      FIGURE_NAMES.government_share.formula,
      { government, '7': revenue },
      government,
      revenue,
      has(totals, ['7']) ? null : noRevenue,
    ),
    ratio(
      'own_income_share',
      'percent',
      msg('sales_membership_fees_gifts'),
      { own_income: own, '7': revenue },
      own,
      revenue,
      has(totals, ['7']) ? null : noRevenue,
    ),
  ];
}
