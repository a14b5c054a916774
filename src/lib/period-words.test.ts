import { describe, expect, it } from 'vitest';
import { periodInWords } from './period-words.ts';

describe('periodInWords', () => {
  it('names months and quarters in Dutch and English, leaves years and anything else alone', () => {
    expect(periodInWords('2026-03')).toEqual({ nl: 'maart 2026', en: 'March 2026' });
    expect(periodInWords('2026-q3')).toEqual({ nl: '3e kwartaal 2026', en: 'Q3 2026' });
    expect(periodInWords('2026')).toEqual({ nl: '2026', en: '2026' });
    expect(periodInWords('2026-13')).toEqual({ nl: '2026-13', en: '2026-13' });
  });
});
