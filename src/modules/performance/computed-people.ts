/** Computed KPIs from the people module's published HR key figures (people/public.ts). */
import { absenteeismByMonth, hrFiguresOfYear } from '../people/public.ts';
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

/**
 * Absenteeism per month (DOMAIN.md §5: sick days per 100 days to be worked): the total, or the short
 * (spells under a month) or long part (a month to a year); the inputs show both parts.
 */
export async function absenteeismFigure(ctx: Ctx, part: 'total' | 'short' | 'long'): Promise<Series> {
  const out: Series = new Map();
  for (const p of window(ctx, 'month')) {
    const months = await once(ctx, `absenteeism-${p.year}`, () => absenteeismByMonth(ctx.db, ctx.orgId, p.year));
    const month = `${p.year}-${String(p.index).padStart(2, '0')}`;
    const m = months.find((x) => x.month === month);
    const value = m?.[part];
    if (!m || value === null || value === undefined) continue;
    out.set(month, {
      value: round(value, 2),
      computation: {
        formula: m.formula[part] as Text,
        from: m.from,
        to: m.to,
        sources: ['people'],
        inputs: [
          ...(part !== 'long' ? [{ label: m.labels.shortDays, value: m.shortDays, source: 'people' as const }] : []),
          ...(part !== 'short' ? [{ label: m.labels.longDays, value: m.longDays, source: 'people' as const }] : []),
          { label: m.labels.daysToWork, value: m.daysToWork, source: 'people' as const },
        ],
      },
    });
  }
  return out;
}
