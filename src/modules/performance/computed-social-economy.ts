/** Computed KPIs from the social economy's published figures (social-economy/public.ts, kpi-source.ts). */
import { seFiguresOfYear } from '../social-economy/public.ts';
import { type Ctx, once, round, type Series, window } from './computed-core.ts';
import { msg } from './messages.ts';

/** Transitions that succeeded in the year (hired here or a regular job elsewhere), or the success rate (%). */
export async function seFigure(ctx: Ctx, key: 'succeeded' | 'rate'): Promise<Series> {
  const out: Series = new Map();
  for (const p of window(ctx, 'year')) {
    const year = p.year;
    const f = await once(ctx, `se-${year}`, () => seFiguresOfYear(ctx.db, ctx.orgId, year));
    if (!f) continue;
    if (key === 'rate' && f.successRate === null) continue;
    const value = key === 'succeeded' ? f.transitionsSucceeded : round((f.successRate ?? 0) * 100, 1);
    out.set(String(year), {
      value,
      computation: {
        formula: msg(key === 'succeeded' ? 'se_succeeded_formula' : 'se_rate_formula'),
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        sources: ['socialeconomy'],
        inputs: [
          { label: msg('se_succeeded'), value: f.transitionsSucceeded, source: 'socialeconomy' },
          { label: msg('se_closed'), value: f.trajectoriesFinished, source: 'socialeconomy' },
        ],
      },
    });
  }
  return out;
}
