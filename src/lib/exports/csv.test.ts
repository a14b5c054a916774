import { describe, expect, it } from 'vitest';
import { decimal, euro, guardText, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes ; separated UTF-8 with a BOM and CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['x;y', 1.5],
      [null, 'é'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('a;b\r\n"x;y";1.5\r\n;é\r\n');
    expect(toCsv([['a', 'b']], { delimiter: ',', bom: false })).toBe('a,b\r\n');
  });

  it('escapes text that a spreadsheet would run as a formula, not numbers', () => {
    const csv = toCsv(
      [['=HYPERLINK("http://x")', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx', 'ok', -12, '-12,50', '-1.234,56']],
      { bom: false },
    );
    expect(csv).toBe(`"'=HYPERLINK(""http://x"")";'+1;'-cmd;'@SUM(A1);'\tx;"'\rx";ok;-12;-12,50;-1.234,56\r\n`);
    expect(guardText('-2+3')).toBe("'-2+3");
    expect(guardText('Dagondersteuning')).toBe('Dagondersteuning');
    expect(guardText('')).toBe('');
  });

  it('formats euros with a decimal comma', () => {
    expect(euro(123456)).toBe('1234,56');
    expect(euro(-5)).toBe('-0,05');
    expect(euro(0)).toBe('0,00');
    expect(euro(100)).toBe('1,00');
    expect(decimal(12.5)).toBe('12,5');
    expect(decimal(4850)).toBe('4850');
  });
});
