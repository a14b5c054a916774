import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { CONTRAST_PAIRS } from './theme.ts';

describe('theme contrast (WCAG 2.1 AA)', () => {
  it('computes the known ratios: black on white is 21, white on white 1, Mantine gray 6 on white fails', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#868e96', '#ffffff')).toBeLessThan(4.5);
  });

  it.each(CONTRAST_PAIRS)('$name reaches 4.5:1', ({ fg, bg }) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
