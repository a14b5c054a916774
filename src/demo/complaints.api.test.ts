import { describe, expect, it } from 'vitest';
import { onTime } from '../modules/complaints/logic.ts';
import { handlingDatesOf } from '../modules/complaints/queries.ts';
import { orgWithMember, testAppForFile } from '../server/testing.ts';
import { createDemoComplaints } from './complaints.ts';
import { Random } from './random.ts';

const ctx = testAppForFile();

describe('demo complaints', () => {
  it('registers 20 complaints over two years, a few late, one that led to an improvement action', async () => {
    const { org, member } = await orgWithMember(ctx, 'directie');
    const now = new Date('2026-06-15T10:00:00Z');
    const people = [{ id: member.userId, email: 'd@test.be', role: 'directie' as const }];
    await createDemoComplaints({ db: ctx.db, orgId: org.id, people, rnd: new Random(7), now });
    const rows = await ctx.db.selectFrom('cp_complaint').selectAll().where('org_id', '=', org.id).execute();
    expect(rows).toHaveLength(20);
    const days = rows.map((r) => r.received_on).sort();
    expect(days[0]! >= '2024-06-15' && days.at(-1)! <= '2026-06-15').toBe(true);
    expect(days[0]! < '2024-09-01').toBe(true);
    const late = rows.filter((r) => r.kind === 'complaint' && onTime(handlingDatesOf(r), '2026-06-15') === false);
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.length).toBeLessThanOrEqual(6);
    const actions = await ctx.db
      .selectFrom('perf_action')
      .select(['origin_kind', 'origin_id'])
      .where('org_id', '=', org.id)
      .execute();
    expect(actions).toEqual([{ origin_kind: 'complaint', origin_id: expect.any(String) }]);
    expect(rows.some((r) => r.id === actions[0]!.origin_id && r.outcome === 'founded')).toBe(true);
  });
});
