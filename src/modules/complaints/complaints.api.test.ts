/** The complaint register through the API: registering, handling, deadlines, caseload rules, the public link, the action and the KPIs. */
import { describe, expect, it } from 'vitest';
import { addDays, today } from '../../lib/calendar.ts';
import { answer, Client, colleague, testAppForFile } from '../../server/testing.ts';
import { sampleOffer, voucherClient } from '../clients/testing.ts';
import { directorOf, kpiRow } from '../performance/testing.ts';
import { PUBLIC_LIMITS } from './routes.ts';
import { registerComplaint, sampleComplaint } from './testing.ts';

const ctx = testAppForFile();

/** The first day of the current quarter (Brussels). */
function quarterStart(day = today()): string {
  const m = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

describe('the complaint register', () => {
  it('fixes the deadlines from the rule valid on the day of receipt, and handles a complaint', async () => {
    const d = await directorOf(ctx);
    const { api, at } = d;
    const rules = await answer(api.GET('/orgs/{orgId}/complaint-rules', at()));
    expect(rules.body.current).toEqual({ ackDays: 7, answerDays: 30 });
    const received = addDays(today(), -20);
    const first = await registerComplaint(d.client, d.orgId, { receivedOn: received });
    const changed = await answer(
      api.POST('/orgs/{orgId}/complaint-rules', {
        ...at(),
        body: { validFrom: addDays(today(), -10), ackDays: 3, answerDays: 14 },
      }),
    );
    expect(changed.status).toBe(200);
    expect(changed.body.current).toEqual({ ackDays: 3, answerDays: 14 });
    const twice = await answer(
      api.POST('/orgs/{orgId}/complaint-rules', {
        ...at(),
        body: { validFrom: addDays(today(), -10), ackDays: 3, answerDays: 14 },
      }),
    );
    expect(twice.status).toBe(409);
    const wrong = await answer(
      api.POST('/orgs/{orgId}/complaint-rules', { ...at(), body: { validFrom: today(), ackDays: 10, answerDays: 5 } }),
    );
    expect([wrong.status, wrong.body.error?.fields?.[0]?.path]).toEqual([400, 'answerDays']);
    const second = await registerComplaint(d.client, d.orgId, { receivedOn: addDays(today(), -5), subject: 'Tweede' });

    const detail = (complaintId: string) =>
      answer(api.GET('/orgs/{orgId}/complaints/{complaintId}', at({ complaintId })));
    const one = await detail(first);
    expect(one.body).toMatchObject({
      ackDue: addDays(received, 7),
      answerDue: addDays(received, 30),
      stage: 'received',
      overdue: 'acknowledge',
      onTime: false,
      complainant: 'Een zus',
    });
    expect((await detail(second)).body).toMatchObject({ ackDue: addDays(today(), -2), answerDue: addDays(today(), 9) });

    // Answering needs an outcome; dates before receipt or in the future are refused.
    const handle = (complaintId: string, body: object) =>
      answer(api.PATCH('/orgs/{orgId}/complaints/{complaintId}', { ...at({ complaintId }), body }));
    const noOutcome = await handle(second, { answeredOn: today() });
    expect([noOutcome.status, noOutcome.body.error?.fields?.[0]?.path]).toEqual([400, 'outcome']);
    const early = await handle(second, { acknowledgedOn: addDays(today(), -30) });
    expect([early.status, early.body.error?.fields?.[0]?.path]).toEqual([400, 'acknowledgedOn']);
    const future = await handle(second, { acknowledgedOn: addDays(today(), 1) });
    expect(future.status).toBe(400);
    const step = await answer(
      api.POST('/orgs/{orgId}/complaints/{complaintId}/steps', {
        ...at({ complaintId: second }),
        body: { doneOn: addDays(today(), -3), note: 'Gesprek met de familie' },
      }),
    );
    expect(step.body.steps).toMatchObject([{ note: 'Gesprek met de familie', author: expect.any(String) }]);
    const done = await handle(second, {
      handlerId: d.member.userId,
      acknowledgedOn: addDays(today(), -4),
      answeredOn: today(),
      outcome: 'partly',
      answer: 'We passen de afspraken rond verhuizen aan.',
    });
    expect(done.body).toMatchObject({ stage: 'answered', onTime: true, overdue: null, outcome: 'partly' });
    expect(done.body.handler?.userId).toBe(d.member.userId);

    const figures = await answer(api.GET('/orgs/{orgId}/complaint-figures', at()));
    const year = Number(today().slice(0, 4));
    const thisYear = figures.body.years.find((y) => y.year === year);
    if (received.slice(0, 4) === today().slice(0, 4) && addDays(today(), -5).slice(0, 4) === today().slice(0, 4))
      expect(thisYear).toMatchObject({ received: 2, onTimeShare: 50, foundedShare: 100, meanHandlingDays: 5 });

    // Reading is audited like a client record.
    const reads = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('org_id', '=', d.orgId)
      .where('action', '=', 'complaint.read')
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('a begeleider registers for the caseload only, sees only that, and does not handle; the board sees figures only', async () => {
    const d = await directorOf(ctx);
    await sampleOffer(d.client, d.orgId);
    const coach = await colleague(ctx, d.orgId, 'begeleider');
    const board = await colleague(ctx, d.orgId, 'bestuur');
    const mine = await voucherClient(d.client, d.orgId, '2025-01-01', 'Gevolgd Persoon');
    const foreign = await voucherClient(d.client, d.orgId, '2025-01-01', 'Vreemd Persoon');
    await answer(
      d.api.PATCH('/orgs/{orgId}/clients/{clientId}', {
        ...d.at({ clientId: mine }),
        body: { professionalId: coach.userId },
      }),
    );
    const own = await registerComplaint(coach.client, d.orgId, { aboutKind: 'care', clientId: mine, source: 'client' });
    const outside = await answer(
      coach.client.api.POST('/orgs/{orgId}/complaints', {
        ...d.at(),
        body: sampleComplaint({ aboutKind: 'care', clientId: foreign }),
      }),
    );
    expect(outside.status).toBe(404);
    const aboutForeign = await registerComplaint(d.client, d.orgId, { aboutKind: 'care', clientId: foreign });
    const anonymousByStaff = await registerComplaint(d.client, d.orgId);
    const list = await answer(coach.client.api.GET('/orgs/{orgId}/complaints', d.at()));
    expect(list.body.items.map((c) => c.id)).toEqual([own]);
    expect(list.body.items[0]!.client).toEqual({ id: mine, name: 'Gevolgd Persoon' });
    const read = (c: Client, complaintId: string) =>
      answer(c.api.GET('/orgs/{orgId}/complaints/{complaintId}', d.at({ complaintId })));
    expect((await read(coach.client, aboutForeign)).status).toBe(404);
    expect((await read(coach.client, anonymousByStaff)).status).toBe(404);
    expect((await read(coach.client, own)).status).toBe(200);
    const all = await answer(d.api.GET('/orgs/{orgId}/complaints', d.at()));
    expect(all.body.items.map((c) => c.id).sort()).toEqual([own, aboutForeign, anonymousByStaff].sort());
    const patch = await answer(
      coach.client.api.PATCH('/orgs/{orgId}/complaints/{complaintId}', {
        ...d.at({ complaintId: own }),
        body: { answer: 'x' },
      }),
    );
    expect(patch.status).toBe(403);
    expect((await answer(board.client.api.GET('/orgs/{orgId}/complaints', d.at()))).status).toBe(403);
    expect((await answer(board.client.api.GET('/orgs/{orgId}/complaint-figures', d.at()))).status).toBe(200);

    // Leaving the caseload hides the complaint about that client.
    await answer(
      d.api.PATCH('/orgs/{orgId}/clients/{clientId}', { ...d.at({ clientId: mine }), body: { professionalId: null } }),
    );
    expect((await read(coach.client, own)).status).toBe(404);
  });

  it('takes anonymous complaints through the public link, with abuse limits; a new link ends the old one', async () => {
    const d = await directorOf(ctx);
    const state = () => answer(d.api.GET('/orgs/{orgId}/complaint-link', d.at()));
    expect((await state()).body).toEqual({ active: false, createdOn: null });
    const made = await answer(d.api.POST('/orgs/{orgId}/complaint-link', d.at()));
    expect(made.body.link).toMatch(/\/klacht\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{24}$/);
    expect((await state()).body).toEqual({ active: true, createdOn: today() });
    const token = made.body.link.slice(made.body.link.indexOf('/klacht/') + 8);
    const anonymous = new Client(ctx.app);
    const path = { params: { path: { token } } };
    expect((await answer(anonymous.api.GET('/klacht/{token}', path))).body).toEqual({ organisation: d.org.name });
    const sent = await answer(
      anonymous.api.POST('/klacht/{token}', {
        ...path,
        body: { about: 'Het onthaal', description: 'Niemand nam de telefoon op, drie dagen lang.' },
      }),
    );
    expect(sent.status).toBe(200);
    const list = await answer(d.api.GET('/orgs/{orgId}/complaints', d.at()));
    expect(list.body.items).toMatchObject([{ source: 'anonymous', channel: 'public_link', subject: 'Het onthaal' }]);
    const detail = await answer(
      d.api.GET('/orgs/{orgId}/complaints/{complaintId}', d.at({ complaintId: list.body.items[0]!.id })),
    );
    expect(detail.body).toMatchObject({ complainant: '', contact: '', createdBy: null });

    // A robot that fills the hidden field is answered but nothing is kept.
    await answer(
      anonymous.api.POST('/klacht/{token}', {
        ...path,
        body: { description: 'Koop nu goedkope horloges', website: 'http://spam.example' },
      }),
    );
    expect((await answer(d.api.GET('/orgs/{orgId}/complaints', d.at()))).body.items).toHaveLength(1);
    // Per address: a few in ten minutes, then 429.
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_LIMITS.perAddress; i++)
      statuses.push(
        (await answer(anonymous.api.POST('/klacht/{token}', { ...path, body: { description: `Melding nummer ${i}` } })))
          .status,
      );
    expect(statuses).toEqual([...Array(PUBLIC_LIMITS.perAddress - 1).fill(200), 429]);

    // A new link: the old one answers 404; switching off likewise.
    const again = await answer(d.api.POST('/orgs/{orgId}/complaint-link', d.at()));
    expect((await answer(anonymous.api.GET('/klacht/{token}', path))).status).toBe(404);
    const newToken = again.body.link.slice(again.body.link.indexOf('/klacht/') + 8);
    expect((await answer(anonymous.api.GET('/klacht/{token}', { params: { path: { token: newToken } } }))).status).toBe(
      200,
    );
    await answer(d.api.DELETE('/orgs/{orgId}/complaint-link', d.at()));
    expect((await answer(anonymous.api.GET('/klacht/{token}', { params: { path: { token: newToken } } }))).status).toBe(
      404,
    );
    expect(
      (await answer(anonymous.api.GET('/klacht/{token}', { params: { path: { token: 'nonsense' } } }))).status,
    ).toBe(404);
  });

  it('leads to an improvement action in one click, linked to it', async () => {
    const d = await directorOf(ctx);
    const other = await directorOf(ctx);
    const id = await registerComplaint(d.client, d.orgId);
    const made = await answer(
      d.api.POST('/orgs/{orgId}/actions/from-complaint/{complaintId}', d.at({ complaintId: id })),
    );
    expect(made.status).toBe(200);
    expect(made.body.title).toMatch(/^Verbeteractie na klacht: Te weinig uitleg/);
    const linked = await answer(
      d.api.GET('/orgs/{orgId}/actions/from-complaint/{complaintId}', d.at({ complaintId: id })),
    );
    expect(linked.body.items).toEqual([{ id: made.body.id, title: made.body.title, status: 'plan', dueDate: null }]);
    // The person who made it owns it. This organisation has no KPIs yet, so none is linked (the demo test
    // sees the link to the complaints KPI).
    const actions = await answer(d.api.GET('/orgs/{orgId}/actions', d.at()));
    const action = actions.body.items.find((a) => a.id === made.body.id)!;
    expect(action.owner).not.toBeNull();
    expect(action.kpis).toEqual([]);
    const foreign = await answer(
      other.api.POST('/orgs/{orgId}/actions/from-complaint/{complaintId}', other.at({ complaintId: id })),
    );
    expect(foreign.status).toBe(404);
  });

  it('computes the complaint KPIs on the cockpit and keeps typed values from before the register', async () => {
    const d = await directorOf(ctx);
    await answer(d.api.POST('/orgs/{orgId}/kpis/starter-set', d.at()));
    const kpi = await kpiRow(ctx.db, d.orgId, 'COMPLAINTS');
    expect(kpi).toMatchObject({ source: 'computed', formula: 'complaints_count' });
    await ctx.db
      .insertInto('kpi_value')
      .values({ org_id: d.orgId, kpi_id: kpi.id, period: '2020-Q1', value: 4, source: 'manual' })
      .execute();
    const cockpit = async () => {
      const c = await answer(d.api.GET('/orgs/{orgId}/cockpit', d.at()));
      return (code: string) => c.body.perspectives.flatMap((p) => p.tiles).find((t) => t.code === code)!;
    };
    const before = await cockpit();
    expect(before('COMPLAINTS').latest).toMatchObject({ period: '2020-Q1', value: 4 });

    const received = addDays(quarterStart(), -20);
    const id = await registerComplaint(d.client, d.orgId, { receivedOn: received });
    const registered = await cockpit();
    expect(registered('COMPLAINTS').latest).toMatchObject({ value: 1, source: 'computed' });
    expect(registered('COMPLAINTS_ON_TIME').latest?.value).toBe(0); // the acknowledgement is late by now
    await answer(
      d.api.PATCH('/orgs/{orgId}/complaints/{complaintId}', {
        ...d.at({ complaintId: id }),
        body: { acknowledgedOn: addDays(received, 2), answeredOn: addDays(received, 12), outcome: 'founded' },
      }),
    );
    const handled = await cockpit();
    expect(handled('COMPLAINTS_ON_TIME').latest?.value).toBe(100);
    expect(handled('COMPLAINTS_HANDLING_DAYS').latest?.value).toBe(12);
    const typed = await ctx.db
      .selectFrom('kpi_value')
      .select(['value', 'source'])
      .where('kpi_id', '=', kpi.id)
      .where('period', '=', '2020-Q1')
      .executeTakeFirstOrThrow();
    expect([Number(typed.value), typed.source]).toEqual([4, 'manual']);
  });
});
