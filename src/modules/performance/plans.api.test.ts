/** Improvement actions and the strategy map through the API. */
import { describe, expect, it } from 'vitest';
import { answer, type Client, orgWithMember, testAppForFile, orgPath as at } from '../../server/testing.ts';
import { insertKpi } from './testing.ts';
import { createAction } from './actions.ts';
import { daysFromToday } from '../../lib/calendar.ts';

const ctx = testAppForFile();

const kpi = (orgId: string, code: string) => insertKpi(ctx.db, orgId, code, 'month');

const yesterday = () => daysFromToday(-1);
const nextMonth = () => daysFromToday(30);

const fieldPaths = (b: { error?: { fields?: { path: string }[] } }) => b.error!.fields!.map((f) => f.path);
const listActions = (client: Client, orgId: string, query: { kpi?: string; overdue?: 'true' | 'false' } = {}) =>
  answer(client.api.GET('/orgs/{orgId}/actions', { params: { path: { orgId }, query } }));

describe('improvement actions', () => {
  it('runs an action through the PDCA cycle with progress notes, linked to a KPI and a CAF subcriterion', async () => {
    const { client, org, member } = await orgWithMember(ctx, 'directie');
    const kpiId = await kpi(org.id, 'BEZ');
    const created = await answer(
      client.api.POST('/orgs/{orgId}/actions', {
        ...at(org.id),
        body: {
          title: 'Bezetting dagcentrum verhogen',
          ownerId: member.userId,
          dueDate: nextMonth(),
          kpiIds: [kpiId],
          caf: [{ subcriterion: '5.2' }],
        },
      }),
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      status: 'plan',
      overdue: false,
      kpis: [{ id: kpiId, code: 'BEZ' }],
      caf: [{ subcriterion: '5.2', assessmentId: null }],
      progress: [],
    });
    const id = created.body.id;
    const actionAt = at(org.id, { actionId: id });
    const noted = await answer(
      client.api.POST('/orgs/{orgId}/actions/{actionId}/notes', {
        ...actionAt,
        body: { body: 'Wachtlijst gebeld: 3 kandidaten', status: 'do' },
      }),
    );
    expect(noted.body).toMatchObject({
      status: 'do',
      progress: [{ body: 'Wachtlijst gebeld: 3 kandidaten', status: 'do' }],
    });
    const patch = (status: 'done' | 'act') =>
      answer(client.api.PATCH('/orgs/{orgId}/actions/{actionId}', { ...actionAt, body: { status } }));
    const done = await patch('done');
    expect(done.body.status).toBe('done');
    expect(done.body.doneAt).not.toBeNull();
    const reopened = await patch('act');
    expect(reopened.body.doneAt).toBeNull();
    const byKpi = await listActions(client, org.id, { kpi: kpiId });
    expect(byKpi.body.items.map((a) => a.id)).toEqual([id]);
    const audit = await answer(client.api.GET('/orgs/{orgId}/audit', at(org.id)));
    expect(audit.body.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['action.created', 'action.progress', 'action.updated']),
    );
  });

  it('lists overdue actions first and flags them; done actions are never overdue', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const create = (body: { title: string; dueDate: string; status?: 'done' }) =>
      answer(client.api.POST('/orgs/{orgId}/actions', { ...at(org.id), body }));
    await create({ title: 'Later', dueDate: nextMonth() });
    await create({ title: 'Te laat', dueDate: yesterday() });
    await create({ title: 'Klaar', dueDate: yesterday(), status: 'done' });
    const all = await listActions(client, org.id);
    expect(all.body.items.map((a) => `${a.title}:${a.overdue}`)).toEqual([
      'Te laat:true',
      'Later:false',
      'Klaar:false',
    ]);
    const overdue = await listActions(client, org.id, { overdue: 'true' });
    expect(overdue.body.items.map((a) => a.title)).toEqual(['Te laat']);
  });

  it('refuses an owner from outside the organisation and a KPI of another organisation, naming the field', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const other = await orgWithMember(ctx, 'directie');
    const foreignKpi = await kpi(other.org.id, 'X');
    const otherUser = await ctx.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', other.email)
      .executeTakeFirstOrThrow();
    const create = (body: { title: string; ownerId?: string; kpiIds?: string[]; caf?: { subcriterion: string }[] }) =>
      answer(client.api.POST('/orgs/{orgId}/actions', { ...at(org.id), body }));
    const bad = await create({ title: 'Fout', ownerId: otherUser.id, kpiIds: [foreignKpi] });
    expect(bad.status).toBe(400);
    expect(fieldPaths(bad.body)).toEqual(['ownerId', 'kpiIds.0']);
    const empty = await create({ title: '  ' });
    expect(fieldPaths(empty.body)[0]).toBe('title');
    const wrongCaf = await create({ title: 'x', caf: [{ subcriterion: '10.1' }] });
    expect(fieldPaths(wrongCaf.body)[0]).toBe('caf.0.subcriterion');
    expect((await listActions(client, org.id)).body.items).toEqual([]);
  });

  it('shows any member their own open actions, without the performance permission', async () => {
    const { client: begeleider, org, member } = await orgWithMember(ctx, 'begeleider');
    await createAction(ctx.db, org.id, member.userId, {
      title: 'Vormingsplan opmaken',
      ownerId: member.userId,
      dueDate: yesterday(),
    });
    await createAction(ctx.db, org.id, member.userId, { title: 'Iets anders' });
    expect((await listActions(begeleider, org.id)).status).toBe(403);
    const mine = await answer(begeleider.api.GET('/orgs/{orgId}/my-actions', at(org.id)));
    expect(mine.body.items.map((a) => [a.title, a.overdue])).toEqual([['Vormingsplan opmaken', true]]);
  });
});

describe('strategy map', () => {
  it('builds mission → objectives → KPIs and refuses a cycle with the path named', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const api = client.api;
    const kpiId = await kpi(org.id, 'TEVR');
    await answer(
      api.PUT('/orgs/{orgId}/strategy', { ...at(org.id), body: { mission: 'Een goed leven voor elke cliënt' } }),
    );
    const add = (body: {
      perspective: 'mission' | 'clients' | 'learning';
      title: string;
      supports?: string[];
      kpiIds?: string[];
    }) => answer(api.POST('/orgs/{orgId}/strategy/objectives', { ...at(org.id), body }));
    const mission = await add({ perspective: 'mission', title: 'Kwaliteit van bestaan' });
    const clients = await add({
      perspective: 'clients',
      title: 'Tevreden cliënten',
      supports: [mission.body.id],
      kpiIds: [kpiId],
    });
    const learning = await add({
      perspective: 'learning',
      title: 'Vakkundige begeleiders',
      supports: [clients.body.id],
    });
    expect(learning.status).toBe(200);
    const map = learning.body.map;
    expect(map.mission).toBe('Een goed leven voor elke cliënt');
    expect(map.objectives.find((o) => o.title === 'Tevreden cliënten')).toMatchObject({
      supports: [mission.body.id],
      kpiIds: [kpiId],
    });
    expect(map.kpis).toEqual([expect.objectContaining({ id: kpiId, light: null, latest: null })]);
    // With a target of 90 % (red below 80 %) a value of 70 % shows red on the map.
    await ctx.db
      .insertInto('kpi_target')
      .values({ org_id: org.id, kpi_id: kpiId, valid_from: '2020-01-01', target: 90, red_threshold: 80 })
      .execute();
    await ctx.db
      .insertInto('kpi_value')
      .values({
        org_id: org.id,
        kpi_id: kpiId,
        period: '2026-10',
        value: 70,
        source: 'manual',
        entered_by: null,
        computation: null,
      })
      .execute();
    const strategy = () => answer(api.GET('/orgs/{orgId}/strategy', at(org.id)));
    expect((await strategy()).body.kpis[0]).toMatchObject({
      light: 'red',
      latest: { period: '2026-10', value: 70 },
    });
    const cycle = await answer(
      api.PUT('/orgs/{orgId}/strategy/objectives/{objectiveId}', {
        ...at(org.id, { objectiveId: mission.body.id }),
        body: { perspective: 'mission', title: 'Kwaliteit van bestaan', supports: [learning.body.id] },
      }),
    );
    expect(cycle.status).toBe(400);
    expect(cycle.body.error!.message).toContain(
      '“Kwaliteit van bestaan” → “Vakkundige begeleiders” → “Tevreden cliënten” → “Kwaliteit van bestaan”',
    );
    const after = await strategy();
    expect(after.body.objectives.find((o) => o.id === mission.body.id)!.supports).toEqual([]);
    const removed = await answer(
      api.DELETE('/orgs/{orgId}/strategy/objectives/{objectiveId}', at(org.id, { objectiveId: clients.body.id })),
    );
    expect(removed.status).toBe(204);
    expect((await strategy()).body.objectives.find((o) => o.title === 'Vakkundige begeleiders')!.supports).toEqual([]);
  });

  it('is read-only for the board', async () => {
    const { client, org } = await orgWithMember(ctx, 'bestuur');
    expect((await answer(client.api.GET('/orgs/{orgId}/strategy', at(org.id)))).status).toBe(200);
    const mission = await answer(client.api.PUT('/orgs/{orgId}/strategy', { ...at(org.id), body: { mission: 'x' } }));
    expect(mission.status).toBe(403);
    const action = await answer(client.api.POST('/orgs/{orgId}/actions', { ...at(org.id), body: { title: 'x' } }));
    expect(action.status).toBe(403);
  });
});
