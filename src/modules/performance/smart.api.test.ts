/** The SMART check of objectives and the history of mission, vision and values, through the API. */
import { describe, expect, it } from 'vitest';
import { daysFromToday } from '../../lib/calendar.ts';
import { answer, orgWithMember, testAppForFile, orgPath as at } from '../../server/testing.ts';
import { insertKpi } from './testing.ts';

const ctx = testAppForFile();

const kpi = (orgId: string, code: string) => insertKpi(ctx.db, orgId, code);

describe('SMART objectives', () => {
  it('shows what is missing, never guessing, and passes once owner, date, a targeted KPI and an action are linked', async () => {
    const { client, org, member } = await orgWithMember(ctx, 'directie');
    const api = client.api;
    const kpiId = await kpi(org.id, 'PLANS');
    const created = await answer(
      api.POST('/orgs/{orgId}/strategy/objectives', {
        ...at(org.id),
        body: { perspective: 'clients', title: 'Plannen op tijd', kpiIds: [kpiId] },
      }),
    );
    expect(created.status).toBe(200);
    const objective = () => created.body.map.objectives.find((o) => o.id === created.body.id)!;
    // A KPI without a target does not make the objective measurable.
    expect(objective().smart).toEqual({
      parts: { specific: false, measurable: false, acceptable: false, realistic: false, timeBound: false },
      missing: ['specific', 'measurable', 'acceptable', 'realistic', 'timeBound'],
      passed: false,
    });
    await ctx.db
      .insertInto('kpi_target')
      .values({ org_id: org.id, kpi_id: kpiId, valid_from: '2020-01-01', target: 95, red_threshold: 80 })
      .execute();
    const action = await answer(
      api.POST('/orgs/{orgId}/actions', { ...at(org.id), body: { title: 'Planning opmaken' } }),
    );
    const due = daysFromToday(200);
    const body = {
      perspective: 'clients' as const,
      title: 'Plannen op tijd',
      description: 'Elke cliënt heeft een herzien ondersteuningsplan',
      kpiIds: [kpiId],
      ownerId: member.userId as string,
      dueDate: due,
      actionIds: [action.body.id],
    };
    const saved = await answer(
      api.PUT('/orgs/{orgId}/strategy/objectives/{objectiveId}', {
        ...at(org.id, { objectiveId: created.body.id }),
        body,
      }),
    );
    expect(saved.status).toBe(200);
    const o = saved.body.map.objectives[0]!;
    expect(o.smart).toMatchObject({ missing: [], passed: true });
    expect(o).toMatchObject({
      owner: { id: member.userId, name: expect.stringContaining('Test directie') },
      dueDate: due,
      actions: [{ id: action.body.id, title: 'Planning opmaken', status: 'plan' }],
    });
    // Resources instead of actions also make it realistic.
    const resources = await answer(
      api.PUT('/orgs/{orgId}/strategy/objectives/{objectiveId}', {
        ...at(org.id, { objectiveId: created.body.id }),
        body: { ...body, actionIds: [], resources: '0,2 VTE stafmedewerker', ownerId: null },
      }),
    );
    expect(resources.body.map.objectives[0]!.smart.missing).toEqual(['acceptable']);
  });

  it('refuses an owner or an action of another organisation, naming the field', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const other = await orgWithMember(ctx, 'directie');
    const foreignAction = await answer(
      other.client.api.POST('/orgs/{orgId}/actions', { ...at(other.org.id), body: { title: 'Vreemd' } }),
    );
    const refused = await answer(
      client.api.POST('/orgs/{orgId}/strategy/objectives', {
        ...at(org.id),
        body: {
          perspective: 'mission',
          title: 'X',
          ownerId: other.member.userId as string,
          actionIds: [foreignAction.body.id],
        },
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error!.fields!.map((f) => f.path)).toEqual(['ownerId', 'actionIds.0']);
  });
});

describe('mission, vision and values', () => {
  it('keeps who changed which text when, newest first; values left out stay', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const put = (body: { mission: string; vision?: string; values?: string }) =>
      answer(client.api.PUT('/orgs/{orgId}/strategy', { ...at(org.id), body }));
    await put({ mission: 'Een goed leven', vision: 'Op maat', values: 'Respect, nabijheid' });
    const second = await put({ mission: 'Een goed leven, midden in de buurt', vision: 'Op maat' });
    expect(second.status).toBe(200);
    expect(second.body.values).toBe('Respect, nabijheid');
    const history = second.body.history;
    expect(history.map((h) => [h.field, h.before, h.after])).toEqual(
      expect.arrayContaining([
        ['mission', 'Een goed leven', 'Een goed leven, midden in de buurt'],
        ['mission', '', 'Een goed leven'],
        ['vision', '', 'Op maat'],
        ['values', '', 'Respect, nabijheid'],
      ]),
    );
    expect(history).toHaveLength(4);
    expect(history[0]).toMatchObject({ field: 'mission', after: 'Een goed leven, midden in de buurt' });
    expect(history.every((h) => h.changedBy?.startsWith('Test directie'))).toBe(true);
    // Saving the same texts again changes nothing and adds no line.
    expect((await put({ mission: 'Een goed leven, midden in de buurt', vision: 'Op maat' })).body.history).toHaveLength(
      4,
    );
  });
});
