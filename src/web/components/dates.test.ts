import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText, showDate } from './dates.ts';

describe('parseDateText (DateField input)', () => {
  it.each([
    ['30/11/2026', '2026-11-30'],
    ['1/2/2026', '2026-02-01'],
    [' 30-11-2026 ', '2026-11-30'],
    ['30.11.2026', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
  ])('reads Belgian day-first dates with /, - or . and ISO dates: %s', (text, date) => {
    expect(parseDateText(text)).toBe(date);
  });

  it('never reads month-first: 11/30/2026 is no date', () => {
    expect(parseDateText('11/30/2026')).toBeNull();
  });

  it('refuses dates that do not exist and half-typed text', () => {
    expect(parseDateText('31/02/2026')).toBeNull();
    expect(parseDateText('29/02/2027')).toBeNull();
    expect(parseDateText('29/02/2028')).toBe('2028-02-29');
    expect(parseDateText('30/11/20')).toBeNull();
    expect(parseDateText('')).toBeNull();
  });

  it('reads back every date it shows', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(showDate(iso)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(parseDateText(showDate(iso))).toBe(iso);
      }),
    );
  });
});
