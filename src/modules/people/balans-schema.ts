/** The answers of the sociale balans and HR key figure routes (zod; no I/O, shared with the UI). */
import { z } from 'zod';
import { HR_KEYS } from './logic/hr-figures.ts';
import { MISSING_REASONS } from './logic/sociale-balans.ts';
import { COLUMNS } from './logic/sociale-balans-form.ts';

const message = z.object({ nl: z.string(), en: z.string() });
const code = z.string().regex(/^\d{2,5}$/);
const column = z.enum(COLUMNS);
const unit = z.enum(['count', 'average', 'fte', 'hours', 'cents']);

export const balansYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const socialeBalansAnswer = z.object({
  year: z.number().int(),
  model: z.enum(['full', 'abbreviated']),
  size: z.object({
    fte: z.number(),
    fteExceeded: z.boolean(),
    turnoverExceeded: z.boolean().nullable(),
    balanceExceeded: z.boolean().nullable(),
  }),
  mustFile: z.boolean(),
  /** Whether `ids` name the people behind each figure (only for a role that may read people). */
  showsPeople: z.boolean(),
  form: z.array(
    z.object({
      part: z.number().int(),
      title: message,
      columns: z.array(column),
      lines: z.array(
        z.object({
          /** The line's code as the form prints it; its cells carry the figure codes. */
          code: z.string(),
          label: message,
          cells: z.partialRecord(column, z.object({ code, unit })),
        }),
      ),
    }),
  ),
  figures: z.array(z.object({ code, value: z.number(), ids: z.array(z.string()) })),
  missing: z.array(z.object({ code, reason: z.enum(MISSING_REASONS), text: message, ids: z.array(z.string()) })),
  crossCheck: z.object({
    payrollCents: z.number().nullable(),
    ledgerCents: z.number().nullable(),
    differenceCents: z.number().nullable(),
  }),
});
export type SocialeBalansAnswer = z.infer<typeof socialeBalansAnswer>;

export const hrFiguresAnswer = z.object({
  year: z.number().int(),
  figures: z.array(
    z.object({
      key: z.enum(HR_KEYS),
      value: z.number().nullable(),
      unit: z.enum(['count', 'fte', 'percent', 'hours', 'cents', 'years', 'ratio']),
      formula: message,
      inputs: z.array(z.object({ label: message, value: z.number() })),
    }),
  ),
  months: z.array(z.object({ month: z.string(), headcount: z.number(), fte: z.number() })),
  pyramid: z.array(z.object({ band: z.string(), men: z.number(), women: z.number() })),
  ageUnknown: z.number(),
  seniorityBands: z.array(z.object({ band: z.string(), count: z.number() })),
});
export type HrFiguresAnswer = z.infer<typeof hrFiguresAnswer>;
