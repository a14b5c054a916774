import { describe, expect, it } from 'vitest';
import { winAnsi, winAnsiDeep } from './pdf-text.ts';

describe('winAnsi', () => {
  it('keeps Windows-1252 text and replaces what the standard fonts cannot show', () => {
    expect(winAnsi('Cliëntjaar € 1.234,56 – “ok” … Œuvre')).toBe('Cliëntjaar € 1.234,56 – “ok” … Œuvre');
    expect(winAnsi('Łódź ✓ 😀 ﬁ Ő')).toBe('Lódz ? ? fi O');
    const fn = winAnsiDeep({ a: ['Ł', { text: 'ő' }], n: 3, f: () => ({ text: '✓' }) });
    expect(fn.a).toEqual(['L', { text: 'o' }]);
    expect(fn.f()).toEqual({ text: '?' });
  });
});
