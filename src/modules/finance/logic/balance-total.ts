/**
 * The balance total of a year's ledger, for the size criteria of the annual accounts (the sociale
 * balans's choice of model). The balance total is the total of the assets side. Amounts are signed,
 * debit positive, summed per account over the year's current import (the opening entry included, so a
 * balance-sheet account's total is its closing balance).
 */
import { accountClass } from './chart.ts';

/**
 * Total assets in cents, or null when the ledger holds no balance-sheet account (classes 1-5): an
 * extract of only costs and revenues says nothing of the balance sheet. Per heading of the minimum
 * chart of accounts (two digits; 49 by three: 490/491 are assets, 492/493 liabilities), the debit
 * balance of classes 2-5 is an asset: fixed assets and long-term receivables (20-29) net of their
 * depreciation accounts, stocks (3), trade and other receivables (40, 41, net of 409/419),
 * investments and cash (50-58). A heading with a credit balance (suppliers 44, a bank overdraft 55 …)
 * belongs to the liabilities and is not counted; class 1 (equity, provisions, long-term debts) neither.
 */
export function balanceTotalCents(totals: readonly { account: string; amountCents: number }[]): number | null {
  const headings = new Map<string, number>();
  let sheet = false;
  for (const { account, amountCents } of totals) {
    const c = accountClass(account);
    if (c === null || c > 5) continue;
    sheet = true;
    if (c === 1) continue;
    const heading = account.slice(0, account.startsWith('49') ? 3 : 2);
    headings.set(heading, (headings.get(heading) ?? 0) + amountCents);
  }
  if (!sheet) return null;
  let total = 0;
  for (const cents of headings.values()) if (cents > 0) total += cents;
  return total;
}
