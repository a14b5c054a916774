/** Home, the boordtabel: what each role sees, from the data other modules registered through their own routes. */
import { describe, expect, it } from 'vitest';
import { addDays, thisYear, today } from '../../lib/calendar.ts';
import { answer, auditEntries, type Client, colleague, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { clientsApi, sampleOffer, voucherClient } from '../clients/testing.ts';
import { fileOf, multipart, sampleLedgerCsv } from '../finance/testing.ts';
import { addProcess, sampleDoc } from '../handbook/testing.ts';
import { addPartner, addWorker } from '../social-economy/testing.ts';

const ctx = testAppForFile();

const home = (client: Client, orgId: string) =>
  answer(client.api.GET('/orgs/{orgId}/home', { params: { path: { orgId } } }));

describe('Home, the boordtabel', () => {
  it('shows a new organisation the next steps instead of figures', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const { status, body } = await home(client, org.id);
    expect(status).toBe(200);
    expect(body.today).toBe(today());
    expect(body.steps).toEqual([
      { step: 'ledger', done: false },
      { step: 'costModel', done: false },
      { step: 'clients', done: false },
      { step: 'kpis', done: false },
    ]);
    expect(body.coverage).toEqual({ state: 'no_ledger' });
    expect(body.budgets).toMatchObject({
      clients: 0,
      usedPercent: null,
      runningOut: [],
      runningOutCount: 0,
      underUseCount: 0,
    });
    expect(body.waiting).toMatchObject({ total: 0 });
    expect(body.kpis!.summary.total).toBe(0);
    expect(body.survey).toBeNull();
    expect(body.caf).toBeNull();
  });

  it('lists social-economy warnings and handbook reviews among the dates to come, for directie and staf only', async () => {
    const { client: director, org } = await orgWithMember(ctx, 'directie');
    const orgId = org.id;
    // An LDE worker whose five-year transition deadline is 30 days away (warned from 180 days before).
    const partner = await addPartner(director, orgId, 'LDE Test');
    const deadline = addDays(today(), 30);
    const ldeStartOn = `${Number(deadline.slice(0, 4)) - 5}${deadline.slice(4)}`;
    const worker = await addWorker(director, orgId, partner, 'Wout Werkt', { ldeStartOn });
    // A handbook procedure to review in 20 days, and one far ahead (not listed).
    const processId = await addProcess(director, orgId, 'Intake');
    const document = async (title: string, days: number) =>
      answer(
        director.api.POST('/orgs/{orgId}/handbook/documents', {
          params: { path: { orgId } },
          body: {
            processId,
            kind: 'procedure',
            title,
            content: sampleDoc() as never,
            reviewOn: addDays(today(), days),
          },
        }),
      );
    const soon = await document('Procedure intake', 20);
    expect(soon.status).toBe(200);
    expect((await document('Procedure later', 200)).status).toBe(200);

    const mine = await home(director, orgId);
    expect(mine.body.moreDates).toEqual([
      {
        kind: 'handbook_review',
        date: addDays(today(), 20),
        id: soon.body.id,
        name: 'Procedure intake',
        phase: null,
      },
      // The last day of the five years (the day before the anniversary).
      { kind: 'se_transition_deadline', date: addDays(deadline, -1), id: worker, name: 'Wout Werkt', phase: null },
    ]);
    const staf = await colleague(ctx, orgId, 'staf');
    expect((await home(staf.client, orgId)).body.moreDates).toHaveLength(2);
    for (const role of ['bestuur', 'begeleider', 'partner'] as const) {
      const other = await colleague(ctx, orgId, role);
      const answerOf = await home(other.client, orgId);
      expect([role, answerOf.status, answerOf.body.moreDates]).toEqual([role, 200, undefined]);
    }
  });

  it('gives the director the signals of every module, and each role only its own sections', async () => {
    const { client: director, org } = await orgWithMember(ctx, 'directie');
    const orgId = org.id;
    const clients = clientsApi(director, orgId);
    await sampleOffer(director, orgId);
    // A client whose IDO agreement ends within the horizon, followed by a begeleider.
    const coach = await colleague(ctx, orgId, 'begeleider');
    const followed = await voucherClient(director, orgId, `${thisYear()}-01-01`, 'Gevolgd Persoon');
    const other = await voucherClient(director, orgId, `${thisYear()}-01-01`, 'Andere Persoon');
    const ends = addDays(today(), 20);
    const line = { functionCode: 'dagondersteuning', count: 1, per: 'week' as const, startDate: `${thisYear()}-01-01` };
    expect((await clients.addAgreement(followed, { ...line, endDate: ends })).status).toBe(200);
    expect((await clients.addAgreement(other, line)).status).toBe(200);
    const patched = await answer(
      director.api.PATCH('/orgs/{orgId}/clients/{clientId}', {
        params: { path: { orgId, clientId: followed } },
        body: { professionalId: coach.userId },
      }),
    );
    expect(patched.status).toBe(200);
    // The waiting list, and a ledger without a cost model.
    for (const [reference, priorityGroup] of [
      ['W1', 1],
      ['W2', 1],
      ['W3', 3],
    ] as const) {
      const body = {
        reference,
        priorityGroup,
        requestedOn: '2025-06-01',
        needs: [{ function: 'dagondersteuning', unitsPerWeek: 2 }],
      };
      expect(
        (await answer(director.api.POST('/orgs/{orgId}/waiting-list', { params: { path: { orgId } }, body }))).status,
      ).toBe(200);
    }
    const year = thisYear() - 1;
    const ledger = await answer(
      director.api.POST('/orgs/{orgId}/finance/ledger/import', {
        params: { path: { orgId } },
        body: { file: fileOf(sampleLedgerCsv(year), 'g.csv'), year },
        bodySerializer: multipart,
      }),
    );
    expect(ledger.status).toBe(200);

    const seen = (await home(director, orgId)).body;
    expect(seen.steps).toEqual([
      { step: 'ledger', done: true },
      { step: 'costModel', done: false },
      { step: 'clients', done: true },
      { step: 'kpis', done: false },
    ]);
    expect(seen.coverage).toEqual({ state: 'no_model', year });
    expect(seen.budgets!.clients).toBe(2);
    expect(seen.budgets!.mine).toEqual([]);
    expect(seen.waiting!.total).toBe(3);
    expect(seen.waiting!.groups.map((g) => [g.group, g.count])).toEqual([
      [1, 2],
      [2, 0],
      [3, 1],
    ]);
    expect(seen.agenda!.dates).toContainEqual({
      kind: 'ido_renewal',
      date: ends,
      clientId: followed,
      clientName: 'Gevolgd Persoon',
      month: null,
    });

    // The begeleider: their caseload only, today's registrations to do, no finance, waiting list or KPIs.
    const mine = (await home(coach.client, orgId)).body;
    expect(Object.keys(mine).sort()).toEqual(['agenda', 'budgets', 'role', 'steps', 'today']);
    expect(mine.steps).toEqual([]);
    expect(new Set(mine.budgets!.mine.map((l) => l.clientName))).toEqual(new Set(['Gevolgd Persoon']));
    expect(mine.agenda!.toRegister).toEqual([{ clientId: followed, clientName: 'Gevolgd Persoon' }]);
    expect(mine.agenda!.dates.map((d) => d.clientName)).toEqual(['Gevolgd Persoon']);

    // The board: coverage and the lights, never a client.
    const board = await colleague(ctx, orgId, 'bestuur');
    const theirs = (await home(board.client, orgId)).body;
    expect(Object.keys(theirs).sort()).toEqual([
      'caf',
      'coverage',
      'kpis',
      'partnerships',
      'role',
      'steps',
      'survey',
      'today',
    ]);
    expect(JSON.stringify(theirs)).not.toContain('Persoon');
  });

  it('audits a view that names clients, and answers 404 for another organisation', async () => {
    const { client: director, org } = await orgWithMember(ctx, 'directie');
    await sampleOffer(director, org.id);
    const id = await voucherClient(director, org.id, `${thisYear()}-01-01`, 'Lies Janssens');
    const line = { functionCode: 'dagondersteuning', count: 1, per: 'week' as const, startDate: `${thisYear()}-01-01` };
    await clientsApi(director, org.id).addAgreement(id, { ...line, endDate: addDays(today(), 5) });
    const before = await auditEntries(ctx.db, org.id, 'client.listed');
    expect((await home(director, org.id)).status).toBe(200);
    const after = await auditEntries(ctx.db, org.id, 'client.listed');
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)!.details).toEqual({ view: 'home', count: 1 });
    const stranger = await orgWithMember(ctx, 'directie');
    expect((await home(stranger.client, org.id)).status).toBe(404);
  });
});
