/** Computed KPI from job-carving's published figure (job-carving/public.ts): hours freed for care. */
import { freedHoursOfYear } from '../job-carving/public.ts';
import { type Ctx, once, round, type Series, window } from './computed-core.ts';
import { msg } from './messages.ts';

/** Hours per week freed for care at the end of each year of the window. */
export async function hoursFreedForCare(ctx: Ctx): Promise<Series> {
  const out: Series = new Map();
  for (const p of window(ctx, 'year')) {
    const year = p.year;
    const freed = await once(ctx, `jc-${year}`, () => freedHoursOfYear(ctx.db, ctx.orgId, year));
    if (!freed) continue;
    out.set(String(year), {
      value: round(freed.hoursPerWeek, 2),
      computation: {
        formula: msg('hours_freed_for_care'),
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        sources: ['job_carving'],
        inputs: [
          { label: msg('realised_proposals'), value: freed.proposals, source: 'job_carving' },
          { label: msg('fte_freed_for_care'), value: freed.fte, source: 'job_carving' },
        ],
      },
    });
  }
  return out;
}
