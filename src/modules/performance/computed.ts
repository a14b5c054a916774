/**
 * Computed KPIs: each formula key reads the other modules (finance, clients, surveys, actions, CAF)
 * and gives a value per period with its computation (formula text, input figures with their source,
 * the period's dates). Values are recomputed when a cheap fingerprint of the sources changes (see
 * {@link ensureComputed}), so a cockpit read stays one fingerprint query when nothing changed.
 */
import { sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { costPriceReport } from '../finance/costing.ts';
import { keyFiguresOfYear } from '../finance/planning.ts';
import { availableVoucherPoints, linePoints, unitsInPeriod, type AgreementLine } from '../clients/logic/index.ts';
import { ruleSet } from '../clients/rules.ts';
import { surveyFigures, type SurveyFigure } from '../surveys/kpi-source.ts';
import {
  formatPeriod,
  parsePeriod,
  periodEnd,
  periodOfDay,
  periodRange,
  periodStart,
  shiftPeriod,
  type Frequency,
  type Period,
} from './logic/index.ts';
import { today as brusselsToday } from '../../lib/calendar.ts';
import { msg } from './messages.ts';

export type SourceName = 'finance' | 'clients' | 'surveys' | 'actions' | 'caf';
type Text = { nl: string; en: string };

export interface ComputationInput {
  label: Text;
  value: number;
  unit?: string;
  source: SourceName;
}
export interface Computation {
  formula: Text;
  inputs: ComputationInput[];
  from: string;
  to: string;
  sources: SourceName[];
  computedAt: string;
  remark?: Text;
}
export type Series = Map<string, { value: number; computation: Omit<Computation, 'computedAt'> }>;

/** Months, quarters or years that a formula looks back over. */
const HISTORY = { month: 36, quarter: 12, year: 5 } as const;

interface Ctx {
  db: DbOrTx;
  orgId: string;
  today: string;
  memo: Map<string, Promise<unknown>>;
}
function once<T>(ctx: Ctx, key: string, load: () => Promise<T>): Promise<T> {
  if (!ctx.memo.has(key)) ctx.memo.set(key, load());
  return ctx.memo.get(key) as Promise<T>;
}

/** The periods to compute: the last ones up to the one before today's (flows) or up to today's (snapshots). */
function window(ctx: Ctx, f: Frequency, snapshot = false): Period[] {
  const current = periodOfDay(ctx.today, f);
  const end = snapshot ? current : shiftPeriod(current, -1);
  return periodRange(shiftPeriod(end, -(HISTORY[f] - 1)), end).map((p) => parsePeriod(p)!);
}

const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;
const pct = (num: number, den: number) => round((num / den) * 100);

// ---- clients ---------------------------------------------------------------------------------

async function agreements(ctx: Ctx): Promise<AgreementLine[]> {
  return once(ctx, 'agreements', async () => {
    const rows = await ctx.db
      .selectFrom('cl_agreement')
      .select(['client_id', 'function_code', 'count', 'per', 'price_points_e4', 'start_date', 'end_date'])
      .where('org_id', '=', ctx.orgId)
      .execute();
    return rows.map((r) => ({
      clientId: r.client_id,
      function: r.function_code,
      frequency: { count: Number(r.count), per: r.per },
      priceE4: Number(r.price_points_e4),
      start: r.start_date,
      end: r.end_date,
    }));
  });
}

/** Registered units and points per month and client × function (voucher points apart). */
async function registrationsByMonth(ctx: Ctx) {
  return once(ctx, 'registrations', async () => {
    const from = periodStart(window(ctx, 'month')[0]!);
    const rows = await ctx.db
      .selectFrom('cl_registration')
      .select([
        sql<string>`to_char(date, 'YYYY-MM')`.as('month'),
        'client_id',
        'function_code',
        sql<string>`sum(units)::text`.as('units'),
        sql<string>`sum(points_e4)::text`.as('points'),
        sql<string>`coalesce(sum(points_e4) filter (where funding_type = 'voucher'), 0)::text`.as('voucher'),
      ])
      .where('org_id', '=', ctx.orgId)
      .where('date', '>=', from)
      .groupBy([sql`to_char(date, 'YYYY-MM')`, 'client_id', 'function_code'])
      .execute();
    return rows.map((r) => ({
      month: r.month,
      key: `${r.client_id}|${r.function_code}`,
      units: Number(r.units),
      pointsE4: Number(r.points),
      voucherE4: Number(r.voucher),
    }));
  });
}

function agreedIn(lines: AgreementLine[], from: string, to: string) {
  let units = 0;
  let pointsE4 = 0;
  const keys = new Set<string>();
  for (const l of lines) {
    if (l.start > to || (l.end != null && l.end < from)) continue;
    const u = unitsInPeriod(l, from, to);
    if (u <= 0) continue;
    units += u;
    pointsE4 += linePoints(l, from, to);
    keys.add(`${l.clientId}|${l.function}`);
  }
  return { units, pointsE4, keys };
}

async function useOfAgreements(ctx: Ctx, what: 'units' | 'points'): Promise<Series> {
  const [lines, regs] = await Promise.all([agreements(ctx), registrationsByMonth(ctx)]);
  const out: Series = new Map();
  for (const p of window(ctx, 'month')) {
    const from = periodStart(p);
    const to = periodEnd(p);
    const agreed = agreedIn(lines, from, to);
    const month = formatPeriod(p);
    const mine = regs.filter((r) => r.month === month && agreed.keys.has(r.key));
    const registered = mine.reduce((s, r) => s + (what === 'units' ? r.units : r.pointsE4), 0);
    const denominator = what === 'units' ? agreed.units : agreed.pointsE4;
    if (!(denominator > 0)) continue;
    out.set(month, {
      value: pct(registered, denominator),
      computation:
        what === 'units'
          ? {
              formula: msg('registered_units_agreed_units'),
              from,
              to,
              sources: ['clients'],
              inputs: [
                {
                  label: msg('registered_units_under_agreement'),
                  value: round(registered, 2),
                  source: 'clients',
                },
                {
                  label: msg('agreed_units'),
                  value: round(agreed.units, 2),
                  source: 'clients',
                },
              ],
            }
          : {
              formula: msg('registered_points_agreed_points'),
              from,
              to,
              sources: ['clients'],
              inputs: [
                {
                  label: msg('registered_points'),
                  value: round(registered / 10_000),
                  unit: 'points',
                  source: 'clients',
                },
                {
                  label: msg('agreed_points'),
                  value: round(agreed.pointsE4 / 10_000),
                  unit: 'points',
                  source: 'clients',
                },
              ],
            },
    });
  }
  return out;
}

async function pvbVoucherUse(ctx: Ctx): Promise<Series> {
  const [regs, fundings, rules] = await Promise.all([
    registrationsByMonth(ctx),
    ctx.db
      .selectFrom('cl_funding')
      .select(['category', 'form', 'voucher_points_e4', 'made_available_on', 'start_date', 'end_date'])
      .where('org_id', '=', ctx.orgId)
      .where('kind', '=', 'pvb')
      .where('form', 'in', ['voucher', 'combination'])
      .execute(),
    ruleSet(ctx.db, ctx.orgId),
  ]);
  const out: Series = new Map();
  if (!fundings.length) return out;
  for (const q of window(ctx, 'quarter')) {
    let available = 0;
    for (const f of fundings) {
      if (f.category === null || !f.made_available_on) continue;
      try {
        available +=
          availableVoucherPoints(
            {
              kind: 'pvb',
              category: f.category,
              form: f.form!,
              ...(f.voucher_points_e4 !== null ? { voucherPointsE4: Number(f.voucher_points_e4) } : {}),
              madeAvailable: f.made_available_on,
              start: f.start_date,
              end: f.end_date,
            },
            q.year,
            rules,
          ) / 4;
      } catch {
        /* an invalid combination part counts as nothing */
      }
    }
    if (!(available > 0)) continue;
    const from = periodStart(q);
    const to = periodEnd(q);
    const delivered = regs
      .filter((r) => r.month >= from.slice(0, 7) && r.month <= to.slice(0, 7))
      .reduce((s, r) => s + r.voucherE4, 0);
    out.set(formatPeriod(q), {
      value: pct(delivered, available),
      computation: {
        formula: msg('points_delivered_voucher_voucher'),
        from,
        to,
        sources: ['clients'],
        inputs: [
          {
            label: msg('delivered_voucher'),
            value: round(delivered / 10_000),
            unit: 'points',
            source: 'clients',
          },
          {
            label: msg('available_quarter'),
            value: round(available / 10_000),
            unit: 'points',
            source: 'clients',
          },
        ],
      },
    });
  }
  return out;
}

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

async function waiting(ctx: Ctx, what: 'count' | 'longest' | 'median'): Promise<Series> {
  const rows = await once(ctx, 'waiting', () =>
    ctx.db
      .selectFrom('cl_waiting_request')
      .select(['requested_on', 'status', sql<string>`(updated_at at time zone 'UTC')::date::text`.as('changed')])
      .where('org_id', '=', ctx.orgId)
      .execute(),
  );
  const out: Series = new Map();
  if (!rows.length) return out;
  const first = rows.reduce((m, r) => (r.requested_on < m ? r.requested_on : m), rows[0]!.requested_on);
  for (const p of window(ctx, 'month', true)) {
    const end = periodEnd(p);
    const day = end < ctx.today ? end : ctx.today;
    if (day < first) continue;
    const waitingDays = rows
      .filter((r) => r.requested_on <= day && (r.status === 'waiting' || r.changed > day))
      .map((r) => daysBetween(r.requested_on, day))
      .sort((a, b) => a - b);
    const n = waitingDays.length;
    const value =
      what === 'count'
        ? n
        : what === 'longest'
          ? (waitingDays[n - 1] ?? 0)
          : n === 0
            ? 0
            : n % 2
              ? waitingDays[(n - 1) / 2]!
              : (waitingDays[n / 2 - 1]! + waitingDays[n / 2]!) / 2;
    const formula = {
      count: msg('number_waiting_requests_reference'),
      longest: msg('reference_day_request_date'),
      median: msg('median_reference_day_request'),
    }[what];
    out.set(formatPeriod(p), {
      value,
      computation: {
        formula,
        from: periodStart(p),
        to: day,
        sources: ['clients'],
        inputs: [
          {
            label: msg('waiting_requests', { day }),
            value: n,
            source: 'clients',
          },
        ],
        remark: msg('request_counts_waiting_until'),
      },
    });
  }
  return out;
}

async function clientFlow(ctx: Ctx, what: 'new' | 'left'): Promise<Series> {
  const rows = await once(ctx, 'clients', () =>
    ctx.db.selectFrom('cl_client').select(['started_on', 'ended_on']).where('org_id', '=', ctx.orgId).execute(),
  );
  const out: Series = new Map();
  const starts = rows.map((r) => r.started_on).filter((d): d is string => d !== null);
  if (!starts.length) return out;
  const first = starts.reduce((m, d) => (d < m ? d : m));
  for (const p of window(ctx, 'month')) {
    const from = periodStart(p);
    const to = periodEnd(p);
    if (to < first) continue;
    const days = what === 'new' ? starts : rows.map((r) => r.ended_on).filter((d): d is string => d !== null);
    const n = days.filter((d) => d >= from && d <= to).length;
    out.set(formatPeriod(p), {
      value: n,
      computation: {
        formula: what === 'new' ? msg('clients_start_date_month') : msg('clients_end_date_month'),
        from,
        to,
        sources: ['clients'],
        inputs: [{ label: msg('clients_file'), value: rows.length, source: 'clients' }],
      },
    });
  }
  return out;
}

// ---- finance ---------------------------------------------------------------------------------

async function financeYears(ctx: Ctx): Promise<number[]> {
  return once(ctx, 'finance-years', async () => {
    const rows = await ctx.db
      .selectFrom('fin_ledger_import')
      .select('year')
      .distinct()
      .where('org_id', '=', ctx.orgId)
      .where('is_current', '=', true)
      .orderBy('year')
      .execute();
    return rows.map((r) => r.year).slice(-HISTORY.year);
  });
}

const euro = (cents: number) => round(cents / 100, 2);
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

async function keyFigure(
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

async function costPrice(ctx: Ctx, what: 'coverage' | 'cost_per_unit'): Promise<Series> {
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

// ---- surveys, actions, CAF -------------------------------------------------------------------

async function survey(
  ctx: Ctx,
  audience: SurveyFigure['audience'],
  what: 'satisfaction' | 'nps' | 'responseRate',
): Promise<Series> {
  const figures = await once(ctx, 'surveys', () => surveyFigures(ctx.db as Db, ctx.orgId));
  const latest = new Map<string, SurveyFigure>();
  for (const f of figures
    .filter((x) => x.audience === audience && x[what] !== null)
    .sort((a, b) => a.period.localeCompare(b.period)))
    latest.set(f.period.slice(0, 4), f);
  const formula = {
    satisfaction: msg('mean_likert_score_rescaled'),
    nps: msg('promoters_detractors'),
    responseRate: msg('responses_invitations'),
  }[what];
  const out: Series = new Map();
  for (const [year, f] of latest) {
    out.set(year, {
      value: round(f[what]!),
      computation: {
        formula,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        sources: ['surveys'],
        inputs: [
          {
            label: msg('survey', { title: f.title, period: f.period }),
            value: f.responses,
            unit: 'responses',
            source: 'surveys',
          },
        ],
      },
    });
  }
  return out;
}

async function actionsOnTime(ctx: Ctx): Promise<Series> {
  const rows = await ctx.db
    .selectFrom('perf_action')
    .select(['due_date', 'status', sql<string | null>`(done_at at time zone 'UTC')::date::text`.as('done')])
    .where('org_id', '=', ctx.orgId)
    .where('due_date', 'is not', null)
    .execute();
  const out: Series = new Map();
  for (const q of window(ctx, 'quarter')) {
    const from = periodStart(q);
    const to = periodEnd(q);
    const due = rows.filter((r) => r.due_date! >= from && r.due_date! <= to);
    if (!due.length) continue;
    const onTime = due.filter((r) => r.status === 'done' && r.done !== null && r.done <= r.due_date!).length;
    out.set(formatPeriod(q), {
      value: pct(onTime, due.length),
      computation: {
        formula: msg('actions_done_time_actions'),
        from,
        to,
        sources: ['actions'],
        inputs: [
          { label: msg('done_time'), value: onTime, source: 'actions' },
          {
            label: msg('due_quarter'),
            value: due.length,
            source: 'actions',
          },
        ],
      },
    });
  }
  return out;
}

async function cafScore(ctx: Ctx): Promise<Series> {
  const rows = await ctx.db
    .selectFrom('caf_assessment as a')
    .innerJoin('caf_consensus as c', (j) => j.onRef('c.assessment_id', '=', 'a.id').onRef('c.org_id', '=', 'a.org_id'))
    .select([
      'a.id',
      'a.name',
      sql<string>`coalesce(a.finished_on, a.started_on)::text`.as('day'),
      sql<string>`avg(c.score)::float8`.as('mean'),
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('a.org_id', '=', ctx.orgId)
    .where('a.status', '=', 'finished')
    .groupBy(['a.id', 'a.name', 'a.finished_on', 'a.started_on'])
    .orderBy('day')
    .execute();
  const out: Series = new Map();
  for (const r of rows) {
    const year = r.day.slice(0, 4);
    out.set(year, {
      value: round(Number(r.mean), 2),
      computation: {
        formula: msg('mean_consensus_score_over'),
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        sources: ['caf'],
        inputs: [
          {
            label: msg('selfassessment', { name: r.name, day: r.day }),
            value: r.n,
            unit: 'subcriteria',
            source: 'caf',
          },
        ],
      },
    });
  }
  return out;
}

/** Every formula: its frequency and how it is computed. */
export const FORMULAS: Record<
  string,
  { frequency: Frequency; sources: SourceName[]; compute: (ctx: Ctx) => Promise<Series> }
> = {
  occupancy: { frequency: 'month', sources: ['clients'], compute: (c) => useOfAgreements(c, 'units') },
  points_delivered: { frequency: 'month', sources: ['clients'], compute: (c) => useOfAgreements(c, 'points') },
  pvb_voucher_use: { frequency: 'quarter', sources: ['clients'], compute: pvbVoucherUse },
  waiting_count: { frequency: 'month', sources: ['clients'], compute: (c) => waiting(c, 'count') },
  waiting_longest: { frequency: 'month', sources: ['clients'], compute: (c) => waiting(c, 'longest') },
  waiting_median: { frequency: 'month', sources: ['clients'], compute: (c) => waiting(c, 'median') },
  clients_new: { frequency: 'month', sources: ['clients'], compute: (c) => clientFlow(c, 'new') },
  clients_left: { frequency: 'month', sources: ['clients'], compute: (c) => clientFlow(c, 'left') },
  personnel_cost_ratio: {
    frequency: 'year',
    sources: ['finance'],
    compute: (c) => keyFigure(c, 'personnel_cost_ratio'),
  },
  subsidy_dependency: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'subsidy_dependency') },
  result_margin: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'result_margin') },
  current_ratio: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'current_ratio') },
  solvency: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'solvency') },
  cash_days: { frequency: 'year', sources: ['finance'], compute: (c) => keyFigure(c, 'cash_days') },
  coverage: { frequency: 'year', sources: ['finance'], compute: (c) => costPrice(c, 'coverage') },
  cost_per_unit: { frequency: 'year', sources: ['finance'], compute: (c) => costPrice(c, 'cost_per_unit') },
  client_satisfaction: {
    frequency: 'year',
    sources: ['surveys'],
    compute: (c) => survey(c, 'clients', 'satisfaction'),
  },
  client_nps: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'clients', 'nps') },
  client_response: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'clients', 'responseRate') },
  staff_satisfaction: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'staff', 'satisfaction') },
  staff_nps: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'staff', 'nps') },
  staff_response: { frequency: 'year', sources: ['surveys'], compute: (c) => survey(c, 'staff', 'responseRate') },
  actions_on_time: { frequency: 'quarter', sources: ['actions'], compute: actionsOnTime },
  caf_score: { frequency: 'year', sources: ['caf'], compute: cafScore },
};
export type FormulaKey = keyof typeof FORMULAS;

/**
 * One text that changes whenever a source of a computed KPI changes: counts, last change times and
 * cheap hashes per source table, the computed KPIs themselves and today's date (waiting times and
 * "the last complete period" move with it). One query; its cost is an index scan per table.
 */
export async function sourceFingerprint(db: DbOrTx, orgId: string, today: string): Promise<string> {
  const o = sql.lit(orgId);
  const row = await sql<{ f: string }>`SELECT concat_ws('|',
    ${today}::text,
    (SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || formula || frequency)), 0) FROM kpi WHERE org_id = ${o} AND source = 'computed' AND NOT archived),
    (SELECT count(*) || ':' || coalesce(max(imported_at)::text, '') FROM fin_ledger_import WHERE org_id = ${o} AND is_current),
    (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM fin_cost_model WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(code || coalesce(income_type, ''))), 0) FROM fin_account WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(id::text || count::text || per || start_date::text || coalesce(end_date::text, '') || price_points_e4::text)), 0) FROM cl_agreement WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(points_e4), 0) FROM cl_registration WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(coalesce(started_on::text, '') || coalesce(ended_on::text, ''))), 0) FROM cl_client WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(kind || coalesce(form, '') || coalesce(category::text, '') || coalesce(voucher_points_e4::text, '') || coalesce(start_date::text, '') || coalesce(end_date::text, '') || coalesce(made_available_on::text, ''))), 0) FROM cl_funding WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM cl_waiting_request WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(valid_from::text || data::text)), 0) FROM cl_rule WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(status || coalesce(closed_on::text, '') || coalesce(closes_on::text, '') || invited::text)), 0) FROM survey WHERE org_id = ${o}),
    (SELECT count(*)::text FROM survey_response WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM perf_action WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(sum(hashtext(status || coalesce(finished_on::text, ''))), 0) FROM caf_assessment WHERE org_id = ${o}),
    (SELECT count(*) || ':' || coalesce(max(decided_at)::text, '') || ':' || coalesce(sum(score), 0) FROM caf_consensus WHERE org_id = ${o})
  ) AS f`.execute(db);
  return row.rows[0]!.f;
}

/** Computes every computed KPI of an organisation and stores the values (notes stay). */
export async function recompute(
  db: Db,
  orgId: string,
  today: string,
  fingerprint?: string,
): Promise<{ kpis: number; values: number }> {
  const kpis = await db
    .selectFrom('kpi')
    .select(['id', 'formula'])
    .where('org_id', '=', orgId)
    .where('source', '=', 'computed')
    .where('archived', '=', false)
    .execute();
  const ctx: Ctx = { db, orgId, today, memo: new Map() };
  const computedAt = new Date().toISOString();
  const results: { id: string; series: Series }[] = [];
  for (const k of kpis) {
    const formula = k.formula ? FORMULAS[k.formula] : undefined;
    results.push({ id: k.id, series: formula ? await formula.compute(ctx) : (new Map() as Series) });
  }
  let values = 0;
  await db.transaction().execute(async (tx) => {
    for (const { id, series } of results) {
      const periods = [...series.keys()];
      let del = tx
        .deleteFrom('kpi_value')
        .where('org_id', '=', orgId)
        .where('kpi_id', '=', id)
        .where('source', '=', 'computed');
      if (periods.length) del = del.where('period', 'not in', periods);
      await del.execute();
      if (!periods.length) continue;
      const rows = [...series].map(([period, v]) => ({
        org_id: orgId,
        kpi_id: id,
        period,
        value: v.value,
        source: 'computed' as const,
        computation: JSON.stringify({ ...v.computation, computedAt }),
        entered_by: null,
      }));
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insertInto('kpi_value')
          .values(rows.slice(i, i + 500))
          .onConflict((oc) =>
            oc.columns(['kpi_id', 'period']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              source: 'computed',
              computation: eb.ref('excluded.computation'),
              updated_at: sql`now()`,
            })),
          )
          .execute();
      }
      values += rows.length;
    }
    const f = fingerprint ?? (await sourceFingerprint(tx, orgId, today));
    await tx
      .insertInto('kpi_compute_state')
      .values({ org_id: orgId, fingerprint: f })
      .onConflict((oc) => oc.column('org_id').doUpdateSet({ fingerprint: f, computed_at: sql`now()` }))
      .execute();
  });
  return { kpis: kpis.length, values };
}

/** Recomputes when the sources changed since the last computation; cheap when they did not. */
export async function ensureComputed(
  db: Db,
  orgId: string,
  today = brusselsToday(),
): Promise<{ recomputed: boolean; computedAt: Date | null }> {
  const [f, state] = await Promise.all([
    sourceFingerprint(db, orgId, today),
    db
      .selectFrom('kpi_compute_state')
      .select(['fingerprint', 'computed_at'])
      .where('org_id', '=', orgId)
      .executeTakeFirst(),
  ]);
  if (state?.fingerprint === f) return { recomputed: false, computedAt: state.computed_at };
  await recompute(db, orgId, today, f);
  return { recomputed: true, computedAt: new Date() };
}
