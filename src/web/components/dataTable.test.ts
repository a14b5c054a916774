import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatCell, nextSort, sortRows } from './dataTable.ts';

// i18n.ts sets <html lang>: give it a document in Node. The language is Dutch (nl-BE) without a stored choice.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: {} } });
});

describe('formatCell', () => {
  it('shows Belgian number, money, percent and date formats in Dutch', () => {
    expect(formatCell(1234.5, 'number')).toBe('1.234,5');
    expect(formatCell(4.0, 'integer')).toBe('4');
    expect(formatCell(1234.56, 'money')).toBe('€\u00a01.234,56');
    expect(formatCell(123456, 'moneyCents')).toBe('€\u00a01.234,56');
    expect(formatCell(0.698, 'percent')).toBe('69,8%');
    expect(formatCell('2026-11-30', 'date')).toBe('30/11/2026');
    expect(formatCell('2026-11-30T23:30:00Z', 'date')).toBe('01/12/2026');
    expect(formatCell('12.5', 'number')).toBe('12,5');
  });

  it('shows a dash for an empty value and text as it is', () => {
    expect(formatCell(null, 'money')).toBe('—');
    expect(formatCell('', 'date')).toBe('—');
    expect(formatCell('<b>x</b>')).toBe('<b>x</b>');
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'item 10', n: 3 },
    { name: 'Émile', n: null },
    { name: 'item 2', n: 1 },
    { name: 'emma', n: 2 },
  ];

  it('sorts text by Dutch collation with numbers inside names in number order', () => {
    expect(sortRows(rows, (r) => r.name, 'ascending', 'nl-BE').map((r) => r.name)).toEqual([
      'Émile',
      'emma',
      'item 2',
      'item 10',
    ]);
  });

  it('sorts numbers as numbers and keeps empty values last in both directions', () => {
    expect(sortRows(rows, (r) => r.n, 'ascending').map((r) => r.n)).toEqual([1, 2, 3, null]);
    expect(sortRows(rows, (r) => r.n, 'descending').map((r) => r.n)).toEqual([3, 2, 1, null]);
  });

  it('is a stable permutation: same rows, equal keys in their first order, input untouched', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 5 }))), (keys) => {
        const input = keys.map((k, id) => ({ k, id }));
        const copy = [...input];
        const sorted = sortRows(input, (r) => r.k, 'ascending');
        expect(input).toEqual(copy);
        expect([...sorted].sort((a, b) => a.id - b.id)).toEqual([...input].sort((a, b) => a.id - b.id));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (a.k !== null && b.k !== null) expect(a.k).toBeLessThanOrEqual(b.k);
          if (a.k === null) expect(b.k).toBeNull();
          if (a.k === b.k) expect(input.indexOf(a)).toBeLessThan(input.indexOf(b));
        }
      }),
    );
  });
});

describe('nextSort', () => {
  it('goes ascending, descending, ascending; another column starts ascending', () => {
    expect(nextSort(null, 'a')).toEqual({ key: 'a', direction: 'ascending' });
    expect(nextSort({ key: 'a', direction: 'ascending' }, 'a')).toEqual({ key: 'a', direction: 'descending' });
    expect(nextSort({ key: 'a', direction: 'descending' }, 'a')).toEqual({ key: 'a', direction: 'ascending' });
    expect(nextSort({ key: 'a', direction: 'descending' }, 'b')).toEqual({ key: 'b', direction: 'ascending' });
  });
});
