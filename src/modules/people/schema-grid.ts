/** Shapes of the registration grid (absence or training hours, one row per employee, one column per day of a week). */
import { z } from 'zod';
import { ABSENCE_KINDS, TRAINING_KINDS } from './logic/types.ts';

/** A Monday: the week the grid shows. */
const monday = z.iso.date().refine((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1, {
  message: 'Een maandag / a Monday',
});

/** What the grid registers: absence of a kind, or training of a kind and title. */
export const gridSubject = z.discriminatedUnion('what', [
  z.strictObject({ what: z.literal('absence'), kind: z.enum(ABSENCE_KINDS) }),
  z.strictObject({
    what: z.literal('training'),
    kind: z.enum(TRAINING_KINDS),
    title: z.string().trim().min(1).max(200),
  }),
]);
export type GridSubject = z.output<typeof gridSubject>;

export const gridQuery = z.strictObject({
  week: monday,
  what: z.enum(['absence', 'training']),
  kind: z.string().max(40),
  title: z.string().max(200).optional(),
});

export const gridCell = z.strictObject({
  employeeId: z.uuid(),
  day: z.iso.date(),
  /** Hours that day; null or 0 clears the cell. */
  hours: z.number().min(0).max(24).nullable(),
});

export const gridSave = z.strictObject({
  week: monday,
  subject: gridSubject,
  cells: z.array(gridCell).max(5000),
});
export type GridSave = z.output<typeof gridSave>;

export const gridAnswer = z.object({
  week: z.string(),
  /** The seven days, Monday first. */
  days: z.array(z.string()),
  rows: z.array(
    z.object({
      employeeId: z.uuid(),
      firstName: z.string(),
      lastName: z.string(),
      /** Hours per day from one-day records of this subject; null when none. */
      cells: z.array(z.number().nullable()),
      /** Days covered by a longer record (or outside the person's contracts): read-only in the grid. */
      locked: z.array(z.boolean()),
    }),
  ),
});
export type GridAnswer = z.infer<typeof gridAnswer>;
