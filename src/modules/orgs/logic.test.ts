import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKbo, isValidKbo, normalizeKbo } from './logic.ts';

describe('KBO enterprise number (mod-97)', () => {
  it('accepts real-shaped numbers whose check digits match, however they are typed', () => {
    // 0403.170.701 is a published enterprise number (check: 97 - 4031707 mod 97 = 01).
    expect(isValidKbo('0403.170.701')).toBe(true);
    expect(isValidKbo('0403170701')).toBe(true);
    expect(isValidKbo('BE 0403 170 701')).toBe(true);
  });

  it('refuses wrong check digits, wrong length, letters and a leading digit other than 0 or 1', () => {
    expect(isValidKbo('0403.170.702')).toBe(false);
    expect(isValidKbo('040317070')).toBe(false);
    expect(isValidKbo('04031707011')).toBe(false);
    expect(isValidKbo('0403.17O.701')).toBe(false);
    expect(isValidKbo('2403170701')).toBe(false);
  });

  it('every base of eight digits has exactly one valid pair of check digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 19_999_999 }), fc.integer({ min: 0, max: 99 }), (base, check) => {
        const digits = `${String(base).padStart(8, '0')}${String(check).padStart(2, '0')}`;
        expect(isValidKbo(digits)).toBe(check === 97 - (base % 97));
      }),
    );
  });

  it('formats as 0123.456.789 and normalises back', () => {
    expect(formatKbo('0403170701')).toBe('0403.170.701');
    expect(normalizeKbo(formatKbo('0403170701'))).toBe('0403170701');
  });
});
