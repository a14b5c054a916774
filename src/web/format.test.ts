import { describe, expect, it, vi } from 'vitest';

// i18n.ts sets <html lang>: give it a document in Node.
vi.stubGlobal('document', { documentElement: { lang: '' } });
vi.stubGlobal('window', { localStorage: { getItem: () => null, setItem: () => undefined } });
await import('./i18n.ts');
const { formatMoneyCents } = await import('./format.ts');

describe('money', () => {
  it('shows cents, or whole euros where a form asks for them (the sociale balans)', () => {
    expect(formatMoneyCents(204_394_012)).toBe('€\u00a02.043.940,12');
    expect(formatMoneyCents(204_394_000, { whole: true })).toBe('€\u00a02.043.940');
    expect(formatMoneyCents(204_394_060, { whole: true })).toBe('€\u00a02.043.941');
  });
});
