import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// i18n.ts sets <html lang>: give it a document in Node.
vi.stubGlobal('document', { documentElement: { lang: '' } });
vi.stubGlobal('window', { localStorage: { getItem: () => null, setItem: () => undefined } });
const { default: i18n } = await import('./i18n.ts');
const f = await import('./chartFormat.ts');

describe('chart formats', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('nl');
  });
  afterAll(async () => {
    await i18n.changeLanguage('nl');
  });

  it('write Dutch numbers, euro and percentages the Belgian way; counts without decimals', () => {
    expect(f.chartNumber(1)(-1.5)).toBe('-1,5');
    expect(f.chartNumber(1)(69.8)).toBe('69,8');
    expect(f.chartCount(4)).toBe('4');
    expect(f.chartCount(4.0000001)).toBe('4');
    expect(f.chartPercent()(87.4)).toBe('87%');
    expect(f.moneyEuro(4100)).toMatch(/^€\s4\.100$/);
    expect(f.moneyAxis(4_100_000)).toMatch(/^€\s4,1\smln\.$/);
    expect(f.withUnit(f.chartNumber(2), 'punten')(12.5)).toBe('12,5 punten');
    expect(f.chartValue(f.chartCount)(null)).toBe('—');
  });

  it('write English formats in English', async () => {
    await i18n.changeLanguage('en');
    expect(f.chartNumber(1)(-1.5)).toBe('-1.5');
    expect(f.chartNumber(1)(69.8)).toBe('69.8');
    expect(f.chartPercent()(87.4)).toBe('87%');
    expect(f.moneyEuro(4100)).toBe('€4,100');
    expect(f.moneyAxis(4_100_000)).toBe('€4.1m');
  });
});
