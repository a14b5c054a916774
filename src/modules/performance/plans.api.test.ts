/** Improvement actions and the strategy map through the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWithMember, testApp } from '../../server/testing.ts';
import { createAction } from './actions.ts';
import { daysFromToday } from '../../lib/calendar.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

/** A KPI straight in the table: this file tests the links, not the catalogue. */
async function kpi(orgId: string, code: string) {
  const row = await ctx.db
    .insertInto('kpi')
    .values({
      org_id: orgId,
      code,
      name_nl: `Indicator ${code}`,
      unit: 'percent',
      direction: 'up',
      frequency: 'month',
      source: 'manual',
      perspective: 'clients',
      owner_id: null,
      formula: null,
      caf_criterion: null,
      mape: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const yesterday = () => daysFromToday(-1);
const nextMonth = () => daysFromToday(30);

describe('improvement actions', () => {
  it('runs an action through the PDCA cycle with progress notes, linked to a KPI and a CAF subcriterion', async () => {
    const { client, org, member } = await orgWithMember(ctx, 'directie');
    const kpiId = await kpi(org.id, 'BEZ');
    const created = await client.post(`/api/orgs/${org.id}/actions`, {
      title: 'Bezetting dagcentrum verhogen',
      ownerId: member.userId,
      dueDate: nextMonth(),
      kpiIds: [kpiId],
      caf: [{ subcriterion: '5.2' }],
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      status: 'plan',
      overdue: false,
      kpis: [{ id: kpiId, code: 'BEZ' }],
      caf: [{ subcriterion: '5.2', assessmentId: null }],
      progress: [],
    });
    const id = created.body.id;
    const noted = await client.post(`/api/orgs/${org.id}/actions/${id}/notes`, {
      body: 'Wachtlijst gebeld: 3 kandidaten',
      status: 'do',
    });
    expect(noted.body).toMatchObject({
      status: 'do',
      progress: [{ body: 'Wachtlijst gebeld: 3 kandidaten', status: 'do' }],
    });
    const done = await client.patch(`/api/orgs/${org.id}/actions/${id}`, { status: 'done' });
    expect(done.body.status).toBe('done');
    expect(done.body.doneAt).not.toBeNull();
    const reopened = await client.patch(`/api/orgs/${org.id}/actions/${id}`, { status: 'act' });
    expect(reopened.body.doneAt).toBeNull();
    const byKpi = await client.get(`/api/orgs/${org.id}/actions?kpi=${kpiId}`);
    expect(byKpi.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const audit = await client.get(`/api/orgs/${org.id}/audit`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['action.created', 'action.progress', 'action.updated']),
    );
  });

  it('lists overdue actions first and flags them; done actions are never overdue', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    await client.post(`/api/orgs/${org.id}/actions`, { title: 'Later', dueDate: nextMonth() });
    await client.post(`/api/orgs/${org.id}/actions`, { title: 'Te laat', dueDate: yesterday() });
    await client.post(`/api/orgs/${org.id}/actions`, { title: 'Klaar', dueDate: yesterday(), status: 'done' });
    const all = await client.get(`/api/orgs/${org.id}/actions`);
    expect(all.body.items.map((a: { title: string; overdue: boolean }) => `${a.title}:${a.overdue}`)).toEqual([
      'Te laat:true',
      'Later:false',
      'Klaar:false',
    ]);
    const overdue = await client.get(`/api/orgs/${org.id}/actions?overdue=true`);
    expect(overdue.body.items.map((a: { title: string }) => a.title)).toEqual(['Te laat']);
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
    const bad = await client.post(`/api/orgs/${org.id}/actions`, {
      title: 'Fout',
      ownerId: otherUser.id,
      kpiIds: [foreignKpi],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['ownerId', 'kpiIds.0']);
    const empty = await client.post(`/api/orgs/${org.id}/actions`, { title: '  ' });
    expect(empty.body.error.fields[0].path).toBe('title');
    const wrongCaf = await client.post(`/api/orgs/${org.id}/actions`, { title: 'x', caf: [{ subcriterion: '10.1' }] });
    expect(wrongCaf.body.error.fields[0].path).toBe('caf.0.subcriterion');
    expect((await client.get(`/api/orgs/${org.id}/actions`)).body.items).toEqual([]);
  });

  it('shows any member their own open actions, without the performance permission', async () => {
    const { client: begeleider, org, member } = await orgWithMember(ctx, 'begeleider');
    await createAction(ctx.db, org.id, member.userId, {
      title: 'Vormingsplan opmaken',
      ownerId: member.userId,
      dueDate: yesterday(),
    });
    await createAction(ctx.db, org.id, member.userId, { title: 'Iets anders' });
    expect((await begeleider.get(`/api/orgs/${org.id}/actions`)).status).toBe(403);
    const mine = await begeleider.get(`/api/orgs/${org.id}/my-actions`);
    expect(mine.body.items.map((a: { title: string; overdue: boolean }) => [a.title, a.overdue])).toEqual([
      ['Vormingsplan opmaken', true],
    ]);
  });
});

describe('strategy map', () => {
  it('builds mission → objectives → KPIs and refuses a cycle with the path named', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const kpiId = await kpi(org.id, 'TEVR');
    await client.req('PUT', `/api/orgs/${org.id}/strategy`, { mission: 'Een goed leven voor elke cliënt' });
    const mission = await client.post(`/api/orgs/${org.id}/strategy/objectives`, {
      perspective: 'mission',
      title: 'Kwaliteit van bestaan',
    });
    const clients = await client.post(`/api/orgs/${org.id}/strategy/objectives`, {
      perspective: 'clients',
      title: 'Tevreden cliënten',
      supports: [mission.body.id],
      kpiIds: [kpiId],
    });
    const learning = await client.post(`/api/orgs/${org.id}/strategy/objectives`, {
      perspective: 'learning',
      title: 'Vakkundige begeleiders',
      supports: [clients.body.id],
    });
    expect(learning.status).toBe(200);
    const map = learning.body.map;
    expect(map.mission).toBe('Een goed leven voor elke cliënt');
    expect(map.objectives.find((o: { title: string }) => o.title === 'Tevreden cliënten')).toMatchObject({
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
    expect((await client.get(`/api/orgs/${org.id}/strategy`)).body.kpis[0]).toMatchObject({
      light: 'red',
      latest: { period: '2026-10', value: 70 },
    });
    const cycle = await client.req('PUT', `/api/orgs/${org.id}/strategy/objectives/${mission.body.id}`, {
      perspective: 'mission',
      title: 'Kwaliteit van bestaan',
      supports: [learning.body.id],
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.message).toContain(
      '“Kwaliteit van bestaan” → “Vakkundige begeleiders” → “Tevreden cliënten” → “Kwaliteit van bestaan”',
    );
    const after = await client.get(`/api/orgs/${org.id}/strategy`);
    expect(after.body.objectives.find((o: { id: string }) => o.id === mission.body.id).supports).toEqual([]);
    expect((await client.delete(`/api/orgs/${org.id}/strategy/objectives/${clients.body.id}`)).status).toBe(204);
    expect(
      (await client.get(`/api/orgs/${org.id}/strategy`)).body.objectives.find(
        (o: { title: string }) => o.title === 'Vakkundige begeleiders',
      ).supports,
    ).toEqual([]);
  });

  it('is read-only for the board', async () => {
    const { client, org } = await orgWithMember(ctx, 'bestuur');
    expect((await client.get(`/api/orgs/${org.id}/strategy`)).status).toBe(200);
    expect((await client.req('PUT', `/api/orgs/${org.id}/strategy`, { mission: 'x' })).status).toBe(403);
    expect((await client.post(`/api/orgs/${org.id}/actions`, { title: 'x' })).status).toBe(403);
  });
});
