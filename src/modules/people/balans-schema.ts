/** The answers of the sociale balans and HR key figure routes (zod; no I/O, shared with the UI). */
import { z } from 'zod';
import { HR_KEYS } from './logic/hr-figures.ts';
import { MISSING_REASONS } from './logic/sociale-balans.ts';
import { COLUMNS } from './logic/sociale-balans-form.ts';

const message = z.object({ nl: z.string(), en: z.string() });
const code = z.string().regex(/^\d{2,5}$/);
const column = z.enum(COLUMNS);
const unit = z.enum(['count', 'average', 'fte', 'hours', 'cents']);

const figure = z.object({ code, value: z.number(), ids: z.array(z.string()) });
const missingFigure = z.object({ code, reason: z.enum(MISSING_REASONS), text: message, ids: z.array(z.string()) });

export const balansYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const socialeBalansAnswer = z.object({
  year: z.number().int(),
  model: z.enum(['full', 'abbreviated']),
  size: z.object({
    fte: z.number(),
    fteExceeded: z.boolean(),
    turnoverCents: z.number().nullable(),
    turnoverExceeded: z.boolean().nullable(),
    /** Total assets from the year's ledger; null without a ledger or without balance-sheet accounts in it. */
    balanceTotalCents: z.number().nullable(),
    balanceExceeded: z.boolean().nullable(),
    /** The size criteria that could not be checked (their figure unknown), each with why. */
    unchecked: z.array(z.object({ criterion: z.enum(['turnover', 'balance_total']), text: message })),
    /** Whether the model stays the same whatever the unchecked criteria turn out to be. */
    modelCertain: z.boolean(),
  }),
  mustFile: z.boolean(),
  /** The head of the form: the joint committees (paritaire comités) of the contracts in the year. */
  jointCommittees: z.array(z.string()),
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
          cells: z.partialRecord(column, z.object({ code, unit, previous: z.literal(true).optional() })),
        }),
      ),
    }),
  ),
  figures: z.array(figure),
  missing: z.array(missingFigure),
  /** Year − 1's figures of the cells marked `previous` (columns P, 1P, 2P, 3P), computed as the year's. */
  previous: z.object({ year: z.number().int(), figures: z.array(figure), missing: z.array(missingFigure) }),
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
