/** Computed KPIs from the people module's published HR key figures (people/public.ts). */
import { hrFiguresOfYear } from '../people/public.ts';
import { type Ctx, once, round, type Series, window } from './computed-core.ts';
import type { Text } from './computed-core.ts';

/** The people figures a KPI takes: turnover (%) or training hours per FTE. */
export async function peopleFigure(ctx: Ctx, key: 'turnover' | 'training_hours_per_fte'): Promise<Series> {
  const out: Series = new Map();
  for (const p of window(ctx, 'year')) {
    const year = p.year;
    const hr = await once(ctx, `hr-${year}`, () => hrFiguresOfYear(ctx.db, ctx.orgId, year));
    const f = hr?.figures.find((x) => x.key === key);
    if (!f || f.value === null) continue;
    out.set(String(year), {
      value: round(f.value, 2),
      computation: {
        formula: f.formula as Text,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        sources: ['people'],
        inputs: f.inputs.map((i) => ({ label: i.label, value: i.value, source: 'people' })),
      },
    });
  }
  return out;
}
