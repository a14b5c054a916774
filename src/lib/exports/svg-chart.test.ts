import { describe, expect, it } from 'vitest';
import { withoutTextHalo, wrap } from './svg-chart.ts';

describe('server-side SVG charts', () => {
  it('drops the text halo from SVG labels', () => {
    expect(
      withoutTextHalo('<text x="1" stroke="#fff" stroke-width="2" paint-order="stroke">a</text><path stroke="#000"/>'),
    ).toBe('<text x="1">a</text><path stroke="#000"/>');
  });

  it('wraps long names on at most the given lines', () => {
    expect(wrap('Dagondersteuning', 18)).toBe('Dagondersteuning');
    expect(wrap('Individuele begeleiding', 18)).toBe('Individuele\nbegeleiding');
    expect(wrap('Dagbesteding volwassenen met een zeer lange naam', 20)).toBe('Dagbesteding\nvolwassenen met een…');
  });
});
