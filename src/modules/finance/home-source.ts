/**
 * What finance shows on Home (the boordtabel): cost coverage per service and overall, for the latest
 * year that has both a ledger and a cost model with services. A year without either says what is
 * missing instead of a figure.
 */
import type { Db } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { costPriceReport } from './costing.ts';
import { ledgerYears } from './kpi-source.ts';

export type CoverageSignal =
  | { state: 'no_ledger' }
  | { state: 'no_model'; year: number }
  | {
      state: 'ready';
      year: number;
      coverage: number | null;
      services: { code: string; name: string; coverage: number | null }[];
    };

export async function coverageSignal(db: Db, orgId: string): Promise<CoverageSignal> {
  const years = await ledgerYears(db, orgId);
  if (years.length === 0) return { state: 'no_ledger' };
  const modelled = await db
    .selectFrom('fin_cost_model')
    .select('year')
    .where('org_id', '=', orgId)
    .where('year', 'in', years)
    .orderBy('year', 'desc')
    .execute();
  for (const { year } of modelled) {
    // A model that cannot allocate yet (no services, an open key) answers an AppError: try an earlier year.
    const report = await costPriceReport(db, orgId, year, 'stepdown').catch((e: unknown) => {
      if (e instanceof AppError) return null;
      throw e;
    });
    if (!report) continue;
    return {
      state: 'ready',
      year,
      coverage: report.organisation.coverage,
      services: report.services.map((s) => ({ code: s.code, name: s.name, coverage: s.coverage })),
    };
  }
  return { state: 'no_model', year: Math.max(...years) };
}
