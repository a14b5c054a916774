/** Computed KPIs from surveys and CAF (their published figures) and from performance's own actions. */
import { sql } from 'kysely';
import type { Db } from '../../server/db.ts';
import { finishedRoundScores } from '../caf/public.ts';
import { type SurveyFigure, surveyFigures } from '../surveys/public.ts';
import { msg } from './messages.ts';
import { type Ctx, once, pct, round, type Series, window } from './computed-core.ts';
import { formatPeriod, periodEnd, periodStart } from './logic/index.ts';

export async function survey(
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

export async function actionsOnTime(ctx: Ctx): Promise<Series> {
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

export async function cafScore(ctx: Ctx): Promise<Series> {
  const rows = await finishedRoundScores(ctx.db, ctx.orgId);
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
