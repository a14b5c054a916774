/**
 * File exports of the finance module: the cost-price report as CSV, XLSX and PDF (with charts),
 * and the cost model as an XLSX template that is read back after filling it in. The writers and
 * formats they share with other modules live in src/lib/exports.
 */
export { costPriceCsv } from './csv.ts';
export { costPriceXlsx, EURO_FORMAT, PERCENT_FORMAT } from './xlsx.ts';
export { modelTemplateXlsx } from './model-template.ts';
export { readModelXlsx, type ModelFileError, type ModelReadResult } from './model-read.ts';
export { costPriceDocDefinition, costPricePdf, type CostPricePdfOptions } from './pdf.ts';
export { costVsIncomeSvg, incomeMixSvg } from './charts.ts';
export { reportTable, type ReportTableName } from './tables.ts';
export { INCOME_TYPE_LABELS, METHOD_LABELS } from './labels.ts';
