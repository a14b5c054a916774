import { z } from 'zod';
import { parsePoints, type PointsE4 } from './logic/index.ts';

const day = z.iso.date();
const name = z.string().trim().min(1).max(200);

/** Points as JSON: a string (or number) with at most 4 decimals, e.g. "21.9000"; parsed to ten-thousandths. */
export const pointsInput = z.union([z.string().max(20), z.number()]).transform((value, ctx): PointsE4 => {
  const parsed = parsePoints(typeof value === 'string' ? value.replace(',', '.') : value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason.nl });
    return z.NEVER;
  }
  return parsed.value;
});

/** Ten-thousandths of a point → "12.3456" (exact, no floating point). */
export function pointsText(e4: number): string {
  const sign = e4 < 0 ? '-' : '';
  const abs = Math.abs(e4);
  return `${sign}${Math.trunc(abs / 10_000)}.${String(abs % 10_000).padStart(4, '0')}`;
}

export const clientInput = z.strictObject({
  name,
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  contactPerson: z.string().trim().max(200).optional(),
  bValue: z.number().int().min(0).max(8).nullable().optional(),
  pValue: z.number().int().min(0).max(7).nullable().optional(),
  groupId: z.uuid().nullable().optional(),
  /** The member (usually a begeleider) who follows the client up; the week grid can show only theirs. */
  professionalId: z.uuid().nullable().optional(),
  startedOn: day.nullable().optional(),
  endedOn: day.nullable().optional(),
});
export const clientPatch = clientInput.partial();

/** The old-scheme budget categories (before 5 March 2021), converted to the new ones by the rule table. */
export const OLD_CATEGORIES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export const fundingInput = z
  .strictObject({
    kind: z.enum(['pvb', 'rth', 'zorgbudget', 'other']),
    category: z.number().int().min(1).max(24).nullable().optional(),
    /** An old-scheme category (I-XII): converted to the new category with the `oldCategoryMap` rule. */
    oldCategory: z.string().trim().toUpperCase().pipe(z.enum(OLD_CATEGORIES)).nullable().optional(),
    form: z.enum(['voucher', 'cash', 'combination']).nullable().optional(),
    voucherPoints: pointsInput.nullable().optional(),
    madeAvailableOn: day.nullable().optional(),
    startDate: day.nullable().optional(),
    endDate: day.nullable().optional(),
    volunteers: z.boolean().optional(),
    note: z.string().max(500).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.kind === 'pvb' && (!(f.category || f.oldCategory) || !f.form || !f.madeAvailableOn))
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: 'Een PVB heeft een budgetcategorie, een besteding en een datum van terbeschikkingstelling.',
      });
    if (f.form === 'combination' && f.voucherPoints == null)
      ctx.addIssue({
        code: 'custom',
        path: ['voucherPoints'],
        message: 'Bij een combinatie: het voucherdeel in punten.',
      });
    if (f.startDate && f.endDate && f.endDate < f.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'De einddatum ligt vóór de begindatum.' });
  });

export const agreementInput = z.strictObject({
  functionCode: z.string().max(60),
  count: z.number().positive().max(10_000),
  per: z.enum(['week', 'month', 'year']),
  pricePoints: pointsInput.optional(),
  startDate: day,
  endDate: day.nullable().optional(),
  livingCostsCents: z.number().int().min(0).max(10_000_000).nullable().optional(),
  livingCostsPer: z.enum(['day', 'month']).nullable().optional(),
});

export const functionInput = z.strictObject({
  name,
  unit: z.enum(['day', 'night', 'hour', 'session', 'unit']),
  kind: z.enum(['pvf', 'rth']),
  rthUnitType: z.enum(['ambulant', 'mobile', 'begeleid_werken', 'group', 'day', 'night']).nullable().optional(),
  prices: z
    .array(z.strictObject({ validFrom: day, validTo: day.nullable().optional(), points: pointsInput }))
    .min(1)
    .max(50),
});

export const groupInput = z.strictObject({ name, location: z.string().trim().max(200).optional() });
/** Who works in a group: the whole list of user ids. */
export const groupMembersInput = z.strictObject({ userIds: z.array(z.uuid()).max(500) });

export const weekInput = z.strictObject({
  start: day,
  /** Answer with the grid of this group / professional (as shown), not of everyone. */
  group: z.uuid().optional(),
  professional: z.uuid().optional(),
  cells: z
    .array(
      z.strictObject({
        clientId: z.uuid(),
        functionCode: z.string().max(60),
        date: day,
        units: z.number().min(0).max(24),
        reason: z.string().trim().max(300).optional(),
      }),
    )
    .max(5_000),
});

export const waitingInput = z.strictObject({
  reference: name,
  priorityGroup: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  requestedOn: day,
  decidedOn: day.nullable().optional(),
  needs: z
    .array(z.strictObject({ function: z.string().max(60), unitsPerWeek: z.number().positive().max(100) }))
    .min(1)
    .max(20),
  intensity: z.string().max(200).optional(),
  status: z.enum(['waiting', 'offered', 'started', 'withdrawn']).default('waiting'),
});
/** One cell of the week grid as the UI sends it. */
export type Cell = z.infer<typeof weekInput>['cells'][number];

export * from './answers.ts';
export * from './answers-overview.ts';
