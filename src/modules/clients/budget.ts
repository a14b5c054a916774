/** The budget side of a client's record, shared by the record and by adding agreement lines. */
import type { DbOrTx } from '../../server/db.ts';
import { availableVoucherPoints, type AgreementLine, type PvbFunding, type RuleSet } from './logic/index.ts';
import { agreementRows, fundingRows } from './queries-clients.ts';

/** A PVB funding row as the budget logic reads it. */
export function toPvb(f: {
  category: number | null;
  form: string | null;
  voucher_points_e4: number | null;
  made_available_on: string | null;
  start_date: string | null;
  end_date: string | null;
}): PvbFunding {
  return {
    kind: 'pvb',
    category: f.category!,
    form: f.form as PvbFunding['form'],
    ...(f.voucher_points_e4 !== null ? { voucherPointsE4: Number(f.voucher_points_e4) } : {}),
    madeAvailable: f.made_available_on!,
    start: f.start_date,
    end: f.end_date,
  };
}

/** A client's agreement lines as the budget logic reads them, with their living costs. */
export async function agreementLines(
  db: DbOrTx,
  orgId: string,
  clientId: string,
): Promise<
  (AgreementLine & { id: string; livingCostsCents: number | null; livingCostsPer: 'day' | 'month' | null })[]
> {
  const rows = await agreementRows(db, orgId, clientId);
  return rows.map((r) => ({
    id: r.id,
    clientId,
    function: r.function_code,
    frequency: { count: Number(r.count), per: r.per },
    priceE4: Number(r.price_points_e4),
    start: r.start_date,
    end: r.end_date,
    livingCostsCents: r.living_costs_cents === null ? null : Number(r.living_costs_cents),
    livingCostsPer: r.living_costs_per,
  }));
}

/** Voucher points available to the client in a year, over all its PVB funding. */
export async function voucherPoints(
  db: DbOrTx,
  orgId: string,
  clientId: string,
  year: number,
  rules: RuleSet,
): Promise<number> {
  const funding = await fundingRows(db, orgId, clientId, 'pvb');
  return funding.reduce((sum, f) => sum + availableVoucherPoints(toPvb(f), year, rules), 0);
}
