/** Computed KPIs from the finance module's published figures (finance/public.ts). */
import type { Db } from '../../server/db.ts';
import { costPriceReport, keyFiguresOfYear, ledgerYears } from '../finance/public.ts';
import { msg } from './messages.ts';
import { type Ctx, euro, HISTORY, once, pct, round, type Series, type Text } from './computed-core.ts';

/** The last years (at most five) with a current ledger. */
const financeYears = (ctx: Ctx) =>
  once(ctx, 'finance-years', async () => (await ledgerYears(ctx.db, ctx.orgId)).slice(-HISTORY.year));

const ACCOUNT_LABELS: Record<string, Text> = {
  '62': msg('personnel_costs'),
  '6': msg('costs_class'),
  '7': msg('revenues_class'),
  subsidy: msg('subsidies'),
  current_assets: msg('current_assets'),
  current_liabilities: msg('debts_year'),
  equity: msg('equity'),
  liabilities: msg('equity_liabilities'),
  '54-58': msg('cash'),
  '6-63': msg('costs_without_depreciation'),
  days: msg('days_2'),
};

export async function keyFigure(
  ctx: Ctx,
  code: 'personnel_cost_ratio' | 'subsidy_dependency' | 'current_ratio' | 'solvency' | 'cash_days' | 'result_margin',
): Promise<Series> {
  const out: Series = new Map();
  for (const year of await financeYears(ctx)) {
    const figures = await once(ctx, `kf-${year}`, () => keyFiguresOfYear(ctx.db, ctx.orgId, year));
    const list = figures.periods[0]!.figures;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    if (code === 'result_margin') {
      const result = list.find((f) => f.code === 'result')!;
      const revenue = result.inputs['7'] ?? 0;
      if (result.value === null || !(revenue > 0)) continue;
      out.set(String(year), {
        value: pct(result.value, revenue),
        computation: {
          formula: msg('revenues_costs_revenues'),
          from,
          to,
          sources: ['finance'],
          inputs: [
            { label: ACCOUNT_LABELS['7']!, value: euro(revenue), unit: 'euro', source: 'finance' },
            { label: ACCOUNT_LABELS['6']!, value: euro(result.inputs['6'] ?? 0), unit: 'euro', source: 'finance' },
          ],
        },
      });
      continue;
    }
    const f = list.find((x) => x.code === code);
    if (!f || f.value === null) continue;
    out.set(String(year), {
      value: round(f.value),
      computation: {
        formula: f.formula,
        from,
        to,
        sources: ['finance'],
        inputs: Object.entries(f.inputs).map(([k, v]) => ({
          label: ACCOUNT_LABELS[k] ?? { nl: k, en: k },
          value: k === 'days' ? v : euro(v),
          ...(k === 'days' ? {} : { unit: 'euro' }),
          source: 'finance' as const,
        })),
        remark: msg('fiscal_year_current_ledger'),
      },
    });
  }
  return out;
}

export async function costPrice(ctx: Ctx, what: 'coverage' | 'cost_per_unit'): Promise<Series> {
  const out: Series = new Map();
  for (const year of await financeYears(ctx)) {
    const report = await once(ctx, `cp-${year}`, () =>
      costPriceReport(ctx.db as Db, ctx.orgId, year, 'stepdown').catch(() => null),
    );
    if (!report) continue;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    if (what === 'coverage') {
      const o = report.organisation;
      if (o.coverage === null) continue;
      out.set(String(year), {
        value: round(o.coverage * 100),
        computation: {
          formula: msg('income_full_cost_costprice'),
          from,
          to,
          sources: ['finance'],
          inputs: [
            { label: msg('income'), value: euro(o.incomeCents), unit: 'euro', source: 'finance' },
            {
              label: msg('full_cost'),
              value: euro(o.totalCostCents),
              unit: 'euro',
              source: 'finance',
            },
          ],
        },
      });
    } else {
      const main = report.services
        .filter((s) => s.costPerUnitCents !== null)
        .sort((a, b) => b.totalCents - a.totalCents)[0];
      if (!main) continue;
      out.set(String(year), {
        value: euro(main.costPerUnitCents!),
        computation: {
          formula: msg('full_cost_volume', { name: main.name }),
          from,
          to,
          sources: ['finance'],
          inputs: [
            {
              label: msg('full_cost_2', { name: main.name }),
              value: euro(main.totalCents),
              unit: 'euro',
              source: 'finance',
            },
            {
              label: msg('volume_unit', { unit: main.unit ?? msg('units') }),
              value: main.volume ?? 0,
              source: 'finance',
            },
          ],
        },
      });
    }
  }
  return out;
}
