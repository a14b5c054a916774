import { describe, expect, it } from 'vitest';
import { monthName, periodInWords, periodName } from './period-words.ts';

describe('periodInWords', () => {
  it('names months and quarters in Dutch and English, leaves years and anything else alone', () => {
    expect(periodInWords('2026-03')).toEqual({ nl: 'maart 2026', en: 'March 2026' });
    expect(periodInWords('2026-q3')).toEqual({ nl: '3e kwartaal 2026', en: 'Q3 2026' });
    expect(periodInWords('2026')).toEqual({ nl: '2026', en: '2026' });
    expect(periodInWords('2026-13')).toEqual({ nl: '2026-13', en: '2026-13' });
  });
});

describe('monthName and periodName', () => {
  it('take the names from Intl in the given locale', () => {
    expect(monthName(1, 'nl-BE')).toBe('januari');
    expect(monthName(12, 'en-GB')).toBe('December');
    expect(periodName('2026-10', 'nl-BE')).toBe('oktober 2026');
    expect(periodName('2026-Q2', 'en-GB')).toBe('Q2 2026');
    expect(periodName('2026', 'nl-BE')).toBeUndefined();
    expect(periodName('2026-00', 'nl-BE')).toBeUndefined();
  });
});
