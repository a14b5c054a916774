/** Partners, agreements and their cost, placed workers, the partner role's scope, and trajectories, through the API. */
import { describe, expect, it } from 'vitest';
import { daysFromToday } from '../../lib/calendar.ts';
import { answer, colleague, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { addAgreement, addPartner, addWorker, inOrg } from './testing.ts';

const ctx = testAppForFile();

const worker = (orgId: string, workerId: string) => ({ params: { path: { orgId, workerId } } });

describe('partners, agreements and placed workers', () => {
  it('computes the yearly cost after a dated amendment and groups it per cost centre', async () => {
    const { client: dir, org } = await orgWithMember(ctx, 'directie');
    const api = dir.api;
    const partnerId = await addPartner(dir, org.id, 'LDE De Brug');
    const twice = await answer(
      api.POST('/orgs/{orgId}/social-economy/partners', {
        ...inOrg(org.id),
        body: { name: 'LDE De Brug', kind: 'lde' },
      }),
    );
    expect([twice.status, twice.body.error?.fields?.[0]?.path]).toEqual([409, 'name']);
    const agreementId = await addAgreement(dir, org.id, partnerId, { startOn: '2026-01-01', endOn: '2026-12-31' });
    const base = { params: { path: { orgId: org.id, agreementId }, query: { year: 2026 } } };
    // 19 h/week × € 12,50 over 365 days of 2026 = 19 × 365/7 × 1 250 cents.
    expect(
      (await answer(api.GET('/orgs/{orgId}/social-economy/agreements/{agreementId}', base))).body.yearCostCents,
    ).toBe(Math.round(((19 * 365) / 7) * 1_250));
    const amend = await answer(
      api.POST('/orgs/{orgId}/social-economy/agreements/{agreementId}/amendments', {
        params: { path: { orgId: org.id, agreementId } },
        body: {
          effectiveOn: '2026-07-01',
          description: 'Uitbreiding naar 24 uur',
          scopeAmount: 24,
          endOn: '2027-06-30',
        },
      }),
    );
    expect(amend.status).toBe(200);
    const after = (await answer(api.GET('/orgs/{orgId}/social-economy/agreements/{agreementId}', base))).body;
    expect(after.yearCostCents).toBe(Math.round(((19 * 181 + 24 * 184) / 7) * 1_250));
    expect([after.effectiveEndOn, after.amendments.length]).toEqual(['2027-06-30', 1]);
    const next = await answer(
      api.GET('/orgs/{orgId}/social-economy/agreements/{agreementId}', {
        params: { path: { orgId: org.id, agreementId }, query: { year: 2027 } },
      }),
    );
    expect(next.body.yearCostCents).toBe(Math.round(((24 * 181) / 7) * 1_250));

    const workerId = await addWorker(dir, org.id, partnerId, 'Samira Lemmens', {
      agreementId,
      languageLevel: 'B1',
      talents: ['empathy', 'patience'],
      hoursPerWeek: 19,
      ldeStartOn: '2022-09-01',
    });
    const other = await addPartner(dir, org.id, 'Maatwerkbedrijf Vlot', 'maatwerkbedrijf');
    const wrongAgreement = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers', {
        ...inOrg(org.id),
        body: { partnerId: other, agreementId, name: 'Verkeerd' },
      }),
    );
    expect([wrongAgreement.status, wrongAgreement.body.error?.fields?.[0]?.path]).toEqual([404, 'agreementId']);
    const detail = (await answer(api.GET('/orgs/{orgId}/social-economy/workers/{workerId}', worker(org.id, workerId))))
      .body;
    expect([detail.partnerName, detail.agreementTitle, detail.transitionDeadline]).toEqual([
      'LDE De Brug',
      'Maaltijdbedeling en animatie',
      '2027-08-31',
    ]);
    const removeUsed = await answer(
      api.DELETE('/orgs/{orgId}/social-economy/partners/{partnerId}', {
        params: { path: { orgId: org.id, partnerId } },
      }),
    );
    expect(removeUsed.status).toBe(409);
  });
});

describe('the partner role', () => {
  it('a partner coach sees only their enterprise’s workers and agreements, logs hours and evaluations, and nothing else', async () => {
    const { client: dir, org } = await orgWithMember(ctx, 'directie');
    const a = await addPartner(dir, org.id, 'Partner A');
    const b = await addPartner(dir, org.id, 'Partner B');
    await addAgreement(dir, org.id, a, { title: 'Overeenkomst A' });
    await addAgreement(dir, org.id, b, { title: 'Overeenkomst B' });
    const workerA = await addWorker(dir, org.id, a, 'Werker A');
    const workerB = await addWorker(dir, org.id, b, 'Werker B');
    const coach = await colleague(ctx, org.id, 'partner');

    // Not linked yet: sees nothing.
    expect(
      (await answer(coach.client.api.GET('/orgs/{orgId}/social-economy/workers', inOrg(org.id)))).body.items,
    ).toEqual([]);
    const link = await answer(
      dir.api.PUT('/orgs/{orgId}/social-economy/partner-members', {
        ...inOrg(org.id),
        body: { userId: coach.userId, partnerId: a },
      }),
    );
    expect(link.status).toBe(200);
    const notPartner = await colleague(ctx, org.id, 'staf');
    const wrongLink = await answer(
      dir.api.PUT('/orgs/{orgId}/social-economy/partner-members', {
        ...inOrg(org.id),
        body: { userId: notPartner.userId, partnerId: a },
      }),
    );
    expect(wrongLink.status).toBe(404);

    const api = coach.client.api;
    const workers = (await answer(api.GET('/orgs/{orgId}/social-economy/workers', inOrg(org.id)))).body.items;
    expect(workers.map((w) => w.name)).toEqual(['Werker A']);
    const agreements = (await answer(api.GET('/orgs/{orgId}/social-economy/agreements', inOrg(org.id)))).body.items;
    expect(agreements.map((x) => x.title)).toEqual(['Overeenkomst A']);
    expect(
      (await answer(api.GET('/orgs/{orgId}/social-economy/partners', inOrg(org.id)))).body.items.map((p) => p.name),
    ).toEqual(['Partner A']);
    // Another enterprise's worker answers 404, for reading and for logging.
    expect(
      (await answer(api.GET('/orgs/{orgId}/social-economy/workers/{workerId}', worker(org.id, workerB)))).status,
    ).toBe(404);
    const foreignHours = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/hours', {
        ...worker(org.id, workerB),
        body: { kind: 'coaching', workedOn: daysFromToday(-1), hours: 2 },
      }),
    );
    expect(foreignHours.status).toBe(404);
    expect(
      (
        await answer(
          api.GET('/orgs/{orgId}/social-economy/partners/{partnerId}', {
            params: { path: { orgId: org.id, partnerId: b } },
          }),
        )
      ).status,
    ).toBe(404);
    // Their own worker: hours and an evaluation.
    const hours = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/hours', {
        ...worker(org.id, workerA),
        body: { kind: 'coaching', workedOn: daysFromToday(-1), hours: 2.5, note: 'Wekelijks gesprek' },
      }),
    );
    expect(hours.status).toBe(200);
    const future = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/hours', {
        ...worker(org.id, workerA),
        body: { kind: 'work', workedOn: daysFromToday(2), hours: 2 },
      }),
    );
    expect([future.status, future.body.error?.fields?.[0]?.path]).toEqual([400, 'workedOn']);
    const evaluation = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/evaluations', {
        ...worker(org.id, workerA),
        body: { evaluatedOn: daysFromToday(0), score: 4, summary: 'Goed ingewerkt in de keuken' },
      }),
    );
    expect(evaluation.status).toBe(200);
    const mine = (await answer(api.GET('/orgs/{orgId}/social-economy/workers/{workerId}', worker(org.id, workerA))))
      .body;
    expect([mine.hoursCoached, mine.evaluations[0]?.summary, mine.evaluations[0]?.evaluatedBy]).toEqual([
      2.5,
      'Goed ingewerkt in de keuken',
      'Collega partner',
    ]);
    // No managing, no clients, no finance, no people.
    const create = await answer(
      api.POST('/orgs/{orgId}/social-economy/partners', { ...inOrg(org.id), body: { name: 'X', kind: 'lde' } }),
    );
    expect(create.status).toBe(403);
    for (const path of ['clients', 'finance/accounts', 'people/employees', 'members']) {
      expect((await coach.client.get(`/api/orgs/${org.id}/${path}`)).status).toBe(403);
    }
  });
});

describe('transition trajectories', () => {
  it('runs the phases in order, books coaching on the running phase, closes with an outcome and counts success', async () => {
    const { client: dir, org } = await orgWithMember(ctx, 'directie');
    const api = dir.api;
    const partnerId = await addPartner(dir, org.id, 'LDE Doorstroom');
    const workerId = await addWorker(dir, org.id, partnerId, 'Tom Peeters');
    const rule = await answer(
      api.POST('/orgs/{orgId}/social-economy/funding-rules', {
        ...inOrg(org.id),
        body: { validFrom: '2026-01-01', amountCents: 450_000 },
      }),
    );
    expect(rule.status).toBe(200);
    const started = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories', {
        ...worker(org.id, workerId),
        body: { startedOn: '2026-01-05' },
      }),
    );
    const trajectoryId = started.body.id as string;
    const again = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories', {
        ...worker(org.id, workerId),
        body: { startedOn: '2026-01-06' },
      }),
    );
    expect(again.status).toBe(409);
    const path = { params: { path: { orgId: org.id, workerId, trajectoryId } } };
    const skip = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories/{trajectoryId}/phases', {
        ...path,
        body: { phase: 'stage', startedOn: '2026-02-01' },
      }),
    );
    expect([skip.status, skip.body.error?.fields?.[0]?.path]).toEqual([400, 'phase']);
    await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/hours', {
        ...worker(org.id, workerId),
        body: { kind: 'coaching', workedOn: '2026-01-20', hours: 10, trajectoryId },
      }),
    );
    for (const [phase, startedOn] of [
      ['jobmatching', '2026-02-05'],
      ['stage', '2026-05-20'],
    ] as const) {
      const moved = await answer(
        api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories/{trajectoryId}/phases', {
          ...path,
          body: { phase, startedOn },
        }),
      );
      expect(moved.status).toBe(200);
    }
    await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/hours', {
        ...worker(org.id, workerId),
        body: { kind: 'coaching', workedOn: '2026-03-02', hours: 6, trajectoryId },
      }),
    );
    const list = (await answer(api.GET('/orgs/{orgId}/social-economy/trajectories', inOrg(org.id)))).body.items;
    const t = list[0]!;
    expect(t.currentPhase).toBe('stage');
    expect(t.fundingCents).toBe(450_000);
    expect(t.phases.map((p) => [p.phase, p.coachingHours, p.overrun])).toEqual([
      ['voortraject', 10, true],
      ['jobmatching', 6, true],
      ['stage', 0, t.phases[2]!.overrun],
    ]);
    expect(t.coachingHours).toBe(16);
    const closed = await answer(
      api.POST('/orgs/{orgId}/social-economy/workers/{workerId}/trajectories/{trajectoryId}/outcome', {
        ...path,
        body: { outcome: 'hired', outcomeOn: '2026-08-01' },
      }),
    );
    expect(closed.status).toBe(200);
    const overview = (await answer(api.GET('/orgs/{orgId}/social-economy/overview', inOrg(org.id)))).body;
    expect(overview.runningTrajectories).toBe(0);
    expect(overview.successRates.find((r) => r.partnerId === partnerId && r.year === 2026)).toMatchObject({
      finished: 1,
      succeeded: 1,
      rate: 1,
      partnerName: 'LDE Doorstroom',
    });
  });
});
