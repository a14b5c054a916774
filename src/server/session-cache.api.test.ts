import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeMemberRole, removeMember } from '../modules/orgs/queries.ts';
import { orgWithMember, testApp } from './testing.ts';

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.close());

describe('session cache', () => {
  it('any write to memberships reaches the next request, even one made outside the API', async () => {
    const { client, org, member } = await orgWithMember(ctx, 'directie');
    expect((await client.get(`/api/orgs/${org.id}/audit`)).status).toBe(200);
    expect((await client.get(`/api/orgs/${org.id}/audit`)).status).toBe(200); // now served from the cache
    await changeMemberRole(ctx.db, org.id, member.id, 'staf');
    expect((await client.get(`/api/orgs/${org.id}/audit`)).status).toBe(403);
    await removeMember(ctx.db, org.id, member.id);
    expect((await client.get(`/api/orgs/${org.id}`)).status).toBe(404);
  });

  it('a session deleted in the database stops working at once', async () => {
    const { client } = await orgWithMember(ctx);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await ctx.db.deleteFrom('session').execute();
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});
