import { z } from 'zod';
import { INCOME_TYPES } from './logic/chart.ts';

const code = z.string().trim().min(1).max(20);
const name = z.string().trim().min(1).max(200);
const cents = z.number().int().min(-1e14).max(1e14);
export const year = z.coerce.number().int().min(1990).max(2100);
export const incomeType = z.enum(INCOME_TYPES);

export const accountInput = z.strictObject({ name, incomeType: incomeType.nullable() });
export const account = z.object({
  code: z.string(),
  name: z.string(),
  incomeType: incomeType.nullable(),
  kind: z.enum(['cost', 'revenue', 'balance']),
});
export type Account = z.infer<typeof account>;

export const UNITS = ['day', 'night', 'hour', 'session', 'meal', 'client_year', 'unit'] as const;
export const DRIVERS = ['fte', 'm2', 'meals', 'hours', 'clients', 'custom'] as const;

/** The cost model of one year, saved and loaded as one document. */
export const costModelDoc = z.strictObject({
  year: z.number().int(),
  centres: z
    .array(
      z.strictObject({
        code,
        name,
        kind: z.enum(['main', 'auxiliary']),
        unit: z.enum(UNITS).nullable().default(null),
        volume: z.number().min(0).max(1e9).nullable().default(null),
        pricePerUnitCents: cents.nullable().default(null),
      }),
    )
    .max(500),
  keys: z
    .array(
      z.strictObject({
        code,
        name,
        driver: z.enum(DRIVERS),
        quantities: z.record(z.string(), z.number().min(0).max(1e12)),
      }),
    )
    .max(100),
  rules: z.array(z.strictObject({ from: code, key: code })).max(500),
  stepOrder: z.array(code).max(500),
  assignments: z
    .array(
      z.strictObject({
        account: z
          .string()
          .trim()
          .regex(/^\d{1,12}$/),
        centre: code,
      }),
    )
    .max(5000),
});
export type CostModelDoc = z.infer<typeof costModelDoc>;

export const costLine = z.strictObject({
  name,
  behaviour: z.enum(['fixed', 'variable', 'step']),
  amountCents: cents,
  capacityPerStep: z.number().positive().max(1e9).optional(),
});

export const scenarioInput = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  name,
  volumeFrom: z.number().min(0).max(1e9),
  volumeTo: z.number().min(0).max(1e9),
  lines: z.array(costLine).min(1).max(200),
});
export type ScenarioDoc = Pick<z.infer<typeof scenarioInput>, 'volumeFrom' | 'volumeTo' | 'lines'>;
export const scenario = scenarioInput.extend({ id: z.uuid() });
export type Scenario = z.infer<typeof scenario>;

export const ledgerImport = z.object({
  id: z.uuid(),
  year: z.number(),
  version: z.number(),
  current: z.boolean(),
  fileName: z.string(),
  lines: z.number(),
  debitCents: z.number(),
  creditCents: z.number(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
});
export type LedgerImport = z.infer<typeof ledgerImport>;
