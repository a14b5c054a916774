import { describe, expect, it } from 'vitest';
import { balanceTotalCents } from './balance-total.ts';

const line = (account: string, amountCents: number) => ({ account, amountCents });

describe('balance total (size criteria)', () => {
  it('is unknown for a ledger of only costs and revenues', () => {
    expect(balanceTotalCents([line('620000', 500_000), line('700000', -900_000)])).toBeNull();
    expect(balanceTotalCents([])).toBeNull();
  });

  it('adds the debit balance of each asset heading, net of depreciation and write-downs', () => {
    // Buildings 2,000,000 less depreciation 500,000; stocks 10,000; customers 300,000 less a write-down
    // of 20,000; VAT receivable 5,000; prepaid costs (490) 7,000; bank 400,000; cash 1,000: 2,203,000.
    const totals = [
      line('221000', 2_000_000_00),
      line('221009', -500_000_00),
      line('300000', 10_000_00),
      line('400000', 300_000_00),
      line('409000', -20_000_00),
      line('411000', 5_000_00),
      line('490000', 7_000_00),
      line('550000', 400_000_00),
      line('570000', 1_000_00),
      // Liabilities: equity, suppliers, social debts, accrued costs (492), a credit bank account elsewhere.
      line('100000', -1_500_000_00),
      line('440000', -150_000_00),
      line('455000', -80_000_00),
      line('492000', -3_000_00),
      line('560000', -12_000_00),
      // Costs and revenues do not count.
      line('620000', 900_000_00),
    ];
    expect(balanceTotalCents(totals)).toBe(2_203_000_00);
  });

  it('counts a bank overdraft as a liability, and knows a balance sheet of only equity', () => {
    expect(balanceTotalCents([line('550000', -1_000), line('570000', 2_500)])).toBe(2_500);
    expect(balanceTotalCents([line('100000', -1_000)])).toBe(0);
  });
});
