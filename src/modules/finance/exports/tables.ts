/**
 * The tables of the cost-price report (services, allocation flows, income mix) as typed columns
 * and rows, so the CSV, XLSX and PDF exports show the same figures under the same headers.
 */
import { FIGURE_NAMES, GOVERNMENT_INCOME_TYPES, INCOME_TYPES, type IncomeType } from '../logic/index.ts';
import type { CostPriceView } from '../costing.ts';
import { centreNames, INCOME_TYPE_LABELS } from './labels.ts';
import { type Label, type Lang, unitLabel } from '../../../lib/exports/format.ts';
import { msg } from '../messages.ts';
import type { Message } from '../../../lib/messages.ts';

/** How a column's values are shown: text, cents, a plain number or a ratio shown as a percentage. */
export type ColumnKind = 'text' | 'money' | 'number' | 'percent';

/** One column: bilingual header, kind and a width hint in characters. */
export interface Column {
  header: Label;
  kind: ColumnKind;
  width: number;
}

/** A cell: text, a number (cents for money, a ratio for percent) or empty. */
export type Cell = string | number | null;

/** A report table: its title, columns, rows and an optional total row. */
export interface ReportTable {
  name: ReportTableName;
  title: Label;
  columns: Column[];
  rows: Cell[][];
  total?: Cell[];
}

export type ReportTableName = 'services' | 'flows' | 'mix';

const text = (header: Message, width = 14): Column => ({ header, kind: 'text', width });
const moneyCol = (header: Message, width = 14): Column => ({ header, kind: 'money', width });

/** Cost price per service, with a total row for the organisation. */
export function servicesTable(view: CostPriceView, lang: Lang): ReportTable {
  const columns: Column[] = [
    text(msg('col_code'), 10),
    text(msg('col_service'), 28),
    text(msg('col_unit'), 11),
    { header: msg('volume'), kind: 'number', width: 11 },
    moneyCol(msg('direct_cost'), 15),
    moneyCol(msg('indirect_cost'), 15),
    moneyCol(msg('total_cost'), 15),
    moneyCol(msg('cost_per_unit'), 13),
    moneyCol(msg('col_income'), 15),
    moneyCol(msg('income_per_unit'), 13),
    moneyCol(msg('price_per_unit_2'), 12),
    { header: msg('coverage'), kind: 'percent', width: 10 },
  ];
  const rows = view.services.map((s): Cell[] => [
    s.code,
    s.name,
    unitLabel(s.unit, lang),
    s.volume,
    s.directCents,
    s.indirectCents,
    s.totalCents,
    s.costPerUnitCents,
    s.incomeCents,
    s.incomePerUnitCents,
    s.pricePerUnitCents,
    s.coverage,
  ]);
  const sum = (f: (s: CostPriceView['services'][number]) => number) => view.services.reduce((a, s) => a + f(s), 0);
  const total: Cell[] = [
    '',
    lang === 'nl' ? 'Organisatie' : 'Organisation',
    '',
    null,
    sum((s) => s.directCents),
    sum((s) => s.indirectCents),
    view.organisation.totalCostCents,
    null,
    view.organisation.incomeCents,
    null,
    null,
    view.organisation.coverage,
  ];
  return {
    name: 'services',
    title: msg('cost_price_per_service'),
    columns,
    rows,
    total,
  };
}

/** The columns of an amount flowing between two centres: from (code, name), to (code, name), amount. */
function flowColumns(): Column[] {
  return [
    text(msg('code_4'), 12),
    text(msg('col_from'), 26),
    text(msg('code_5'), 12),
    text(msg('col_to'), 26),
    moneyCol(msg('col_amount'), 15),
  ];
}

/** Every allocation flow from an auxiliary centre to another centre. */
export function flowsTable(view: CostPriceView): ReportTable {
  const name = centreNames(view);
  const columns = flowColumns();
  const at = new Map(view.centres.map((c, i) => [c.code, i]));
  const pos = (code: string) => at.get(code) ?? Number.MAX_SAFE_INTEGER;
  const flows = [...view.flows].sort((a, b) => pos(a.from) - pos(b.from) || pos(a.to) - pos(b.to));
  const rows = flows.map((f): Cell[] => [f.from, name(f.from), f.to, name(f.to), f.amountCents]);
  return {
    name: 'flows',
    title: msg('allocation_auxiliary_centres'),
    columns,
    rows,
  };
}

/**
 * Step-down: the back-flows to centres already closed, ignored by definition, with the receiver's
 * share of the sender's key (flows-shaped, for the PDF).
 */
export function ignoredTable(view: CostPriceView): ReportTable {
  const name = centreNames(view);
  const columns: Column[] = [...flowColumns(), { header: msg('share_key'), kind: 'percent', width: 10 }];
  const rows = view.ignoredBackflows.map((f): Cell[] => [
    f.from,
    name(f.from),
    f.to,
    name(f.to),
    f.amountCents,
    f.share,
  ]);
  return { name: 'flows', title: msg('ignored_backflows'), columns, rows };
}

/** Income types that occur in the report (all of them when `all`). */
export function usedIncomeTypes(view: CostPriceView, all = false): IncomeType[] {
  if (all) return [...INCOME_TYPES];
  return INCOME_TYPES.filter((t) => view.organisation.incomeMix.byType[t].cents !== 0);
}

/** Income per type for each service and for the organisation, with the share of government money. */
export function mixTable(view: CostPriceView, lang: Lang, allTypes = true): ReportTable {
  const types = usedIncomeTypes(view, allTypes);
  const columns: Column[] = [
    text(msg('col_code'), 10),
    text(msg('col_service'), 28),
    ...types.map((t): Column => ({ header: INCOME_TYPE_LABELS[t], kind: 'money', width: 14 })),
    moneyCol(msg('col_total'), 15),
    { header: FIGURE_NAMES.government_share.name, kind: 'percent', width: 16 },
  ];
  const row = (code: string, label: string, mix: CostPriceView['organisation']['incomeMix']): Cell[] => [
    code,
    label,
    ...types.map((t) => mix.byType[t].cents),
    mix.totalCents,
    mix.governmentShare,
  ];
  const rows = view.services.map((s) => row(s.code, s.name, s.incomeMix));
  const total = row('', lang === 'nl' ? 'Organisatie' : 'Organisation', view.organisation.incomeMix);
  return { name: 'mix', title: msg('income_mix'), columns, rows, total };
}

/** The table of that name. */
export function reportTable(view: CostPriceView, name: ReportTableName, lang: Lang): ReportTable {
  if (name === 'services') return servicesTable(view, lang);
  if (name === 'flows') return flowsTable(view);
  return mixTable(view, lang);
}

/** Government money (subsidy, PVF voucher and cash) in cents, for a mix. */
export function governmentCents(mix: CostPriceView['organisation']['incomeMix']): number {
  return GOVERNMENT_INCOME_TYPES.reduce((a, t) => a + mix.byType[t].cents, 0);
}
