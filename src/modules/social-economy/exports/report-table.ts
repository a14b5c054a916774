/** The yearly report as labelled figures and tables in one language: what the PDF and the XLSX both show. */
import { type Lang, money, number, percent } from '../../../lib/exports/format.ts';
import { msg } from '../messages.ts';
import type { SeReport } from '../schema.ts';

export interface ReportTable {
  title: string;
  header: string[];
  rows: (string | number)[][];
  /** Which columns hold amounts in cents (XLSX formats them as euro). */
  money: number[];
  total?: (string | number)[];
}

export function reportParts(r: SeReport, lang: Lang) {
  const t = (key: Parameters<typeof msg>[0]) => msg(key)[lang];
  const figures: [string, string][] = [
    [t('doc_workers'), String(r.workersPlaced)],
    [t('doc_hours_worked'), number(r.hoursWorked, lang)],
    [t('doc_hours_coached'), number(r.hoursCoached, lang)],
    [t('doc_agreement_cost'), money(r.agreementCostCents, lang)],
    [t('doc_succeeded'), String(r.transitionsSucceeded)],
    [t('doc_finished'), String(r.trajectoriesFinished)],
    [t('doc_rate'), percent(r.successRate, lang)],
    [t('doc_funding'), money(r.fundingCents, lang)],
  ];
  const tables: ReportTable[] = [
    {
      title: t('doc_agreements'),
      header: [t('doc_agreement'), t('doc_partner'), t('doc_centre'), t('doc_cost')],
      rows: r.agreements.map((a) => [a.title, a.partnerName, a.costCentre, a.costCents]),
      money: [3],
      total: [t('doc_total'), '', '', r.agreementCostCents],
    },
    {
      title: t('doc_by_phase'),
      header: ['', t('doc_count')],
      rows: r.trajectoriesByPhase.map((p) => [t(`phase_${p.phase}`), p.count]),
      money: [],
    },
    {
      title: t('doc_by_outcome'),
      header: ['', t('doc_count')],
      rows: r.trajectoriesByOutcome.map((o) => [t(`outcome_${o.outcome}`), o.count]),
      money: [],
    },
  ];
  return { title: msg('doc_title', { year: r.year })[lang], figures, tables, note: t('doc_freed_note') };
}
