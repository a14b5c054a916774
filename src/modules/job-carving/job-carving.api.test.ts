import { describe, expect, it } from 'vitest';
import { thisYear } from '../../lib/calendar.ts';
import { answer, colleague, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { peopleApi, SAMPLE_CONTRACT, SAMPLE_EMPLOYEE } from '../people/testing.ts';
import { addPartner, addWorker } from '../social-economy/testing.ts';
import { freedHoursOfYear } from './public.ts';
import { proposalBody, taskBody } from './testing.ts';

const ctx = testAppForFile();

async function director() {
  const dir = await orgWithMember(ctx, 'directie');
  const orgId = dir.org.id;
  const c = dir.client.api;
  const org = { params: { path: { orgId } } };
  const role = async (name: string, certified: boolean, costPerFteCents?: number | null) => {
    const a = await answer(
      c.POST('/orgs/{orgId}/job-carving/roles', { ...org, body: { name, certified, costPerFteCents } }),
    );
    expect(a.status).toBe(200);
    return a.body.id;
  };
  const task = async (roleId: string, name: string, hours: number, over: Record<string, unknown> = {}) => {
    const a = await answer(
      c.POST('/orgs/{orgId}/job-carving/tasks', { ...org, body: taskBody(roleId, name, hours, over) as never }),
    );
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    return a.body.id;
  };
  return { ...dir, orgId, c, org, role, task };
}

describe('job-carving designer', () => {
  it('values moved hours at the contract cost of the function, frees certified hours for care and nets the new function', async () => {
    const d = await director();
    // A nurse under contract: 38 h, € 6.000 a month → € 72.000 a year per FTE, taken by a role of the same name.
    const people = peopleApi(d.client, d.orgId);
    const emp = await people.create({ ...SAMPLE_EMPLOYEE, externalRef: 'V-1' });
    await people.addContract(emp.body.id, {
      ...SAMPLE_CONTRACT,
      startsOn: `${thisYear() - 1}-01-01`,
      endsOn: null,
      contractType: 'indefinite',
      weeklyHours: 38,
      functionTitle: 'Verpleegkundige',
      monthlyCostCents: 600_000,
    });
    const nurse = await d.role('Verpleegkundige', true);
    const kitchen = await d.role('Keuken', false, 4_560_000);
    const meals = await d.task(nurse, 'Maaltijdbedeling', 9.5);
    const wound = await d.task(nurse, 'Wondzorg', 10, { needsCertificate: true });
    const laundry = await d.task(kitchen, 'Wasserij', 9.5, { clientContact: false, languageLevel: 'none' });

    const saved = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', {
        ...d.org,
        body: proposalBody([meals, laundry, wound], { targetHours: 19, costPerFteCents: 3_800_000 }) as never,
      }),
    );
    expect(saved.status).toBe(200);
    const e = saved.body.effect;
    expect(e.roles.map((r) => [r.name, r.hoursMoved, r.hoursFreedForCare, r.valueCents])).toEqual([
      ['Keuken', 9.5, 0, 1_140_000],
      ['Verpleegkundige', 9.5, 9.5, 1_800_000],
    ]);
    expect(e.issues).toEqual([{ taskId: wound, reason: 'needs_certificate' }]);
    expect([e.taskHours, e.hoursFreedForCare, e.fteFreedForCare, e.newFunctionCostCents, e.netCents]).toEqual([
      19, 9.5, 0.25, 1_900_000, 1_040_000,
    ]);

    const designer = await answer(d.c.GET('/orgs/{orgId}/job-carving/designer', d.org));
    expect(designer.body.roles.map((r) => [r.name, r.costPerFteCents, r.costSource])).toEqual([
      ['Keuken', 4_560_000, 'typed'],
      ['Verpleegkundige', 7_200_000, 'contracts'],
    ]);
    expect(designer.body.proposals).toHaveLength(1);
    expect(designer.body.functionCosts).toEqual([
      { functionTitle: 'Verpleegkundige', people: 1, fte: 1, yearlyCostPerFteCents: 7_200_000 },
    ]);

    // A second proposal, on a phase-1 agreement price, side by side with the first.
    const second = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', {
        ...d.org,
        body: proposalBody([meals], {
          name: 'Via maatwerkbedrijf',
          costBasis: 'agreement',
          costPerFteCents: null,
          pricePerHourCents: 1_500,
        }) as never,
      }),
    );
    expect(second.body.effect.newFunctionCostCents).toBe(19 * 46 * 1_500);
    const taken = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', { ...d.org, body: proposalBody([], { name: 'Derde' }) as never }),
    );
    const again = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', { ...d.org, body: proposalBody([], { name: 'Derde' }) as never }),
    );
    expect([taken.status, again.status, again.body.error?.fields?.[0]?.path], JSON.stringify(taken.body)).toEqual([
      200,
      409,
      'name',
    ]);
  });

  it('starts a role from the typical certificate-free tasks, in the language of the request', async () => {
    const d = await director();
    const role = await d.role('Zorgkundige', true);
    const a = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/roles/{roleId}/starter-tasks', {
        params: { path: { orgId: d.orgId, roleId: role } },
        body: { keys: ['meals', 'laundry', 'animation'] },
      }),
    );
    expect(a.body.items.map((t) => [t.name, t.needsCertificate])).toEqual([
      ['Maaltijdbedeling', false],
      ['Wasserij en strijk', false],
      ['Animatie', false],
    ]);
    const bad = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/roles/{roleId}/starter-tasks', {
        params: { path: { orgId: d.orgId, roleId: role } },
        body: { keys: ['meals', 'juggling'] },
      }),
    );
    expect([bad.status, bad.body.error?.fields?.[0]?.path]).toEqual([400, 'keys.1']);
  });

  it('refuses a task of an unknown role or with an unknown competence, naming the field', async () => {
    const d = await director();
    const role = await d.role('Keuken', false);
    const unknownRole = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/tasks', { ...d.org, body: taskBody(crypto.randomUUID(), 'X', 1) as never }),
    );
    const unknownCompetence = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/tasks', {
        ...d.org,
        body: taskBody(role, 'X', 1, { competenceIds: [crypto.randomUUID()] }) as never,
      }),
    );
    expect([unknownRole.status, unknownRole.body.error?.fields?.[0]?.path]).toEqual([404, 'roleId']);
    expect([unknownCompetence.status, unknownCompetence.body.error?.fields?.[0]?.path]).toEqual([
      404,
      'competenceIds.0',
    ]);
  });

  it('turns a proposal into a vacancy once; its hours freed for care then count for the year', async () => {
    const d = await director();
    const nurse = await d.role('Verpleegkundige', true, 7_000_000);
    const meals = await d.task(nurse, 'Maaltijdbedeling', 7.6);
    const p = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', { ...d.org, body: proposalBody([meals]) as never }),
    );
    expect(await freedHoursOfYear(ctx.db, d.orgId, thisYear())).toBeNull();
    const path = { params: { path: { orgId: d.orgId, proposalId: p.body.id } } };
    const v = await answer(d.c.POST('/orgs/{orgId}/job-carving/proposals/{proposalId}/vacancy', path));
    expect([v.status, v.body.title, v.body.hoursPerWeek, v.body.status]).toEqual([200, 'Zorgassistent', 19, 'open']);
    const twice = await answer(d.c.POST('/orgs/{orgId}/job-carving/proposals/{proposalId}/vacancy', path));
    expect(twice.status).toBe(409);
    expect((await answer(d.c.GET('/orgs/{orgId}/job-carving/vacancies', d.org))).body.items).toHaveLength(1);
    expect(await freedHoursOfYear(ctx.db, d.orgId, thisYear())).toEqual({
      year: thisYear(),
      hoursPerWeek: 7.6,
      fte: 0.2,
      proposals: 1,
    });
    expect(await freedHoursOfYear(ctx.db, d.orgId, thisYear() - 1)).toBeNull();
  });

  it('closes a vacancy, marks it filled or opens it again; audited, 404 elsewhere, 403 without the right', async () => {
    const d = await director();
    const nurse = await d.role('Verpleegkundige', true, 7_000_000);
    const meals = await d.task(nurse, 'Maaltijdbedeling', 7.6);
    const p = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', { ...d.org, body: proposalBody([meals]) as never }),
    );
    const v = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals/{proposalId}/vacancy', {
        params: { path: { orgId: d.orgId, proposalId: p.body.id } },
      }),
    );
    const at = { params: { path: { orgId: d.orgId, vacancyId: v.body.id } } };
    const set = (status: 'open' | 'filled' | 'closed', c = d.c) =>
      answer(c.PATCH('/orgs/{orgId}/job-carving/vacancies/{vacancyId}', { ...at, body: { status } }));

    const closed = await set('closed');
    expect([closed.status, closed.body.status, closed.body.title]).toEqual([200, 'closed', 'Zorgassistent']);
    expect((await set('open')).body.status).toBe('open');
    expect((await set('filled')).body.status).toBe('filled');
    const list = await answer(d.c.GET('/orgs/{orgId}/job-carving/vacancies', d.org));
    expect(list.body.items.map((x) => x.status)).toEqual(['filled']);
    const log = await answer(d.c.GET('/orgs/{orgId}/audit', d.org));
    const changes = log.body.items.filter((e) => e.action === 'jc_vacancy.status_changed');
    expect(changes.map((e) => e.details)).toContainEqual({ before: 'open', after: 'filled' });

    // An unknown status, another organisation, a role without job-carving.
    const wrong = await answer(
      d.c.PATCH('/orgs/{orgId}/job-carving/vacancies/{vacancyId}', { ...at, body: { status: 'gone' as never } }),
    );
    expect(wrong.status).toBe(400);
    const other = await orgWithMember(ctx, 'directie');
    const foreign = await answer(
      other.client.api.PATCH('/orgs/{orgId}/job-carving/vacancies/{vacancyId}', {
        params: { path: { orgId: other.org.id, vacancyId: v.body.id } },
        body: { status: 'closed' },
      }),
    );
    expect(foreign.status).toBe(404);
    const board = await colleague(ctx, d.orgId, 'bestuur');
    expect((await set('closed', board.client.api)).status).toBe(403);
    expect((await answer(d.c.GET('/orgs/{orgId}/job-carving/vacancies', d.org))).body.items[0]?.status).toBe('filled');
  });

  it('ranks candidates and employees for the new function and says why per criterion', async () => {
    const d = await director();
    const cmp = await answer(
      d.c.POST('/orgs/{orgId}/competences/catalogue', {
        ...d.org,
        body: { name: 'Hygiëne', levels: ['a', 'b', 'c', 'd'] },
      }),
    );
    const role = await d.role('Keuken', false, 4_000_000);
    const meals = await d.task(role, 'Maaltijdbedeling', 19, { competenceIds: [cmp.body.id], languageLevel: 'B1' });
    const p = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', { ...d.org, body: proposalBody([meals]) as never }),
    );
    const candidate = (name: string, over: Record<string, unknown>) =>
      answer(
        d.c.POST('/orgs/{orgId}/job-carving/candidates', {
          ...d.org,
          body: { name, competenceIds: [], talents: [], languageLevel: 'B1', hoursAvailable: 19, ...over } as never,
        }),
      );
    await candidate('Fatima', { competenceIds: [cmp.body.id], talents: ['empathy'] });
    await candidate('Bram', { languageLevel: 'A1', hoursAvailable: 10 });
    await peopleApi(d.client, d.orgId).create({
      ...SAMPLE_EMPLOYEE,
      externalRef: 'M-1',
      firstName: 'Mieke',
      lastName: 'Maes',
    });
    const m = await answer(
      d.c.GET('/orgs/{orgId}/job-carving/proposals/{proposalId}/matches', {
        params: { path: { orgId: d.orgId, proposalId: p.body.id }, query: { limit: 10 } },
      }),
    );
    expect(m.status).toBe(200);
    expect(m.body.need).toEqual({
      competenceIds: [cmp.body.id],
      talents: ['empathy'],
      languageLevel: 'B1',
      hoursPerWeek: 19,
    });
    expect(m.body.scored).toBe(3);
    expect(m.body.items.map((i) => [i.name, i.kind, i.score])).toEqual([
      ['Fatima', 'candidate', 100],
      ['Mieke Maes', 'employee', 33],
      ['Bram', 'candidate', 11],
    ]);
    const bram = m.body.items[2]!;
    expect(bram.criteria.find((c) => c.criterion === 'language')).toMatchObject({ score: 0, missing: ['B1'] });
    expect(m.body.items[1]!.criteria.filter((c) => !c.recorded).map((c) => c.criterion)).toEqual([
      'talents',
      'language',
      'availability',
    ]);
  });

  it('turns a proposal into a cooperation agreement with a partner, once; placed workers are matched too', async () => {
    const d = await director();
    const partnerId = await addPartner(d.client, d.orgId, 'LDE De Brug');
    await addWorker(d.client, d.orgId, partnerId, 'Yusuf Demir', {
      languageLevel: 'B1',
      talents: ['empathy'],
      hoursPerWeek: 19,
    });
    const kitchen = await d.role('Keuken', false, 4_000_000);
    const meals = await d.task(kitchen, 'Maaltijdbedeling', 19, { languageLevel: 'A2' });
    const p = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals', {
        ...d.org,
        body: proposalBody([meals], {
          costBasis: 'agreement',
          costPerFteCents: null,
          pricePerHourCents: 1_800,
        }) as never,
      }),
    );
    const path = { params: { path: { orgId: d.orgId, proposalId: p.body.id } } };
    const m = await answer(d.c.GET('/orgs/{orgId}/job-carving/proposals/{proposalId}/matches', path));
    expect(m.body.items.map((i) => [i.name, i.kind, i.score])).toEqual([
      ['Yusuf Demir (LDE De Brug)', 'placed_worker', 100],
    ]);
    const a = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals/{proposalId}/agreement', {
        ...path,
        body: { partnerId, startOn: `${thisYear()}-01-01` },
      }),
    );
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    const agreement = await answer(
      d.c.GET('/orgs/{orgId}/social-economy/agreements/{agreementId}', {
        params: { path: { orgId: d.orgId, agreementId: a.body.agreementId } },
      }),
    );
    expect(agreement.body).toMatchObject({ title: 'Zorgassistent', priceUnit: 'hour', priceCents: 1_800 });
    const saved = await answer(d.c.GET('/orgs/{orgId}/job-carving/proposals/{proposalId}', path));
    expect([saved.body.agreementId, saved.body.realisedOn]).toEqual([a.body.agreementId, `${thisYear()}-01-01`]);
    const twice = await answer(
      d.c.POST('/orgs/{orgId}/job-carving/proposals/{proposalId}/agreement', {
        ...path,
        body: { partnerId, startOn: `${thisYear()}-01-01` },
      }),
    );
    expect(twice.status).toBe(409);
  });

  it('is for the direction and the staff only', async () => {
    const d = await director();
    const coach = await colleague(ctx, d.orgId, 'begeleider');
    const board = await colleague(ctx, d.orgId, 'bestuur');
    for (const who of [coach, board]) {
      const a = await answer(who.client.api.GET('/orgs/{orgId}/job-carving/designer', d.org));
      expect(a.status).toBe(403);
    }
  });
});
