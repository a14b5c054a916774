/** Key figures per quarter and year, and the saved scenarios of the scale simulator. */
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { incomeTypes } from './accounts.ts';
import { centreResolver } from './costing.ts';
import { getModel } from './queries.ts';
import { fiscalStartMonth, ledgerTotals, quarterTotals } from './queries-ledger.ts';
import { fiscalYearRange } from './ledger.ts';
import { daysInPeriod, isCost, keyFigures, naturalTotals, type CostLine } from './logic/index.ts';

/** Key figures of the fiscal year and of each quarter that has dated lines. */
export async function keyFiguresOfYear(db: DbOrTx, orgId: string, year: number) {
  const start = await fiscalStartMonth(db, orgId);
  const range = fiscalYearRange(year, start);
  const rows = await quarterTotals(db, orgId, year, start);
  const types = await incomeTypes(db, orgId);
  const incomeTypeOf = (a: string) => types.get(a);
  const year_: Record<string, number> = {};
  const quarters: Record<number, Record<string, number>> = {};
  for (const r of rows) {
    year_[r.account] = (year_[r.account] ?? 0) + r.cents;
    if (r.quarter) {
      quarters[r.quarter] ??= {};
      quarters[r.quarter]![r.account] = r.cents;
    }
  }
  const yearDays = daysInPeriod(
    range.from,
    new Date(Date.parse(`${range.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10),
  );
  const periods = [{ period: 'year', figures: keyFigures(naturalTotals(year_), { days: yearDays, incomeTypeOf }) }];
  for (const q of [1, 2, 3, 4]) {
    const totals = quarters[q];
    if (totals)
      periods.push({
        period: `Q${q}`,
        figures: keyFigures(naturalTotals(totals), { days: Math.round(yearDays / 4), incomeTypeOf }),
      });
  }
  return { year, periods };
}

/**
 * A first set of cost lines for a centre from the year's ledger: personnel (62) step-fixed per
 * current volume, goods (60) variable per unit, everything else fixed. A starting point to edit.
 */
export async function suggestLines(db: DbOrTx, orgId: string, year: number, centre: string): Promise<CostLine[]> {
  const doc = await getModel(db, orgId, year);
  const c = doc.centres.find((x) => x.code === centre);
  if (!c) throw AppError.notFound();
  const centreOf = centreResolver(doc);
  const volume = c.volume && c.volume > 0 ? c.volume : 1;
  const byGroup = new Map<string, number>();
  for (const l of await ledgerTotals(db, orgId, year)) {
    if (!isCost(l.account) || centreOf(l) !== centre) continue;
    const group = l.account.slice(0, 2);
    byGroup.set(group, (byGroup.get(group) ?? 0) + l.amountCents);
  }
  const names: Record<string, string> = {
    '60': 'Goederen en voeding',
    '61': 'Diensten en diverse goederen',
    '62': 'Personeel',
    '63': 'Afschrijvingen',
    '64': 'Andere bedrijfskosten',
    '65': 'Financiële kosten',
  };
  return [...byGroup]
    .filter(([, cents]) => cents > 0)
    .map(
      ([group, cents]): CostLine =>
        group === '62'
          ? { name: names[group]!, behaviour: 'step', amountCents: cents, capacityPerStep: volume }
          : group === '60'
            ? { name: names[group]!, behaviour: 'variable', amountCents: Math.round(cents / volume) }
            : { name: names[group] ?? `Rekeningen ${group}`, behaviour: 'fixed', amountCents: cents },
    );
}
