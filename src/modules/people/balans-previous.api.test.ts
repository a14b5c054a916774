import { describe, expect, it } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { sampleLedgerCsv } from '../finance/testing.ts';
import { insertPeopleData } from './balans-fixture.ts';
import { sampleWithPreviousYear } from './logic/sociale-balans-sample.ts';

const ctx = testAppForFile();

const balans = (who: Awaited<ReturnType<typeof orgWithMember>>, year = 2025) =>
  answer(
    who.client.api.GET('/orgs/{orgId}/people/sociale-balans', {
      params: { path: { orgId: who.org.id }, query: { year } },
    }),
  );

/** The sample ledger with balance-sheet accounts: buildings € 2,500,000 and bank € 1,233,000 against the funds. */
const ledgerWithBalanceSheet = (year: number) =>
  [
    sampleLedgerCsv(year),
    `22;Gebouwen;2.500.000,00;;;01/01/${year}`,
    `55;Bank;1.233.000,00;;;31/12/${year}`,
    `100;Beginvermogen;;3.650.000,00;;01/01/${year}`,
  ].join('\r\n');

describe('sociale balans API: the previous year, the head of the form, the balance total', () => {
  it('gives 2024’s figures next to 2025’s from one load, with the people behind them and the joint committees', async () => {
    const director = await orgWithMember(ctx, 'directie');
    const ids = await insertPeopleData(ctx.db, director.org.id, sampleWithPreviousYear());
    const b = (await balans(director)).body;
    expect(b.model).toBe('abbreviated');
    expect(b.jointCommittees).toEqual(['319.01']);
    expect(b.previous.year).toBe(2024);
    expect(b.previous.missing).toEqual([]);
    const prev = new Map(b.previous.figures.map((f) => [f.code, f]));
    expect([...prev.keys()]).toEqual(['1003', '1013', '1023']);
    expect(prev.get('1003')!.value).toBeCloseTo(2.25, 9);
    expect(prev.get('1013')!.value).toBe(3900);
    expect(prev.get('1023')!.value).toBe(8_940_000);
    expect(prev.get('1013')!.ids.sort()).toEqual([ids.get('e1'), ids.get('e3'), ids.get('e4')].sort());
    // The year's own figures are not touched by 2024's payroll.
    expect(b.figures.find((f) => f.code === '1023')!.value).toBe(8_600_000);
    expect(b.form[0]!.columns).toEqual(['fulltime', 'parttime', 'totalOrFte', 'previousTotalOrFte']);
    // 2024 itself names the other joint committee of that year.
    expect((await balans(director, 2024)).body.jointCommittees).toEqual(['319.01', '330.01']);

    const board = await orgWithMember(ctx, 'bestuur');
    await insertPeopleData(ctx.db, board.org.id, sampleWithPreviousYear());
    const seen = (await balans(board)).body.previous.figures;
    expect(seen.every((f) => f.ids.length === 0)).toBe(true);

    const csv = await director.client.api.GET('/orgs/{orgId}/people/sociale-balans.csv', {
      params: { path: { orgId: director.org.id }, query: { year: 2025 } },
      parseAs: 'text',
    });
    const text = csv.data as string;
    expect(text).toContain('\n1003;2,3;3P. Totaal (T) of totaal in VTE, vorig boekjaar');
    expect(text).toContain('\n1023;89400;3P. Totaal (T) of totaal in VTE, vorig boekjaar');
    expect(text.indexOf('\n5853;')).toBeLessThan(text.indexOf('\n1003;2,3;'));
  });

  it('lists a previous year without data as missing, never as zero', async () => {
    const director = await orgWithMember(ctx, 'directie');
    await insertPeopleData(ctx.db, director.org.id);
    const b = (await balans(director)).body;
    expect(b.previous.missing.map((m) => [m.code, m.reason])).toEqual([
      ['1013', 'no_payroll'],
      ['1023', 'no_payroll'],
    ]);
    expect(b.previous.figures.map((f) => f.code)).toEqual(['1003']);
    const empty = await orgWithMember(ctx, 'directie');
    const none = (await balans(empty)).body.previous;
    expect(none.figures).toEqual([]);
    expect(none.missing.find((m) => m.code === '1003')).toMatchObject({
      reason: 'none_registered',
      text: { nl: expect.stringContaining('Niets geregistreerd') },
    });
  });

  it('reads the balance total from a ledger with balance-sheet accounts, else names the unchecked criterion', async () => {
    const director = await orgWithMember(ctx, 'directie');
    await insertPeopleData(ctx.db, director.org.id);
    const upload = (content: string) =>
      director.client.upload(
        `/api/orgs/${director.org.id}/finance/ledger/import`,
        { name: 'g.csv', content },
        { year: '2025', replace: 'true' },
      );
    expect((await balans(director)).body.size.unchecked.map((u) => u.criterion)).toEqual(['turnover', 'balance_total']);

    expect((await upload(sampleLedgerCsv(2025))).status).toBe(200);
    const costsOnly = (await balans(director)).body.size;
    expect(costsOnly).toMatchObject({ turnoverCents: 70_000_000, turnoverExceeded: false, balanceTotalCents: null });
    expect(costsOnly.balanceExceeded).toBeNull();
    expect(costsOnly.unchecked).toEqual([
      {
        criterion: 'balance_total',
        text: expect.objectContaining({ nl: expect.stringContaining('geen balansrekeningen (klassen 1-5)') }),
      },
    ]);

    expect((await upload(ledgerWithBalanceSheet(2025))).status).toBe(200);
    const b = (await balans(director)).body;
    // Total assets: buildings 2,500,000 + bank 1,233,000 = € 3,733,000 > € 3,650,000.
    expect(b.size).toMatchObject({
      balanceTotalCents: 373_300_000,
      balanceExceeded: true,
      turnoverExceeded: false,
      unchecked: [],
      modelCertain: true,
    });
    // One criterion of two (and 1.8 FTE): still the abbreviated model.
    expect(b.model).toBe('abbreviated');
  });
});
