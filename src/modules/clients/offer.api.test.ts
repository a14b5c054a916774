/** The offer, groups, rule tables and waiting-list changes answer what their response schemas describe. */
import { describe, expect, it } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { at, clientsApi, directorWithOffer } from './testing.ts';

const ctx = testAppForFile();

describe('offer and groups', () => {
  it('lists functions with their euro price, adds and renames a group and sets who works in it', async () => {
    const { client, org, member } = await directorWithOffer(ctx);
    const { api } = client;
    const offer = await answer(api.GET('/orgs/{orgId}/offer', at(org.id)));
    expect(offer.status).toBe(200);
    const day = offer.body.functions.find((f) => f.code === 'dagondersteuning')!;
    // 0.2100 points at the example point value of 2020 (€817.36): €171.65.
    expect(day.prices[0]).toEqual({ validFrom: '2020-01-01', validTo: null, points: '0.2100', euroCents: 17_165 });
    const added = await answer(
      api.POST('/orgs/{orgId}/offer/groups', { ...at(org.id), body: { name: 'Leefgroep', location: 'Gent' } }),
    );
    expect(added.body).toEqual({ id: expect.any(String), name: 'Leefgroep', location: 'Gent' });
    const groupPath = at(org.id, { groupId: added.body.id });
    const renamed = await answer(
      api.PUT('/orgs/{orgId}/offer/groups/{groupId}', { ...groupPath, body: { name: 'Leefgroep Noord' } }),
    );
    expect(renamed.body).toMatchObject({ name: 'Leefgroep Noord', location: '' });
    const candidates = await answer(api.GET('/orgs/{orgId}/offer/group-candidates', at(org.id)));
    expect(candidates.body.items).toEqual([{ userId: member.userId, name: expect.any(String), role: 'directie' }]);
    const set = await answer(
      api.PUT('/orgs/{orgId}/offer/groups/{groupId}/members', { ...groupPath, body: { userIds: [member.userId] } }),
    );
    expect(set.body.groups).toEqual([
      {
        id: added.body.id,
        name: 'Leefgroep Noord',
        location: '',
        members: [{ userId: member.userId, name: expect.any(String) }],
      },
    ]);
  });
});

describe('rule tables and the waiting list', () => {
  it('adds and changes a period of the point value; changes a waiting request', async () => {
    const { client, org } = await orgWithMember(ctx, 'beheerder');
    const { api } = client;
    const added = await answer(
      api.POST('/orgs/{orgId}/rules', {
        ...at(org.id),
        body: { table: 'pointValue', validFrom: '2030-01-01', data: { centsPerPoint: 99_000 } },
      }),
    );
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      table: 'pointValue',
      validTo: null,
      example: false,
      data: { centsPerPoint: 99_000 },
    });
    const changed = await answer(
      api.PUT('/orgs/{orgId}/rules/{ruleId}', {
        ...at(org.id, { ruleId: added.body.id }),
        body: { validFrom: '2030-01-01', validTo: '2030-12-31', data: { centsPerPoint: 99_500 } },
      }),
    );
    expect(changed.body).toMatchObject({ id: added.body.id, validTo: '2030-12-31', data: { centsPerPoint: 99_500 } });

    const director = await directorWithOffer(ctx);
    const request = await answer(
      director.client.api.POST('/orgs/{orgId}/waiting-list', {
        ...at(director.org.id),
        body: {
          reference: 'W-1',
          priorityGroup: 2,
          requestedOn: '2025-01-10',
          needs: [{ function: 'x', unitsPerWeek: 1 }],
        },
      }),
    );
    const patched = await answer(
      director.client.api.PATCH('/orgs/{orgId}/waiting-list/{requestId}', {
        ...at(director.org.id, { requestId: request.body.id }),
        body: { status: 'offered' },
      }),
    );
    expect(patched.body).toEqual({ id: request.body.id });
    const list = await clientsApi(director.client, director.org.id).waitingList();
    expect(list.body.items[0]).toMatchObject({ reference: 'W-1', status: 'offered', decisionDate: null });
    const missing = await answer(
      director.client.api.PATCH('/orgs/{orgId}/waiting-list/{requestId}', {
        ...at(director.org.id, { requestId: '00000000-0000-4000-8000-000000000000' }),
        body: { status: 'offered' },
      }),
    );
    expect(missing.status).toBe(404);
  });
});
