import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationText, servable, waitingListSummary, type WaitingRequest } from './waiting-list.ts';

const req = (
  id: string,
  pg: 1 | 2 | 3,
  requestDate: string,
  needs: WaitingRequest['needs'] = [],
  status: WaitingRequest['status'] = 'waiting',
): WaitingRequest => ({ id, priorityGroup: pg, requestDate, needs, status });

describe('waitingListSummary', () => {
  const list = [
    req('a', 1, '2023-06-15'),
    req('b', 1, '2025-06-01', [], 'offered'),
    req('c', 2, '2024-01-01'),
    req('d', 2, '2024-07-01'),
    req('e', 2, '2025-01-01'),
    req('f', 2, '2025-07-01'),
    req('g', 3, '2020-01-01', [], 'started'),
    req('h', 3, '2020-01-01', [], 'withdrawn'),
  ];
  const s = waitingListSummary(list, '2025-12-31');
  it('counts open requests per group and every status', () => {
    expect(s.groups.map((g) => g.count)).toEqual([2, 4, 0]);
    expect(s.all.count).toBe(6);
    expect(s.byStatus).toEqual({ waiting: 5, offered: 1, started: 1, withdrawn: 1 });
  });
  it('gives the longest and median waiting time in days and as years and months', () => {
    expect(s.groups[0]).toMatchObject({
      longestDays: 930,
      medianDays: Math.round((930 + 213) / 2),
      longestText: { nl: '2 j 6 m', en: '2 y 6 m' },
    });
    // PG2: 183, 364, 548, 730 days → median (364 + 548) / 2 = 456.
    expect(s.groups[1]).toMatchObject({ longestDays: 730, medianDays: 456, longestText: { nl: '1 j 11 m' } }); // one day short of 2 years
    expect(s.groups[2]).toMatchObject({ longestDays: null, medianDays: null, longestText: null });
  });
  it('writes whole years and months', () => {
    expect(durationText('2018-07-01', '2020-12-31')).toEqual({ nl: '2 j 5 m', en: '2 y 5 m' });
    expect(durationText('2021-01-01', '2021-01-31')).toEqual({ nl: '0 j 0 m', en: '0 y 0 m' });
  });
});

describe('servable', () => {
  it('serves PG1 first, then the longest waiting, skipping what does not fit', () => {
    const list = [
      req('pg2-old', 2, '2023-01-01', [{ function: 'dag', unitsPerWeek: 2 }]),
      req('pg1-new', 1, '2025-01-01', [{ function: 'dag', unitsPerWeek: 3 }]),
      req('pg1-big', 1, '2024-01-01', [
        { function: 'dag', unitsPerWeek: 1 },
        { function: 'wonen', unitsPerWeek: 7 },
      ]),
      req('pg2-new', 2, '2024-01-01', [{ function: 'dag', unitsPerWeek: 2 }]),
      req('pg1-offered', 1, '2020-01-01', [{ function: 'dag', unitsPerWeek: 1 }], 'offered'),
    ];
    const r = servable(list, { dag: 5, wonen: 3 });
    expect(r.served.map((x) => x.id)).toEqual(['pg1-new', 'pg2-old']);
    expect(r.notServed).toEqual([
      { id: 'pg1-big', short: [{ function: 'wonen', neededPerWeek: 7, freePerWeek: 3 }] },
      { id: 'pg2-new', short: [{ function: 'dag', neededPerWeek: 2, freePerWeek: 0 }] },
    ]);
    expect(r.remainingCapacity).toEqual({ dag: 0, wonen: 3 });
  });
  it('adds up a function named twice in one request', () => {
    const r = servable(
      [
        req('x', 1, '2024-01-01', [
          { function: 'dag', unitsPerWeek: 1 },
          { function: 'dag', unitsPerWeek: 5 },
        ]),
      ],
      { dag: 5 },
    );
    expect(r.served).toEqual([]);
    expect(r.notServed).toEqual([{ id: 'x', short: [{ function: 'dag', neededPerWeek: 6, freePerWeek: 5 }] }]);
    expect(servable([req('y', 1, '2024-01-01', [])], { dag: 5 }).notServed).toEqual([{ id: 'y', short: [] }]);
  });
  it('never uses more capacity than free and never leaves a fitting request unserved', () => {
    const need = fc.record({
      function: fc.constantFrom('dag', 'wonen', 'ipb'),
      unitsPerWeek: fc.integer({ min: 1, max: 5 }),
    });
    const arb = fc.array(
      fc.record({
        pg: fc.constantFrom(1, 2, 3),
        day: fc.integer({ min: 1, max: 28 }),
        needs: fc.array(need, { minLength: 1, maxLength: 2 }),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(
        arb,
        fc.record({ dag: fc.integer({ min: 0, max: 20 }), wonen: fc.integer({ min: 0, max: 20 }) }),
        (rs, cap) => {
          const list = rs.map((x, i) => req(`r${i}`, x.pg as 1, `2024-01-${String(x.day).padStart(2, '0')}`, x.needs));
          const r = servable(list, cap);
          for (const v of Object.values(r.remainingCapacity)) expect(v).toBeGreaterThanOrEqual(0);
          expect(r.served.length + r.notServed.length).toBe(list.length);
          for (const n of r.notServed) {
            const request = list.find((x) => x.id === n.id)!;
            const totals = new Map<string, number>();
            for (const need of request.needs)
              totals.set(need.function, (totals.get(need.function) ?? 0) + need.unitsPerWeek);
            expect([...totals].some(([f, u]) => (r.remainingCapacity[f] ?? 0) < u)).toBe(true);
          }
        },
      ),
    );
  });
});
