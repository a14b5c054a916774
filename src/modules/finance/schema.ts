import { z } from 'zod';
import { INCOME_TYPES } from './logic/chart.ts';
import { LEDGER_FIELDS } from './logic/ledger-headers.ts';

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
  /** The year has a cost model (so cost price and the simulator have something to show). */
  hasModel: z.boolean(),
});
export type LedgerImport = z.infer<typeof ledgerImport>;

/** A text in both languages, as the server sends it. */
export const message = z.object({ nl: z.string(), en: z.string() });
export type Message = z.infer<typeof message>;
export const costMethod = z.enum(['stepdown', 'reciprocal']);
export type Method = z.infer<typeof costMethod>;

/** Income per type, each type's share of the total (null when the total is 0), and the government share. */
export const incomeMix = z.object({
  totalCents: z.number(),
  byType: z.partialRecord(incomeType, z.object({ cents: z.number(), share: z.number().nullable() })),
  governmentShare: z.number().nullable(),
});
export type IncomeMix = z.infer<typeof incomeMix>;

const flow = z.object({ from: z.string(), to: z.string(), amountCents: z.number() });
export const serviceRow = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.enum(UNITS).nullable(),
  volume: z.number().nullable(),
  directCents: z.number(),
  indirectCents: z.number(),
  totalCents: z.number(),
  costPerUnitCents: z.number().nullable(),
  incomeCents: z.number(),
  incomePerUnitCents: z.number().nullable(),
  coverage: z.number().nullable(),
  incomeMix,
  pricePerUnitCents: z.number().nullable(),
});
export type ServiceRow = z.infer<typeof serviceRow>;

/** The cost-price report of a year (GET …/finance/costprice). */
export const costPriceReport = z.object({
  year: z.number(),
  method: costMethod,
  /** Step-down: the order used, the textbook order and the centres serving each other. */
  stepOrder: z.array(z.string()),
  suggestedOrder: z.array(z.string()),
  mutualCentres: z.array(z.string()),
  /** Step-down: back-flows to centres already allocated, ignored by definition. */
  ignoredBackflows: z.array(flow.extend({ share: z.number() })),
  totalCostCents: z.number(),
  mainTotalCents: z.number(),
  unassignedCostCents: z.number(),
  centres: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(['main', 'auxiliary']),
      directCents: z.number(),
      receivedCents: z.number(),
      allocatedOutCents: z.number(),
      totalCents: z.number(),
    }),
  ),
  flows: z.array(flow),
  services: z.array(serviceRow),
  organisation: z.object({
    totalCostCents: z.number(),
    incomeCents: z.number(),
    /** Income not attributed to a main centre (included in `incomeCents`). */
    unassignedIncomeCents: z.number(),
    coverage: z.number().nullable(),
    incomeMix,
  }),
  warnings: z.array(message),
});
export type CostPriceReport = z.infer<typeof costPriceReport>;

export const KEY_FIGURE_CODES = [
  'personnel_cost_ratio',
  'result',
  'current_ratio',
  'solvency',
  'solvency_after_result',
  'cash_days',
  'cash_days_with_investments',
  'subsidy_dependency',
  'government_share',
  'own_income_share',
] as const;
export const keyFigure = z.object({
  code: z.enum(KEY_FIGURE_CODES),
  /** The figure's name (figures that can be read two ways say which). */
  name: message,
  value: z.number().nullable(),
  unit: z.enum(['ratio', 'percent', 'days', 'cents']),
  formula: message,
  inputs: z.record(z.string(), z.number()),
  /** Why the value is null. */
  missing: message.optional(),
});
export type KeyFigure = z.infer<typeof keyFigure>;
/** Key figures of the year and of each quarter with dated lines (GET …/finance/keyfigures). */
export const keyFigures = z.object({
  year: z.number(),
  periods: z.array(z.object({ period: z.string(), figures: z.array(keyFigure) })),
});
export type KeyFigures = z.infer<typeof keyFigures>;

export const LEDGER_FIELD_CHOICES = [...LEDGER_FIELDS, 'ignore'] as const;
export const ledgerFieldChoice = z.enum(LEDGER_FIELD_CHOICES);
export type LedgerFieldChoice = z.infer<typeof ledgerFieldChoice>;

/** What an import would do (POST …/ledger/preview); nothing is saved. */
export const ledgerPreview = z.object({
  headers: z.array(z.string()),
  mapping: z.record(z.string(), ledgerFieldChoice),
  unknownHeaders: z.array(z.string()),
  unknownAccounts: z.array(z.object({ code: z.string(), description: z.string(), lines: z.number() })),
  lines: z.number(),
  /** Data lines in the file; those beyond `lines` were left out for an error (listed in `errors`). */
  fileLines: z.number(),
  totals: z.object({ debitCents: z.number(), creditCents: z.number() }),
  balanced: z.boolean(),
  /** Only a ledger with balance-sheet accounts (classes 1-5) must balance. */
  balanceRequired: z.boolean(),
  errors: z.array(z.object({ line: z.number(), column: z.string(), code: z.string(), nl: z.string(), en: z.string() })),
  errorCount: z.number(),
  existing: ledgerImport.nullable(),
});
export type LedgerPreview = z.infer<typeof ledgerPreview>;

export const compareRow = z.object({
  account: z.string(),
  name: z.string(),
  aCents: z.number(),
  bCents: z.number(),
  diffCents: z.number(),
});
export type CompareRow = z.infer<typeof compareRow>;
export const ledgerMappings = z.object({
  headers: z.record(z.string(), z.string()),
  accounts: z.record(z.string(), z.string()),
});
export const chartImported = z.object({ added: z.number(), updated: z.number() });

export type ModelCentre = CostModelDoc['centres'][number];
export type ScenarioLine = z.infer<typeof costLine>;
export type Behaviour = ScenarioLine['behaviour'];
