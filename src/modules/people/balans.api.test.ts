import { describe, expect, it } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { sampleLedgerCsv } from '../finance/testing.ts';
import { insertPeopleData, sampleHrFigures } from './balans-fixture.ts';

const ctx = testAppForFile();

const balans = (who: Awaited<ReturnType<typeof orgWithMember>>, year = 2025) =>
  answer(
    who.client.api.GET('/orgs/{orgId}/people/sociale-balans', {
      params: { path: { orgId: who.org.id }, query: { year } },
    }),
  );

describe('sociale balans API', () => {
  it('gives the figures of the year with the people behind them and checks 1023 against 620-623', async () => {
    const director = await orgWithMember(ctx, 'directie');
    const ids = await insertPeopleData(ctx.db, director.org.id);
    const ledger = await director.client.upload(
      `/api/orgs/${director.org.id}/finance/ledger/import`,
      { name: 'g.csv', content: sampleLedgerCsv(2025) },
      { year: '2025' },
    );
    expect(ledger.status).toBe(200);
    const a = await balans(director);
    expect(a.status).toBe(200);
    const b = a.body;
    const fig = new Map(b.figures.map((f) => [f.code, f]));
    expect(fig.get('1003')!.value).toBeCloseTo(22 / 12, 9);
    expect(fig.get('1023')!.value).toBe(8_600_000);
    expect(fig.get('2052')!.ids).toEqual([ids.get('e2')]);
    expect(b.crossCheck).toEqual({ payrollCents: 8_600_000, ledgerCents: 51_500_000, differenceCents: -42_900_000 });
    expect(b.model).toBe('abbreviated');
    expect(b.showsPeople).toBe(true);
    expect(b.missing.find((m) => m.code === '5821')).toMatchObject({
      reason: 'none_registered',
      text: { nl: expect.stringContaining('Niets geregistreerd') },
    });
    // The abbreviated model: Part I A during the year and at the closing date, Part II, Part III.
    expect(b.form.map((s) => s.part)).toEqual([1, 1, 2, 3]);
    expect(b.form[0]!.lines.map((l) => l.code)).toEqual(['100', '101', '102']);
  });

  it('shows the board the figures but never the people behind them', async () => {
    const board = await orgWithMember(ctx, 'bestuur');
    await insertPeopleData(ctx.db, board.org.id);
    const b = (await balans(board)).body;
    expect(b.showsPeople).toBe(false);
    expect(b.figures.find((f) => f.code === '1001')!.value).toBeCloseTo(17 / 12, 9);
    expect(b.figures.every((f) => f.ids.length === 0)).toBe(true);
    expect(
      (
        await answer(
          board.client.api.GET('/orgs/{orgId}/people/employees', { params: { path: { orgId: board.org.id } } }),
        )
      ).status,
    ).toBe(403);
    const coach = await orgWithMember(ctx, 'begeleider');
    expect((await balans(coach)).status).toBe(403);
  });

  it('counts only its own organisation and refuses a year out of range, naming the field', async () => {
    const other = await orgWithMember(ctx, 'directie');
    await insertPeopleData(ctx.db, other.org.id);
    const mine = await orgWithMember(ctx, 'directie');
    const b = (await balans(mine)).body;
    expect(b.figures.find((f) => f.code === '1001')!.value).toBe(0);
    expect(b.missing.find((m) => m.code === '1013')!.reason).toBe('no_payroll');
    const bad = await mine.client.get(`/api/orgs/${mine.org.id}/people/sociale-balans?year=1800`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ path: 'year' })]);
  });

  it('downloads PDF, XLSX and a CSV of code → value in the form order', async () => {
    const director = await orgWithMember(ctx, 'directie');
    await insertPeopleData(ctx.db, director.org.id);
    const params = { path: { orgId: director.org.id }, query: { year: 2025 } };
    const csv = await director.client.api.GET('/orgs/{orgId}/people/sociale-balans.csv', { params, parseAs: 'text' });
    const text = csv.data as string;
    // As the form takes them: FTE to one decimal, money in whole euros; the abbreviated model's codes only.
    expect(text).toContain('1003;1,8');
    expect(text).toMatch(/\n1023;86000;/);
    expect(text).toContain('5821;ontbreekt');
    expect(text).toContain('1053;1,5');
    expect(text.indexOf('\n1001;')).toBeLessThan(text.indexOf('\n2051;'));
    expect(text).not.toContain('\n10011;');
    expect(text).not.toContain('\n1033;');
    const pdf = await director.client.api.GET('/orgs/{orgId}/people/sociale-balans.pdf', {
      params,
      parseAs: 'arrayBuffer',
    });
    expect(new TextDecoder().decode((pdf.data as ArrayBuffer).slice(0, 5))).toBe('%PDF-');
    const xlsx = await director.client.api.GET('/orgs/{orgId}/people/sociale-balans.xlsx', {
      params,
      parseAs: 'arrayBuffer',
    });
    expect(new Uint8Array(xlsx.data as ArrayBuffer).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('gives the HR key figures with their formulas', async () => {
    const hr = await sampleHrFigures(ctx);
    expect(hr.status).toBe(200);
    const v = new Map(hr.body.figures.map((f) => [f.key, f]));
    expect(v.get('turnover')!.value).toBe(50);
    expect(v.get('bradford')!.value).toBe(66.67);
    expect(v.get('turnover')!.formula.nl).toContain('Vertrokken werknemers');
    expect(hr.body.months).toHaveLength(12);
  });
});

describe('CLI sociale-balans', () => {
  it('writes the PDF and gives the figures as JSON data; refuses two formats at once', async () => {
    const { COMMANDS } = await import('../../cli/commands.ts');
    const director = await orgWithMember(ctx, 'directie');
    await insertPeopleData(ctx.db, director.org.id);
    const run = COMMANDS['sociale-balans']!.run;
    const pdf = await run(ctx.db, { org: director.org.id, year: '2025', pdf: true, out: '/tmp/x.pdf' });
    expect(pdf.file!.path).toBe('/tmp/x.pdf');
    expect(new TextDecoder().decode((pdf.file!.content as Uint8Array).slice(0, 5))).toBe('%PDF-');
    const json = await run(ctx.db, { org: director.org.id, year: '2025' });
    expect(json.text).toBe('Sociale balans 2025 (verkort model): gemiddeld 1,8 VTE, 12 ontbrekende codes.');
    expect((json.data as { figures: { code: string }[] }).figures.some((f) => f.code === '1023')).toBe(true);
    await expect(run(ctx.db, { org: director.org.id, year: '2025', pdf: true, xlsx: true })).rejects.toThrow(
      'Choose one format',
    );
  });
});
