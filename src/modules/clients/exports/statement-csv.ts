/**
 * A monthly statement as CSV (`;`, UTF-8 with BOM, decimal comma, text guarded against formula
 * injection — the finance module's `toCsv`): one row per client × function × funding, the
 * corrections of earlier months, the woon- en leefkosten, totals per funding type and the total.
 * Each care line ends with the price per unit it was valued at (the IDO's agreed price, else the offer's).
 */

import {
  appliedPriceText,
  FUNDING_LABELS,
  fundingTotals,
  pointsDecimal,
  statementRows,
  type StatementExportInput,
} from './statement-view.ts';
import { euro, rowOf, toCsv } from '../../../lib/exports/csv.ts';

/** The columns up to the total (the applied price, last, only on care lines), for `rowOf`. */
const COLUMNS = [
  'kind',
  'month',
  'client',
  'function',
  'funding',
  'units',
  'carePoints',
  'careEuro',
  'orgPoints',
  'orgEuro',
  'totalEuro',
] as const;

const HEAD = {
  nl: [
    'soort',
    'maand',
    'cliënt',
    'functie',
    'financiering',
    'eenheden',
    'zorggebonden punten',
    'zorggebonden euro',
    'organisatiegebonden punten',
    'organisatiegebonden euro',
    'totaal euro',
    'toegepaste prijs per eenheid (punten)',
  ],
  en: [
    'kind',
    'month',
    'client',
    'function',
    'funding',
    'units',
    'care-related points',
    'care-related euro',
    'organisation-related points',
    'organisation-related euro',
    'total euro',
    'applied price per unit (points)',
  ],
} as const;
const WORDS = {
  nl: {
    care: 'zorg',
    correction: 'correctie',
    living: 'woon- en leefkosten',
    total: 'totaal',
    grand: 'totaal afrekening',
    day: 'dag',
    month: 'maand',
  },
  en: {
    care: 'care',
    correction: 'correction',
    living: 'housing and living costs',
    total: 'total',
    grand: 'statement total',
    day: 'day',
    month: 'month',
  },
} as const;

/** Units with a decimal comma and at most 2 decimals. */
const units = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/** The statement as CSV text. */
export function statementCsv(input: StatementExportInput): string {
  const { lang, statement } = input;
  const w = WORDS[lang];
  const pts = (e4: number) => pointsDecimal(e4, 'nl');
  const { care, corrections, living } = statementRows(input);
  const rows: (string | number | null)[][] = [[...HEAD[lang]]];
  for (const [kind, lines] of [
    [w.care, care],
    [w.correction, corrections],
  ] as const) {
    for (const l of lines) {
      rows.push([
        kind,
        l.month,
        l.clientName,
        l.functionName,
        FUNDING_LABELS[l.funding][lang],
        units(l.units),
        pts(l.pointsE4),
        euro(l.cents),
        pts(l.organisationE4),
        euro(l.organisationCents),
        euro(l.totalCents),
        appliedPriceText(l, lang, 'nl'),
      ]);
    }
  }
  for (const l of living) {
    rows.push(
      rowOf(COLUMNS, {
        kind: w.living,
        month: statement.month,
        client: l.clientName,
        function: `${l.label} (${units(l.quantity)} × ${euro(l.tariffCents)} per ${l.per === 'day' ? w.day : w.month})`,
        units: units(l.quantity),
        totalEuro: euro(l.totalCents),
      }),
    );
  }
  for (const t of fundingTotals(statement)) {
    rows.push(
      rowOf(COLUMNS, {
        kind: w.total,
        month: statement.month,
        funding: FUNDING_LABELS[t.funding][lang],
        carePoints: pts(t.pointsE4),
        orgPoints: pts(t.organisationE4),
        totalEuro: euro(t.cents),
      }),
    );
  }
  rows.push(
    rowOf(COLUMNS, {
      kind: `${w.total} ${w.living}`,
      month: statement.month,
      totalEuro: euro(statement.livingTotalCents),
    }),
    rowOf(COLUMNS, { kind: w.grand, month: statement.month, totalEuro: euro(statement.totalCents) }),
  );
  return toCsv(rows);
}
