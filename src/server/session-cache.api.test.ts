import { describe, expect, it } from 'vitest';
import { changeMemberRole, removeMember } from '../modules/orgs/queries.ts';
import { answer, orgWithMember, testAppForFile } from './testing.ts';

const ctx = testAppForFile();

describe('session cache', () => {
  it('any write to memberships reaches the next request, even one made outside the API', async () => {
    const { client, org, member } = await orgWithMember(ctx, 'directie');
    const at = { params: { path: { orgId: org.id } } };
    const audit = () => answer(client.api.GET('/orgs/{orgId}/audit', at));
    expect((await audit()).status).toBe(200);
    expect((await audit()).status).toBe(200); // now served from the cache
    await changeMemberRole(ctx.db, org.id, member.id, 'staf');
    expect((await audit()).status).toBe(403);
    await removeMember(ctx.db, org.id, member.id);
    expect((await answer(client.api.GET('/orgs/{orgId}', at))).status).toBe(404);
  });

  it('a session deleted in the database stops working at once', async () => {
    const { client } = await orgWithMember(ctx);
    expect((await answer(client.api.GET('/auth/me'))).status).toBe(200);
    await ctx.db.deleteFrom('session').execute();
    expect((await answer(client.api.GET('/auth/me'))).status).toBe(401);
  });
});
