/**
 * The cost model of a year as an XLSX workbook to fill in: cost centres, allocation keys, rules
 * and step-down order, account assignment, the accounts for reference and short instructions.
 * Columns with a fixed vocabulary get a drop-down list (data validation).
 */
import ExcelJS from 'exceljs';
import type { CostModelDoc } from '../schema.ts';
import {
  allowed,
  ASSIGNMENT_COLUMNS,
  CENTRE_COLUMNS,
  columnLetter,
  DRIVER_WORDS,
  KEY_COLUMNS,
  KIND_WORDS,
  RULE_COLUMNS,
  SHEET_NAMES,
  UNIT_WORDS,
  type ModelColumn,
} from './model-sheets.ts';
import { EURO_FORMAT, setText, styleHeader } from './xlsx.ts';
import type { Lang } from '../../../lib/exports/format.ts';

/** Rows that carry drop-down lists below the data (room to add centres, keys, rules …). */
const SPARE_ROWS = 300;

type Validations = { add(range: string, validation: ExcelJS.DataValidation): void };

/** A sheet with a bold, frozen header row made of `columns` (plus `extra` headers). */
function tableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly ModelColumn[],
  lang: Lang,
  extra: string[] = [],
): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [...columns.map((c) => ({ width: c.width })), ...extra.map(() => ({ width: 10 }))];
  const header = sheet.getRow(1);
  [...columns.map((c) => c.header[lang]), ...extra].forEach((h, i) => {
    setText(header.getCell(i + 1), h);
  });
  styleHeader(header);
  return sheet;
}

/** A drop-down list on a column from row 2 down to `rows` + SPARE_ROWS. */
function listOn(sheet: ExcelJS.Worksheet, column: number, rows: number, formula: string, lang: Lang): void {
  const letter = columnLetter(column);
  (sheet as unknown as { dataValidations: Validations }).dataValidations.add(
    `${letter}2:${letter}${rows + SPARE_ROWS}`,
    {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: lang === 'nl' ? 'Onbekende waarde' : 'Unknown value',
      error:
        lang === 'nl'
          ? 'Kies een waarde uit de lijst (zie het blad Uitleg).'
          : 'Choose a value from the list (see the Instructions sheet).',
    },
  );
}

const inline = (values: string[]) => `"${values.join(',')}"`;
const ref = (sheet: string, column: string, rows: number) => `'${sheet}'!$${column}$2:$${column}$${rows + SPARE_ROWS}`;

/** Short instructions and the allowed values, in the language. */
function helpLines(lang: Lang): string[][] {
  const s = (k: keyof typeof SHEET_NAMES) => SHEET_NAMES[k][lang];
  if (lang === 'nl') {
    return [
      ['Kostenmodel invullen'],
      [
        `${s('centres')}: één rij per kostenplaats. Soort "hoofd" = een dienst aan cliënten (met eenheid, volume en eventueel de prijs die u per eenheid ontvangt); "hulp" = administratie, keuken, vervoer … die verdeeld wordt.`,
      ],
      [
        `${s('keys')}: één rij per verdeelsleutel, met per kostenplaats (kolommen met de code) de hoeveelheid: VTE, m², maaltijden … Leeg = 0.`,
      ],
      [
        `${s('rules')}: per hulpkostenplaats de sleutel waarmee ze verdeeld wordt. "volgorde" (1, 2, 3 …) is de volgorde van de getrapte verdeling; leeg laten mag.`,
      ],
      [
        `${s('assignments')}: een rekening of het begin ervan ("62", "6100") en de kostenplaats die die kosten draagt. De langste prefix wint.`,
      ],
      [
        'Bedragen in euro; decimalen met een komma of punt. Codes zijn uniek. Bij het opladen wordt elke fout met blad, rij en kolom gemeld.',
      ],
      [],
      ['Toegelaten waarden'],
      ['soort', ...allowed(KIND_WORDS, 'nl')],
      ['eenheid', ...allowed(UNIT_WORDS, 'nl')],
      ['drijver', ...allowed(DRIVER_WORDS, 'nl')],
    ];
  }
  return [
    ['Filling in the cost model'],
    [
      `${s('centres')}: one row per cost centre. Kind "main" = a service to clients (with unit, volume and optionally the price received per unit); "auxiliary" = administration, kitchen, transport … which is allocated.`,
    ],
    [
      `${s('keys')}: one row per allocation key, with the quantity per cost centre (columns headed by the code): FTE, m², meals … Empty = 0.`,
    ],
    [
      `${s('rules')}: for each auxiliary centre the key by which it is allocated. "order" (1, 2, 3 …) is the step-down order; it may be left empty.`,
    ],
    [
      `${s('assignments')}: an account or its beginning ("62", "6100") and the cost centre that bears those costs. The longest prefix wins.`,
    ],
    [
      'Amounts in euros; decimals with a comma or a point. Codes are unique. On upload every error is reported with sheet, row and column.',
    ],
    [],
    ['Allowed values'],
    ['kind', ...allowed(KIND_WORDS, 'en')],
    ['unit', ...allowed(UNIT_WORDS, 'en')],
    ['driver', ...allowed(DRIVER_WORDS, 'en')],
  ];
}

/**
 * The cost model as an XLSX workbook to download, fill in and upload again (`readModelXlsx` reads
 * it back). `accounts` names the accounts in the assignment sheet and fills the reference sheet.
 */
export async function modelTemplateXlsx(
  doc: CostModelDoc,
  accounts: readonly { code: string; name: string }[],
  lang: Lang,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Stuurboord';
  wb.title = lang === 'nl' ? `Kostenmodel ${doc.year}` : `Cost model ${doc.year}`;
  const names = (k: keyof typeof SHEET_NAMES) => SHEET_NAMES[k][lang];

  const help = wb.addWorksheet(names('help'));
  help.columns = [{ width: 14 }, ...Array.from({ length: 7 }, () => ({ width: 13 }))];
  helpLines(lang).forEach((line, i) => {
    const row = help.getRow(i + 1);
    line.forEach((v, j) => {
      setText(row.getCell(j + 1), v);
    });
    if (line.length === 1 && i > 0) help.mergeCells(i + 1, 1, i + 1, 8);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (line.length === 1 && line[0]!.length > 100) row.height = 45;
  });
  help.getRow(1).font = { bold: true, size: 13 };
  help.getRow(8).font = { bold: true };

  const centres = tableSheet(wb, names('centres'), CENTRE_COLUMNS, lang);
  for (const c of doc.centres) {
    const row = centres.addRow([]);
    setText(row.getCell(1), c.code);
    setText(row.getCell(2), c.name);
    setText(row.getCell(3), KIND_WORDS[c.kind][lang]);
    if (c.unit) setText(row.getCell(4), UNIT_WORDS[c.unit][lang]);
    if (c.volume !== null) row.getCell(5).value = c.volume;
    if (c.pricePerUnitCents !== null)
      Object.assign(row.getCell(6), { value: c.pricePerUnitCents / 100, numFmt: EURO_FORMAT });
  }
  listOn(centres, 3, doc.centres.length, inline(allowed(KIND_WORDS, lang)), lang);
  listOn(centres, 4, doc.centres.length, inline(allowed(UNIT_WORDS, lang)), lang);

  const centreCodes = [
    ...new Set([...doc.centres.map((c) => c.code), ...doc.keys.flatMap((k) => Object.keys(k.quantities))]),
  ];
  const keys = tableSheet(wb, names('keys'), KEY_COLUMNS, lang, centreCodes);
  for (const k of doc.keys) {
    const row = keys.addRow([]);
    setText(row.getCell(1), k.code);
    setText(row.getCell(2), k.name);
    setText(row.getCell(3), DRIVER_WORDS[k.driver][lang]);
    centreCodes.forEach((code, i) => {
      const q = k.quantities[code];
      if (q !== undefined) row.getCell(KEY_COLUMNS.length + 1 + i).value = q;
    });
  }
  listOn(keys, 3, doc.keys.length, inline(allowed(DRIVER_WORDS, lang)), lang);

  const rules = tableSheet(wb, names('rules'), RULE_COLUMNS, lang);
  const ordered = new Set<string>();
  const position = (from: string) => {
    const i = doc.stepOrder.indexOf(from);
    if (i < 0 || ordered.has(from)) return null;
    ordered.add(from);
    return i + 1;
  };
  for (const r of doc.rules) {
    const row = rules.addRow([]);
    setText(row.getCell(1), r.from);
    setText(row.getCell(2), r.key);
    const p = position(r.from);
    if (p !== null) row.getCell(3).value = p;
  }
  for (const from of doc.stepOrder) {
    const p = position(from);
    if (p === null) continue;
    const row = rules.addRow([]);
    setText(row.getCell(1), from);
    row.getCell(3).value = p;
  }
  listOn(rules, 1, doc.rules.length + doc.stepOrder.length, ref(names('centres'), 'A', doc.centres.length), lang);
  listOn(rules, 2, doc.rules.length + doc.stepOrder.length, ref(names('keys'), 'A', doc.keys.length), lang);

  const assign = tableSheet(wb, names('assignments'), ASSIGNMENT_COLUMNS, lang);
  const accountName = new Map(accounts.map((a) => [a.code, a.name]));
  for (const a of doc.assignments) {
    const row = assign.addRow([]);
    setText(row.getCell(1), a.account);
    const name = accountName.get(a.account);
    if (name) setText(row.getCell(2), name);
    setText(row.getCell(3), a.centre);
  }
  listOn(assign, 3, doc.assignments.length, ref(names('centres'), 'A', doc.centres.length), lang);

  const list = wb.addWorksheet(names('accounts'), { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = [{ width: 10 }, { width: 70 }];
  ['code', lang === 'nl' ? 'naam' : 'name'].forEach((h, i) => {
    setText(list.getRow(1).getCell(i + 1), h);
  });
  styleHeader(list.getRow(1));
  for (const a of accounts) {
    const row = list.addRow([]);
    setText(row.getCell(1), a.code);
    setText(row.getCell(2), a.name);
  }

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
