/**
 * Checks and sums over parsed ledger lines: whether debit equals credit, and totals per account.
 */
import type { Cents, FinanceError } from './errors.ts';
import type { LedgerLine } from './ledger-parse.ts';
import { msg } from '../messages.ts';

/** Result of {@link checkBalance}. */
export type BalanceCheck =
  | { balanced: true; debitCents: Cents; creditCents: Cents }
  | { balanced: false; debitCents: Cents; creditCents: Cents; differenceCents: Cents; error: FinanceError };

/**
 * Whether the lines' debits equal their credits. `differenceCents` = debit − credit. A trial
 * balance of only classes 6 and 7 need not balance: the caller decides whether to require it.
 */
export function checkBalance(lines: readonly Pick<LedgerLine, 'amountCents'>[]): BalanceCheck {
  let debitCents = 0;
  let creditCents = 0;
  for (const { amountCents } of lines) {
    if (amountCents > 0) debitCents += amountCents;
    else creditCents -= amountCents;
  }
  const differenceCents = debitCents - creditCents;
  if (differenceCents === 0) return { balanced: true, debitCents, creditCents };
  const euros = (differenceCents / 100).toFixed(2);
  return {
    balanced: false,
    debitCents,
    creditCents,
    differenceCents,
    error: {
      code: 'unbalanced',
      ...msg('unbalanced', { euros: { nl: euros.replace('.', ','), en: euros } }),
    },
  };
}

/** Sum of the signed ledger amounts (debit positive) per account. */
export function totalsByAccount(lines: readonly Pick<LedgerLine, 'account' | 'amountCents'>[]): Record<string, Cents> {
  const totals: Record<string, Cents> = {};
  for (const { account, amountCents } of lines) totals[account] = (totals[account] ?? 0) + amountCents;
  return totals;
}
