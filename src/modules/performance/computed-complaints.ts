/**
 * Computed KPIs from the complaints register (complaints/public.ts): per quarter the number received,
 * the share handled within the deadlines and the mean handling time; per year the share founded.
 * Periods before the quarter of the first registered complaint get no value, so a KPI typed by hand
 * before the register existed keeps its typed history.
 */
import { complaintDates, complaintFigures } from '../complaints/public.ts';
import { type Ctx, once, pct, round, type Series, window } from './computed-core.ts';
import { formatPeriod, periodEnd, periodStart } from './logic/index.ts';
import { msg } from './messages.ts';

export type ComplaintMeasure = 'count' | 'on_time' | 'founded' | 'handling_days';

export async function complaintsFigure(ctx: Ctx, what: ComplaintMeasure): Promise<Series> {
  const list = await once(ctx, 'complaints', () => complaintDates(ctx.db, ctx.orgId));
  const out: Series = new Map();
  if (!list.length) return out;
  const first = list[0]!.receivedOn;
  for (const p of window(ctx, what === 'founded' ? 'year' : 'quarter')) {
    const from = periodStart(p);
    const to = periodEnd(p);
    if (to < first) continue;
    const f = complaintFigures(list, from, to, ctx.today);
    const base = { from, to, sources: ['complaints' as const] };
    const input = (label: ReturnType<typeof msg>, value: number) => ({ label, value, source: 'complaints' as const });
    if (what === 'count') {
      out.set(formatPeriod(p), {
        value: f.received,
        computation: {
          ...base,
          formula: msg('complaints_received'),
          inputs: [input(msg('complaints_received_input'), f.received)],
        },
      });
    } else if (what === 'on_time' && f.judged) {
      out.set(formatPeriod(p), {
        value: pct(f.onTime, f.judged),
        computation: {
          ...base,
          formula: msg('complaints_on_time'),
          inputs: [input(msg('complaints_on_time_input'), f.onTime), input(msg('complaints_judged_input'), f.judged)],
        },
      });
    } else if (what === 'founded' && f.answered) {
      out.set(formatPeriod(p), {
        value: pct(f.founded, f.answered),
        computation: {
          ...base,
          formula: msg('complaints_founded'),
          inputs: [
            input(msg('complaints_founded_input'), f.founded),
            input(msg('complaints_answered_input'), f.answered),
          ],
        },
      });
    } else if (what === 'handling_days' && f.answered) {
      out.set(formatPeriod(p), {
        value: round(f.handlingDays / f.answered, 1),
        computation: {
          ...base,
          formula: msg('complaints_days'),
          inputs: [
            input(msg('complaints_days_input'), f.handlingDays),
            input(msg('complaints_answered_input'), f.answered),
          ],
        },
      });
    }
  }
  return out;
}
