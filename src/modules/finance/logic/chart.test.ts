import { describe, expect, it } from 'vitest';
import {
  accountClass,
  defaultIncomeType,
  findAccount,
  INCOME_TYPES,
  isCost,
  isRevenue,
  MAR_CHART,
  parseChartCsv,
  unknownAccounts,
} from './chart.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('MAR chart for associations', () => {
  it('holds the association accounts 730-733 and 643 with their names', () => {
    const name = (code: string) => MAR_CHART.find((a) => a.code === code)?.nl;
    expect(name('730')).toBe('Lidgelden');
    expect(name('731')).toBe('Schenkingen');
    expect(name('732')).toBe('Legaten');
    expect(name('733')).toBe('Subsidies');
    expect(name('643')).toBe('Gegeven giften');
    expect(name('617')).toMatch(/^Uitzendkrachten/);
    expect(name('618')).toMatch(/bestuurders/);
    expect(MAR_CHART.find((a) => a.code === '100')?.en).toBe('Initial funds');
  });

  it('has every account required for the key figures, unique codes, and both languages', () => {
    const codes = MAR_CHART.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of [
      '10',
      '13',
      '14',
      '15',
      '16',
      '17',
      '3',
      '40',
      '41',
      '44',
      '45',
      '49',
      '490',
      '491',
      '492',
      '493',
      '54',
      '55',
      '57',
      '620',
      '621',
      '622',
      '623',
      '624',
      '630',
      '637',
      '660',
      '700',
      '707',
      '740',
      '75',
      '76',
    ]) {
      expect(codes).toContain(code);
    }
    for (const a of MAR_CHART) expect(a.nl !== '' && a.en !== '').toBe(true);
  });

  it('gives every three-digit revenue account an income type and no other account one', () => {
    for (const a of MAR_CHART) {
      if (a.code.startsWith('7') && a.code.length === 3) expect(INCOME_TYPES).toContain(a.incomeType);
      else expect(a.incomeType).toBeUndefined();
    }
  });
});

describe('account helpers', () => {
  it('classifies by the first digit and refuses non-digits', () => {
    expect(accountClass('620000')).toBe(6);
    expect(accountClass('7')).toBe(7);
    expect(accountClass('6a')).toBeNull();
    expect(accountClass('')).toBeNull();
    expect(isCost('604000')).toBe(true);
    expect(isCost('704000')).toBe(false);
    expect(isRevenue('733')).toBe(true);
    expect(isRevenue('440000')).toBe(false);
  });

  it.each([
    ['730', 'membership_fees'],
    ['731000', 'gifts_legacies'],
    ['732', 'gifts_legacies'],
    ['733100', 'subsidy'],
    ['740', 'subsidy'],
    ['700', 'sales'],
    ['707', 'sales'],
    ['741', 'other'],
    ['76', 'other'],
    ['620', null],
  ])('maps revenue accounts to their default income type at any code length: %s', (account, type) => {
    expect(defaultIncomeType(account)).toBe(type);
  });

  it('finds the closest chart account by prefix and lists codes the chart does not know', () => {
    expect(findAccount('604000')?.code).toBe('604');
    expect(findAccount('6451')?.code).toBe('64');
    expect(findAccount('9000')).toBeUndefined();
    expect(unknownAccounts(['604000', '62', '6451', '999', '604000'])).toEqual(['6451', '999']);
  });
});

describe('parseChartCsv', () => {
  it('reads code;name with a header, ignores extra columns, and keeps line numbers', () => {
    const r = parseChartCsv(bytes('Code;Naam;Type\n604000;Aankopen;kost\n\n733000;"Subsidies; VAPH";opbrengst\n'));
    expect(r.errors).toEqual([]);
    expect(r.accounts).toEqual([
      { code: '604000', name: 'Aankopen' },
      { code: '733000', name: 'Subsidies; VAPH' },
    ]);
  });

  it('reads comma-separated Windows-1252 text without a header', () => {
    const latin = Uint8Array.from([...bytes('610000,Huur g'), 0xe9, ...bytes('n'), 0xe9, ...bytes('rale\n')]);
    const r = parseChartCsv(latin);
    expect(r.accounts).toEqual([{ code: '610000', name: 'Huur générale' }]);
  });

  it('reports every bad line: code not digits, empty name, duplicate code', () => {
    const r = parseChartCsv(bytes('code;name\n60A;Fout\n610;\n620;Lonen\n620;Weer lonen\n'));
    expect(r.accounts).toEqual([{ code: '620', name: 'Lonen' }]);
    expect(r.errors.map((e) => [e.code, e.line, e.column])).toEqual([
      ['invalid_code', 2, 'code'],
      ['empty_name', 3, 'name'],
      ['duplicate_code', 5, 'code'],
    ]);
    expect(r.errors[2]?.nl).toContain('lijn 4');
  });

  it('refuses an empty or binary file', () => {
    expect(parseChartCsv(bytes('')).errors[0]?.code).toBe('empty_file');
    expect(parseChartCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1])).errors[0]?.code).toBe('binary_file');
  });
});
