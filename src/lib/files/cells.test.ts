import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsFromEuros, formatCentsBe, isoFromDate, parseAmount, parseDate } from './cells.ts';

const cents = (s: string) => {
  const r = parseAmount(s);
  return r.ok ? r.value : r.reason.code;
};
const iso = (s: string | number) => {
  const r = parseDate(s);
  return r.ok ? r.value : r.reason.code;
};

describe('parseAmount', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234,56', 123456],
    ['1,234.56', 123456],
    ['1234.56', 123456],
    ['-1.234,56', -123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1\u202f234,56', 123456],
    ['€ 12,50', 1250],
    ['12,50 €', 1250],
    ['(123,45)', -12345],
    ['12', 1200],
    ['12,5', 1250],
    ['12,50-', -1250],
    ['1.234.567,8', 123456780],
    ['1,234,567', 123456700],
    ['+3', 300],
    ['0,07', 7],
    ['-0,00', 0],
    ['12,3400', 1234],
  ])('reads Belgian and English notations to cents: %s', (text, value) => {
    expect(cents(text)).toBe(value);
  });

  it('takes a lone mark before three digits as a thousands separator', () => {
    expect(cents('1.234')).toBe(123400);
    expect(cents('1,234')).toBe(123400);
  });

  it('refuses what is not an amount, with a reason in both languages', () => {
    for (const bad of [
      '1,2,3',
      'abc',
      '',
      '  ',
      '12,3,4',
      '1.23.4',
      '12.',
      '1.234,56.7',
      '0,125',
      '1e5',
      '--5',
      '12,345,6',
    ]) {
      const r = parseAmount(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason.nl.length * r.reason.en.length).toBeGreaterThan(0);
    }
    expect(cents('')).toBe('empty_amount');
    expect(cents('12,345')).toBe(1234500);
    expect(cents('12,3456')).toBe('too_many_decimals');
  });

  it('formatting any cents as "1.234,56" and parsing gives the cents back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (c) => {
        expect(parseAmount(formatCentsBe(c))).toEqual({ ok: true, value: c });
      }),
    );
  });

  it('English formatting with thousands separators parses back too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
        const en = (c / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        expect(parseAmount(en)).toEqual({ ok: true, value: c });
      }),
    );
  });
});

describe('centsFromEuros (spreadsheet numbers)', () => {
  it('rounds on the shown decimal value, half away from zero', () => {
    expect(centsFromEuros(1.005)).toEqual({ ok: true, value: 101 });
    expect(centsFromEuros(-1.005)).toEqual({ ok: true, value: -101 });
    expect(centsFromEuros(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(centsFromEuros(1234.56)).toEqual({ ok: true, value: 123456 });
    expect(centsFromEuros(Number.NaN).ok).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['31/01/2024', '2024-01-31'],
    ['1/2/2024', '2024-02-01'],
    ['31-12-2023', '2023-12-31'],
    ['2024-03-05', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads the usual Belgian notations and ISO: %s', (text, date) => {
    expect(iso(text)).toBe(date);
  });

  it.each([
    [45292, '2024-01-01'],
    [45292.75, '2024-01-01'],
    [1, '1900-01-01'],
    [61, '1900-03-01'],
    ['45322', '2024-01-31'],
  ])('reads Excel serial numbers (1900 system): %s', (serial, date) => {
    expect(iso(serial)).toBe(date);
  });

  it('refuses impossible dates and other text', () => {
    for (const bad of [
      '31/02/2024',
      '29/02/2023',
      '31/04/2024',
      '00/01/2024',
      '12/13/2024',
      '2024-13-01',
      'gisteren',
      '1/2/24',
      '',
      '01/02-2024',
    ]) {
      expect(iso(bad), bad).toBe('invalid_date');
    }
    expect(iso(0)).toBe('invalid_date');
  });

  it('reads a JavaScript Date in UTC', () => {
    expect(isoFromDate(new Date(Date.UTC(2024, 1, 29)))).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('any real date written as dd/mm/yyyy comes back as the same ISO date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const y = d.getUTCFullYear();
          const m = d.getUTCMonth() + 1;
          const day = d.getUTCDate();
          expect(iso(`${day}/${m}/${y}`)).toBe(d.toISOString().slice(0, 10));
        },
      ),
    );
  });
});
