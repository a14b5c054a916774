/** The SWOT per year and the stakeholder register, through the API. */
import { describe, expect, it } from 'vitest';
import { answer, colleague, orgWithMember, testAppForFile, orgPath as at } from '../../server/testing.ts';
import { insertKpi } from '../performance/testing.ts';

const ctx = testAppForFile();

const kpi = (orgId: string, code: string) => insertKpi(ctx.db, orgId, code);

describe('SWOT', () => {
  it('keeps one SWOT per year with items per quadrant, their evidence and links, and strategies feeding objectives', async () => {
    const { client, org } = await orgWithMember(ctx, 'staf');
    const api = client.api;
    const kpiId = await kpi(org.id, 'TEVR');
    const survey = await client.post(`/api/orgs/${org.id}/surveys`, {
      title: { nl: 'Cliëntbevraging' },
      audience: 'clients',
    });
    expect(survey.status).toBe(200);
    const objective = await answer(
      api.POST('/orgs/{orgId}/strategy/objectives', {
        ...at(org.id),
        body: { perspective: 'clients', title: 'Tevreden cliënten' },
      }),
    );
    const swot = await answer(api.POST('/orgs/{orgId}/strategy/swots', { ...at(org.id), body: { year: 2026 } }));
    expect(swot.status).toBe(200);
    const again = await answer(api.POST('/orgs/{orgId}/strategy/swots', { ...at(org.id), body: { year: 2026 } }));
    expect([again.status, again.body.error?.fields?.[0]?.path]).toEqual([409, 'year']);
    const swotId = swot.body.id;
    const item = (body: {
      quadrant: 'strength' | 'weakness' | 'opportunity' | 'threat';
      text: string;
      evidence?: string;
      kpiIds?: string[];
      surveyIds?: string[];
    }) => answer(api.POST('/orgs/{orgId}/strategy/swots/{swotId}/items', { ...at(org.id, { swotId }), body }));
    await item({ quadrant: 'threat', text: 'Personeelstekort' });
    await item({
      quadrant: 'strength',
      text: 'Tevreden cliënten',
      evidence: 'Bevraging 2026: 8,4/10',
      kpiIds: [kpiId],
      surveyIds: [survey.body.id],
    });
    const strategy = await answer(
      api.POST('/orgs/{orgId}/strategy/swots/{swotId}/strategies', {
        ...at(org.id, { swotId }),
        body: {
          kind: 'SO',
          text: 'Tevredenheid inzetten om nieuwe cliënten te bereiken',
          objectiveIds: [objective.body.id],
        },
      }),
    );
    expect(strategy.status).toBe(200);
    const detail = strategy.body;
    expect(detail.items.map((i) => [i.quadrant, i.text])).toEqual([
      ['strength', 'Tevreden cliënten'],
      ['threat', 'Personeelstekort'],
    ]);
    expect(detail.items[0]).toMatchObject({
      evidence: 'Bevraging 2026: 8,4/10',
      kpis: [{ id: kpiId, code: 'TEVR' }],
      surveys: [{ id: survey.body.id, title: 'Cliëntbevraging', audience: 'clients' }],
    });
    expect(detail.strategies).toEqual([
      expect.objectContaining({
        kind: 'SO',
        objectives: [{ id: objective.body.id, title: 'Tevreden cliënten', perspective: 'clients' }],
      }),
    ]);
    const list = await answer(api.GET('/orgs/{orgId}/strategy/swots', at(org.id)));
    expect(list.body.items).toEqual([{ id: swotId, year: 2026, note: '', items: 2, strategies: 1 }]);
    // A KPI of another organisation is refused, naming the field.
    const other = await orgWithMember(ctx, 'directie');
    const foreignKpi = await kpi(other.org.id, 'VREEMD');
    const refused = await item({ quadrant: 'weakness', text: 'X', kpiIds: [foreignKpi] });
    expect([refused.status, refused.body.error?.fields?.map((f) => f.path)]).toEqual([400, ['kpiIds.0']]);
    // Changing an item replaces its links; removing it answers the SWOT without it.
    const strengthId = detail.items[0]!.id;
    const changed = await answer(
      api.PUT('/orgs/{orgId}/strategy/swot-items/{swotItemId}', {
        ...at(org.id, { swotItemId: strengthId }),
        body: { quadrant: 'strength', text: 'Tevreden cliënten en netwerk', kpiIds: [] },
      }),
    );
    expect(changed.body.items[0]).toMatchObject({ text: 'Tevreden cliënten en netwerk', kpis: [], surveys: [] });
    const removed = await answer(
      api.DELETE('/orgs/{orgId}/strategy/swot-items/{swotItemId}', at(org.id, { swotItemId: strengthId })),
    );
    expect(removed.body.items.map((i) => i.text)).toEqual(['Personeelstekort']);
    // Removing the objective removes it from the strategy, not the strategy.
    await answer(
      api.DELETE('/orgs/{orgId}/strategy/objectives/{objectiveId}', at(org.id, { objectiveId: objective.body.id })),
    );
    const after = await answer(api.GET('/orgs/{orgId}/strategy/swots/{swotId}', at(org.id, { swotId })));
    expect(after.body.strategies[0]!.objectives).toEqual([]);
  });
});

describe('stakeholders', () => {
  it('places each stakeholder on the power–interest matrix and lists the register by priority', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const api = client.api;
    const kpiId = await kpi(org.id, 'NPS');
    const add = (
      name: string,
      type: 'government' | 'clients' | 'neighbourhood' | 'partners',
      power: number,
      interest: number,
      more = {},
    ) =>
      answer(
        api.POST('/orgs/{orgId}/strategy/stakeholders', {
          ...at(org.id),
          body: { name, type, power, interest, influence: 3, ...more },
        }),
      );
    const vaph = await add('VAPH', 'government', 5, 4, {
      expectations: 'Correcte registratie en verantwoording',
      valueCreated: 'Zorg op maat voor zorgbudgethouders',
      engagement: 'Jaarlijks overleg',
      lastContact: '2026-10-15',
      kpiIds: [kpiId],
    });
    expect(vaph.status).toBe(200);
    expect(vaph.body).toMatchObject({ quadrant: 'manage_closely', lastContact: '2026-10-15', kpis: [{ id: kpiId }] });
    expect((await add('Bank', 'partners', 4, 2)).body.quadrant).toBe('keep_satisfied');
    expect((await add('Ouders', 'clients', 2, 5)).body.quadrant).toBe('keep_informed');
    expect((await add('Buurt', 'neighbourhood', 1, 2)).body.quadrant).toBe('monitor');
    const twice = await add('VAPH', 'government', 1, 1);
    expect([twice.status, twice.body.error?.fields?.[0]?.path]).toEqual([409, 'name']);
    const outOfRange = await add('Te hoog', 'partners', 6, 1);
    expect(outOfRange.status).toBe(400);
    const list = await answer(api.GET('/orgs/{orgId}/strategy/stakeholders', at(org.id)));
    expect(list.body.items.map((s) => [s.name, s.quadrant])).toEqual([
      ['VAPH', 'manage_closely'],
      ['Bank', 'keep_satisfied'],
      ['Ouders', 'keep_informed'],
      ['Buurt', 'monitor'],
    ]);
    // More interest moves the bank to "manage closely".
    const moved = await answer(
      api.PUT('/orgs/{orgId}/strategy/stakeholders/{stakeholderId}', {
        ...at(org.id, { stakeholderId: list.body.items[1]!.id }),
        body: { name: 'Bank', type: 'partners', power: 4, interest: 4, influence: 2 },
      }),
    );
    expect(moved.body.quadrant).toBe('manage_closely');
  });

  it('the board reads, staff prepares, a begeleider does not get in', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const board = await colleague(ctx, org.id, 'bestuur');
    const staff = await colleague(ctx, org.id, 'staf');
    const coach = await colleague(ctx, org.id, 'begeleider');
    const body = { name: 'Gemeente', type: 'government' as const, power: 4, interest: 3, influence: 4 };
    const post = (c: typeof client, name: string) =>
      answer(c.api.POST('/orgs/{orgId}/strategy/stakeholders', { ...at(org.id), body: { ...body, name } }));
    expect((await post(staff.client, 'Gemeente')).status).toBe(200);
    expect((await post(board.client, 'Provincie')).status).toBe(403);
    expect(
      (await answer(board.client.api.GET('/orgs/{orgId}/strategy/stakeholders', at(org.id)))).body.items,
    ).toHaveLength(1);
    expect((await answer(board.client.api.GET('/orgs/{orgId}/strategy/swots', at(org.id)))).status).toBe(200);
    expect((await answer(coach.client.api.GET('/orgs/{orgId}/strategy/stakeholders', at(org.id)))).status).toBe(403);
  });
});
