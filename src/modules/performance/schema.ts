/**
 * The answers of the performance routes (zod, no I/O), shared by server and UI: the KPI catalogue,
 * values and computations, the cockpit and board view, improvement actions and the strategy map.
 * The request bodies are in kpi-schema.ts and plan-schema.ts, re-exported here.
 */
import { z } from 'zod';
import { role } from '../orgs/schema.ts';
import { ACTION_STATUSES } from './plan-schema.ts';
import { PERSPECTIVES, STATEMENT_FIELDS } from './tables.ts';
import { SMART_PARTS } from './logic/smart.ts';
import { UNITS, type Unit } from './logic/units.ts';

export * from './kpi-schema.ts';
export * from './plan-schema.ts';

const perspective = z.enum(PERSPECTIVES);
const unit = z.enum(UNITS as [Unit, ...Unit[]]);
const frequency = z.enum(['month', 'quarter', 'year']);
const direction = z.enum(['up', 'down']);
const valueSource = z.enum(['manual', 'import', 'computed']);
const mape = z.enum(['means', 'activities', 'output', 'outcome']);
const actionStatus = z.enum(ACTION_STATUSES);
export const light = z.enum(['green', 'amber', 'red']);
export type Light = z.infer<typeof light>;
/** A text in both languages (a computation's formula, label or remark). */
const text = z.object({ nl: z.string(), en: z.string() });

// ---- the KPI catalogue -------------------------------------------------------------------------

export const kpi = z.object({
  id: z.uuid(),
  code: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  definitionNl: z.string(),
  definitionEn: z.string(),
  unit,
  decimals: z.number().int(),
  direction,
  frequency,
  ownerId: z.uuid().nullable(),
  source: valueSource,
  formula: z.string().nullable(),
  perspective,
  cafCriterion: z.number().int().nullable(),
  mape: mape.nullable(),
  valueMin: z.number().nullable(),
  valueMax: z.number().nullable(),
  archived: z.boolean(),
});
export type Kpi = z.infer<typeof kpi>;
export const kpiList = z.object({ items: z.array(kpi) });

export const kpiOptions = z.object({
  formulas: z.array(
    z.object({
      key: z.string(),
      frequency,
      sources: z.array(
        z.enum([
          'finance',
          'clients',
          'surveys',
          'actions',
          'caf',
          'people',
          'complaints',
          'socialeconomy',
          'job_carving',
        ]),
      ),
    }),
  ),
  owners: z.array(z.object({ id: z.uuid(), name: z.string(), role })),
});
export type KpiOptions = z.infer<typeof kpiOptions>;

export const starterSetResult = z.object({ added: z.number().int(), skipped: z.number().int() });
export const recomputeResult = z.object({ kpis: z.number().int(), values: z.number().int() });

export const target = z.object({
  id: z.uuid(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  target: z.number(),
  redThreshold: z.number(),
});
export type Target = z.infer<typeof target>;

export const noteSet = z.object({ kpiId: z.uuid(), period: z.string(), note: z.string() });
export const valuesSaved = z.object({ saved: z.number().int(), removed: z.number().int() });
export const valuesImported = z.object({ imported: z.number().int() });

// ---- the KPI page ------------------------------------------------------------------------------

export const computation = z.object({
  formula: text,
  inputs: z.array(z.object({ label: text, value: z.number(), unit: z.string().optional(), source: z.string() })),
  from: z.string(),
  to: z.string(),
  sources: z.array(z.string()),
  computedAt: z.string(),
  remark: text.optional(),
});
export type Computation = z.infer<typeof computation>;

export const kpiValue = z.object({
  period: z.string(),
  value: z.number(),
  light: light.nullable(),
  noteMissing: z.boolean(),
  target: z.number().nullable(),
  redThreshold: z.number().nullable(),
  note: z.string(),
  source: valueSource,
  computation: computation.nullable(),
  enteredBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type KpiValue = z.infer<typeof kpiValue>;

/** An improvement action as the KPI page and the board show it. */
export const linkedAction = z.object({
  id: z.uuid(),
  title: z.string(),
  status: actionStatus,
  dueDate: z.string().nullable(),
  ownerName: z.string().nullable(),
});
export type LinkedAction = z.infer<typeof linkedAction>;

export const kpiDetail = z.object({
  kpi: kpi.extend({ ownerName: z.string().nullable() }),
  values: z.array(kpiValue),
  targets: z.array(target),
  actions: z.array(linkedAction),
  objectives: z.array(z.object({ id: z.uuid(), title: z.string(), perspective })),
});
export type KpiDetail = z.infer<typeof kpiDetail>;

// ---- the value grid ----------------------------------------------------------------------------

/** The catalogue fields of a KPI every view names it by and formats its values with. */
const kpiHead = {
  id: true,
  code: true,
  nameNl: true,
  nameEn: true,
  unit: true,
  decimals: true,
  direction: true,
} as const;

export const gridKpi = kpi
  .pick({ ...kpiHead, source: true, perspective: true, valueMin: true, valueMax: true })
  .extend({
    targets: z.array(target),
    values: z.record(
      z.string(),
      z.object({ value: z.number(), note: z.string(), source: valueSource, light: light.nullable() }),
    ),
  });
export type GridKpi = z.infer<typeof gridKpi>;
export const grid = z.object({
  frequency,
  from: z.string(),
  to: z.string(),
  periods: z.array(z.string()),
  kpis: z.array(gridKpi),
});
export type Grid = z.infer<typeof grid>;

// ---- the cockpit and the board -----------------------------------------------------------------

const latest = kpiValue
  .pick({
    period: true,
    value: true,
    light: true,
    noteMissing: true,
    note: true,
    target: true,
    redThreshold: true,
    source: true,
  })
  .nullable();

export const tile = kpi
  .omit({ definitionNl: true, definitionEn: true, formula: true, valueMin: true, valueMax: true })
  .extend({
    ownerName: z.string().nullable(),
    latest,
    /** `noteMissing` only where true (keeps 300 × 24 points small). */
    sparkline: z.array(
      z.object({
        period: z.string(),
        value: z.number(),
        light: light.nullable(),
        noteMissing: z.literal(true).optional(),
      }),
    ),
    noteMissing: z.boolean(),
    openActions: z.number().int(),
    redWithoutAction: z.boolean(),
  });
export type Tile = z.infer<typeof tile>;

const count = z.number().int();
export const summary = z.object({
  total: count,
  green: count,
  amber: count,
  red: count,
  none: count,
  noteMissing: count,
  redWithoutAction: count,
});
export type Summary = z.infer<typeof summary>;

export const cockpit = z.object({
  computedAt: z.string().nullable(),
  summary,
  perspectives: z.array(z.object({ perspective, tiles: z.array(tile) })),
});
export type Cockpit = z.infer<typeof cockpit>;

export const boardKpi = kpi.pick({ ...kpiHead, frequency: true }).extend({
  ownerName: z.string().nullable(),
  latest,
  trend: z.array(z.object({ period: z.string(), value: z.number(), light: light.nullable() })),
});
export type BoardKpi = z.infer<typeof boardKpi>;
export const board = z.object({
  organisation: z.string(),
  computedAt: z.string().nullable(),
  summary,
  perspectives: z.array(
    z.object({
      perspective,
      counts: z.object({ green: count, amber: count, red: count, none: count }),
      kpis: z.array(boardKpi),
    }),
  ),
  reds: z.array(boardKpi.extend({ note: z.string(), redWithoutAction: z.boolean(), actions: z.array(linkedAction) })),
});
export type Board = z.infer<typeof board>;

// ---- improvement actions and the strategy map --------------------------------------------------

const kpiRef = z.object({ id: z.uuid(), code: z.string(), nameNl: z.string(), nameEn: z.string() });
export type KpiRef = z.infer<typeof kpiRef>;

export const actionSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  status: actionStatus,
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  doneAt: z.string().nullable(),
  updatedAt: z.string(),
  kpis: z.array(kpiRef),
  caf: z.array(z.object({ subcriterion: z.string(), assessmentId: z.uuid().nullable() })),
  notes: count,
});
export type ActionSummary = z.infer<typeof actionSummary>;
export const actionList = z.object({ today: z.string(), items: z.array(actionSummary) });

export const actionDetail = actionSummary.extend({
  description: z.string(),
  createdAt: z.string(),
  progress: z.array(
    z.object({ id: z.uuid(), body: z.string(), status: actionStatus, author: z.string().nullable(), at: z.string() }),
  ),
});
export type ActionDetail = z.infer<typeof actionDetail>;

export const objective = z.object({
  id: z.uuid(),
  perspective,
  title: z.string(),
  description: z.string(),
  position: z.number().int(),
  supports: z.array(z.uuid()),
  kpiIds: z.array(z.uuid()),
  owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  dueDate: z.string().nullable(),
  resources: z.string(),
  /** The improvement actions that carry the objective out. */
  actions: z.array(z.object({ id: z.uuid(), title: z.string(), status: actionStatus })),
  /** What of SMART is recorded (performance/logic/smart.ts): the parts, the missing ones in order. */
  smart: z.object({
    parts: z.object({
      specific: z.boolean(),
      measurable: z.boolean(),
      acceptable: z.boolean(),
      realistic: z.boolean(),
      timeBound: z.boolean(),
    }),
    missing: z.array(z.enum(SMART_PARTS)),
    passed: z.boolean(),
  }),
});
export type Objective = z.infer<typeof objective>;

/** One change of the mission, vision or values, newest first. */
export const statementChange = z.object({
  id: z.uuid(),
  field: z.enum(STATEMENT_FIELDS),
  before: z.string(),
  after: z.string(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type StatementChange = z.infer<typeof statementChange>;

export const strategyMap = z.object({
  mission: z.string(),
  vision: z.string(),
  values: z.string(),
  updatedAt: z.string().nullable(),
  history: z.array(statementChange),
  objectives: z.array(objective),
  /** The organisation's KPIs with their latest value and traffic light (from the cockpit). */
  kpis: z.array(
    kpiRef.extend({
      perspective,
      archived: z.boolean(),
      light: light.nullable(),
      latest: z.object({ period: z.string(), value: z.number() }).nullable(),
    }),
  ),
});
export type StrategyMap = z.infer<typeof strategyMap>;
export const objectiveSaved = z.object({ id: z.uuid(), map: strategyMap });

export const choices = z.object({
  people: z.array(z.object({ userId: z.uuid(), name: z.string(), role })),
  kpis: z.array(kpiRef.extend({ perspective })),
});
export type Choices = z.infer<typeof choices>;
