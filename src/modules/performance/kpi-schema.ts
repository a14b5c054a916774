/** Request bodies of the KPI routes. */
import { z } from 'zod';
import { UNITS, type Unit } from './logic/index.ts';
import { PERSPECTIVES } from './tables.ts';

const text = (max: number) => z.string().trim().max(max);
const num = z.union([z.number(), z.string().trim().max(30)]);

const fields = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_.-]{0,39}$/, { message: 'Code: letters, cijfers, _ . - (max. 40)' }),
  nameNl: text(200).min(1),
  nameEn: text(200),
  definitionNl: text(2000),
  definitionEn: text(2000),
  unit: z.enum(UNITS as [Unit, ...Unit[]]),
  decimals: z.number().int().min(0).max(4),
  direction: z.enum(['up', 'down']),
  frequency: z.enum(['month', 'quarter', 'year']),
  ownerId: z.uuid().nullable(),
  source: z.enum(['manual', 'import', 'computed']),
  formula: z.string().max(60).nullable(),
  perspective: z.enum(PERSPECTIVES),
  cafCriterion: z.number().int().min(1).max(9).nullable(),
  mape: z.enum(['means', 'activities', 'output', 'outcome']).nullable(),
  valueMin: z.number().nullable(),
  valueMax: z.number().nullable(),
};

export const kpiInput = z.strictObject({
  ...fields,
  nameEn: fields.nameEn.default(''),
  definitionNl: fields.definitionNl.default(''),
  definitionEn: fields.definitionEn.default(''),
  decimals: fields.decimals.default(1),
  ownerId: fields.ownerId.default(null),
  source: fields.source.default('manual'),
  formula: fields.formula.default(null),
  cafCriterion: fields.cafCriterion.default(null),
  mape: fields.mape.default(null),
  valueMin: fields.valueMin.default(null),
  valueMax: fields.valueMax.default(null),
});
export type KpiInput = z.infer<typeof kpiInput>;

export const kpiPatch = z.strictObject({ ...z.object(fields).partial().shape, archived: z.boolean().optional() });
export type KpiPatch = z.infer<typeof kpiPatch>;

export const targetInput = z.strictObject({
  validFrom: z.iso.date(),
  validTo: z.iso.date().nullable().default(null),
  target: num,
  redThreshold: num,
});

export const valueCell = z.strictObject({
  kpiId: z.uuid(),
  period: z.string().trim().max(10),
  /** A number, a Belgian text ("12,5"), or null to remove an entered value. */
  value: z.union([z.number(), z.string().max(40), z.null()]),
  note: z.string().trim().max(2000).optional(),
});
export const valuesInput = z.strictObject({ values: z.array(valueCell).min(1).max(5000) });

export const noteInput = z.strictObject({ note: z.string().trim().max(2000) });
