/** Computed KPIs from the clients module's published figures (clients/public.ts). */
import {
  agreedIn,
  agreementLines,
  clientDates,
  pvbVoucherPoints,
  registrationsByMonth,
  waitingRequests,
} from '../clients/public.ts';
import { msg } from './messages.ts';
import { type Ctx, once, pct, round, type Series, window } from './computed-core.ts';
import { formatPeriod, periodEnd, periodStart } from './logic/index.ts';

const agreements = (ctx: Ctx) => once(ctx, 'agreements', () => agreementLines(ctx.db, ctx.orgId));

/** Registered units and points per month and client × function (voucher points apart). */
const registrations = (ctx: Ctx) =>
  once(ctx, 'registrations', () => registrationsByMonth(ctx.db, ctx.orgId, periodStart(window(ctx, 'month')[0]!)));

export async function useOfAgreements(ctx: Ctx, what: 'units' | 'points'): Promise<Series> {
  const [lines, regs] = await Promise.all([agreements(ctx), registrations(ctx)]);
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

export async function pvbVoucherUse(ctx: Ctx): Promise<Series> {
  const quarters = window(ctx, 'quarter');
  const [regs, available] = await Promise.all([
    registrations(ctx),
    pvbVoucherPoints(
      ctx.db,
      ctx.orgId,
      quarters.map((q) => q.year),
    ),
  ]);
  const out: Series = new Map();
  if (!available) return out;
  for (const q of quarters) {
    const inQuarter = available.get(q.year) ?? 0;
    if (!(inQuarter > 0)) continue;
    const from = periodStart(q);
    const to = periodEnd(q);
    const delivered = regs
      .filter((r) => r.month >= from.slice(0, 7) && r.month <= to.slice(0, 7))
      .reduce((s, r) => s + r.voucherE4, 0);
    out.set(formatPeriod(q), {
      value: pct(delivered, inQuarter),
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
            value: round(inQuarter / 10_000),
            unit: 'points',
            source: 'clients',
          },
        ],
      },
    });
  }
  return out;
}

/** The earliest of ISO days (text order is date order). */
const earliest = (days: string[]) => [...days].sort()[0]!;

const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

export async function waiting(ctx: Ctx, what: 'count' | 'longest' | 'median'): Promise<Series> {
  const rows = await once(ctx, 'waiting', () => waitingRequests(ctx.db, ctx.orgId));
  const out: Series = new Map();
  if (!rows.length) return out;
  const first = earliest(rows.map((r) => r.requested_on));
  for (const p of window(ctx, 'month', true)) {
    const end = periodEnd(p);
    const day = earliest([end, ctx.today]);
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

export async function clientFlow(ctx: Ctx, what: 'new' | 'left'): Promise<Series> {
  const rows = await once(ctx, 'clients', () => clientDates(ctx.db, ctx.orgId));
  const out: Series = new Map();
  const starts = rows.map((r) => r.started_on).filter((d): d is string => d !== null);
  if (!starts.length) return out;
  const first = earliest(starts);
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
