/** Shapes of the payroll import (preview and result), shared by server and UI. */
import { z } from 'zod';
import { PAYROLL_FIELDS } from './logic/payroll-fields.ts';

export const payrollFieldChoice = z.enum([...PAYROLL_FIELDS, 'ignore']);
/** The mapping step: header as in the file → field (or `ignore`). */
export const payrollMapping = z.record(z.string().max(200), payrollFieldChoice);

const fileError = z.object({ line: z.number(), column: z.string(), code: z.string(), nl: z.string(), en: z.string() });

export const payrollPreview = z.object({
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.enum(PAYROLL_FIELDS)),
  unknownHeaders: z.array(z.string()),
  /** Columns mapped as in an earlier import of this organisation (the mapping memory). */
  remembered: z.array(z.string()),
  rows: z.number().int(),
  employees: z.number().int(),
  newEmployees: z.number().int(),
  firstMonth: z.string().nullable(),
  lastMonth: z.string().nullable(),
  errors: z.array(fileError),
  errorCount: z.number().int(),
});
export type PayrollPreview = z.infer<typeof payrollPreview>;

const counts = z.object({ created: z.number().int(), updated: z.number().int() });
export const payrollImportResult = z.object({
  rows: z.number().int(),
  employees: counts,
  contracts: counts,
  months: counts,
});
export type PayrollImportResult = z.infer<typeof payrollImportResult>;
