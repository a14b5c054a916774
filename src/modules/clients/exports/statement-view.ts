/**
 * A monthly statement (logic's `Statement`) prepared for a file: client and function names looked
 * up, lines ordered by client and function, labels in Dutch or English. Shared by the PDF and CSV.
 */

import type { AppliedPrice, CareLine, FundingType, LivingLine, PriceSource, Statement } from '../logic/index.ts';
import { FUNDING_TYPES } from '../logic/index.ts';
import type { Lang } from '../../../lib/exports/format.ts';
import { LOCALES, periodName } from '../../../lib/period-words.ts';
import { msg } from '../messages.ts';

/** What a statement file is made from. */
export interface StatementExportInput {
  statement: Statement;
  orgName: string;
  /** Client id → name, for clients that still exist; an erased client shows its pseudonym. */
  clientNames: Readonly<Record<string, string>>;
  /** Function code → name (and unit) from the offer. */
  functions: Readonly<Record<string, { name: string; unit: string }>>;
  /** When the statement was issued; null for a draft. */
  issuedAt: Date | null;
  lang: Lang;
}

/** One care or correction line with the names filled in. */
export interface StatementRow extends CareLine {
  clientName: string;
  functionName: string;
  unit: string;
}

/** One woon- en leefkosten line with the client's name. */
export interface LivingRow extends LivingLine {
  clientName: string;
}

export const FUNDING_LABELS: Record<FundingType, Record<Lang, string>> = {
  voucher: msg('voucher'),
  cash: msg('cash'),
  rth: msg('rth'),
  other: msg('other'),
};

/** "oktober 2026" for "2026-10". */
export function monthName(month: string, lang: Lang): string {
  return periodName(month.slice(0, 7), LOCALES[lang]) ?? `${month} ${month.slice(0, 4)}`;
}

/** Ten-thousandths of a point as "12,3456" (nl) or "12.3456" (en): exact, always 4 decimals. */
export function pointsDecimal(e4: number, lang: Lang): string {
  const abs = Math.abs(e4);
  const text = `${e4 < 0 ? '-' : ''}${Math.trunc(abs / 10_000)}${lang === 'nl' ? ',' : '.'}${String(abs % 10_000).padStart(4, '0')}`;
  return text;
}

/** A client's name, or what stands in the statement when the client was erased (the pseudonym). */
const clientName = (input: StatementExportInput, id: string) => input.clientNames[id] ?? id;

function byClient(
  a: { clientName: string; functionName: string; month?: string },
  b: { clientName: string; functionName: string; month?: string },
): number {
  return (
    a.clientName.localeCompare(b.clientName, 'nl') ||
    (a.month ?? '').localeCompare(b.month ?? '') ||
    a.functionName.localeCompare(b.functionName, 'nl')
  );
}

/** The statement's care lines, corrections and living-cost lines with names, sorted by client. */
export function statementRows(input: StatementExportInput): {
  care: StatementRow[];
  corrections: StatementRow[];
  living: LivingRow[];
} {
  const named = (l: CareLine): StatementRow => ({
    ...l,
    clientName: clientName(input, l.clientId),
    functionName: input.functions[l.function]?.name ?? l.function,
    unit: input.functions[l.function]?.unit ?? '',
  });
  return {
    care: input.statement.careLines.map(named).sort(byClient),
    corrections: input.statement.corrections.map(named).sort(byClient),
    living: input.statement.livingLines
      .map((l) => ({ ...l, clientName: clientName(input, l.clientId) }))
      .sort((a, b) => a.clientName.localeCompare(b.clientName, 'nl')),
  };
}

/** The funding types with their totals, in statement order (voucher, cash, RTH, andere). */
export function fundingTotals(statement: Statement) {
  return FUNDING_TYPES.map((f) => ({ funding: f, ...statement.totalsByFunding[f] }));
}

/** Where an applied price came from, as the statement says it. */
export const PRICE_SOURCE_LABELS: Record<PriceSource, Record<Lang, string>> = {
  agreement: msg('ido'),
  offer: msg('offer'),
  rth: msg('rth'),
};

/**
 * The price(s) per unit a line was valued at: "0,1000 (IDO)", or per price with its units when a
 * price changed within the month: "0,1000 (IDO) × 3; 0,1200 (IDO) × 2". Empty for a line of a
 * statement issued before prices were recorded. `numbers`: the decimal mark's language (the CSV
 * always writes a decimal comma).
 */
export function appliedPriceText(line: Pick<CareLine, 'prices'>, lang: Lang, numbers: Lang = lang): string {
  const prices = (line.prices ?? []).filter((p) => p.priceE4 !== null);
  const one = (p: AppliedPrice) =>
    `${pointsDecimal(p.priceE4!, numbers)}${p.source ? ` (${PRICE_SOURCE_LABELS[p.source][lang]})` : ''}`;
  if (prices.length <= 1) return prices.map(one).join('');
  const qty = (n: number) => String(Math.round(n * 100) / 100).replace('.', numbers === 'nl' ? ',' : '.');
  return prices.map((p) => `${one(p)} × ${qty(p.units)}`).join('; ');
}
