/** The strategy module's contracts (zod, no I/O), shared by server and UI: SWOT and stakeholders. */
import { z } from '@hono/zod-openapi';
import {
  MATRIX_QUADRANTS,
  SCORE_MAX,
  SCORE_MIN,
  STAKEHOLDER_TYPES,
  SWOT_QUADRANTS,
  SWOT_STRATEGY_KINDS,
} from './logic/quadrant.ts';

const text = (max: number) => z.string().max(max);
const ids = z.array(z.uuid()).max(30).default([]);
const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

// ---- what may be linked ------------------------------------------------------------------------

const kpiRef = z.object({ id: z.uuid(), code: z.string(), nameNl: z.string(), nameEn: z.string() });
const surveyRef = z.object({
  id: z.uuid(),
  title: z.string(),
  audience: z.enum(['staff', 'clients']),
  status: z.enum(['draft', 'open', 'closed']),
});
const objectiveRef = z.object({
  id: z.uuid(),
  title: z.string(),
  perspective: z.enum(['mission', 'clients', 'financial', 'processes', 'learning']),
});
export const linkChoices = z.object({
  kpis: z.array(kpiRef),
  surveys: z.array(surveyRef),
  objectives: z.array(objectiveRef),
});
export type LinkChoices = z.infer<typeof linkChoices>;

// ---- SWOT -----------------------------------------------------------------------------------------

export const swotInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  note: text(2000).default(''),
});
export type SwotInput = z.infer<typeof swotInput>;

export const swotItemInput = z.strictObject({
  quadrant: z.enum(SWOT_QUADRANTS),
  text: z.string().trim().min(1).max(500),
  evidence: text(2000).default(''),
  kpiIds: ids,
  surveyIds: ids,
});
export type SwotItemInput = z.infer<typeof swotItemInput>;

export const swotStrategyInput = z.strictObject({
  kind: z.enum(SWOT_STRATEGY_KINDS),
  text: z.string().trim().min(1).max(1000),
  objectiveIds: ids,
});
export type SwotStrategyInput = z.infer<typeof swotStrategyInput>;

export const swotSummary = z.object({
  id: z.uuid(),
  year: z.number().int(),
  note: z.string(),
  items: z.number().int(),
  strategies: z.number().int(),
});
export const swotList = z.object({ items: z.array(swotSummary) });

export const swotItem = z.object({
  id: z.uuid(),
  quadrant: z.enum(SWOT_QUADRANTS),
  text: z.string(),
  evidence: z.string(),
  position: z.number().int(),
  kpis: z.array(kpiRef),
  surveys: z.array(surveyRef),
});
export type SwotItem = z.infer<typeof swotItem>;
export const swotStrategy = z.object({
  id: z.uuid(),
  kind: z.enum(SWOT_STRATEGY_KINDS),
  text: z.string(),
  objectives: z.array(objectiveRef),
});
export type SwotStrategy = z.infer<typeof swotStrategy>;
export const swotDetail = z.object({
  id: z.uuid(),
  year: z.number().int(),
  note: z.string(),
  items: z.array(swotItem),
  strategies: z.array(swotStrategy),
});
export type SwotDetail = z.infer<typeof swotDetail>;

// ---- stakeholders ---------------------------------------------------------------------------------

export const stakeholderInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: z.enum(STAKEHOLDER_TYPES),
  power: score,
  interest: score,
  influence: score,
  expectations: text(2000).default(''),
  valueCreated: text(2000).default(''),
  engagement: text(2000).default(''),
  lastContact: z.iso.date().nullable().default(null),
  kpiIds: ids,
  surveyIds: ids,
});
export type StakeholderInput = z.infer<typeof stakeholderInput>;

export const stakeholder = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(STAKEHOLDER_TYPES),
  power: z.number().int(),
  interest: z.number().int(),
  influence: z.number().int(),
  /** Where the power–interest matrix puts it (logic/quadrant.ts). */
  quadrant: z.enum(MATRIX_QUADRANTS),
  expectations: z.string(),
  valueCreated: z.string(),
  engagement: z.string(),
  lastContact: z.string().nullable(),
  kpis: z.array(kpiRef),
  surveys: z.array(surveyRef),
});
export type Stakeholder = z.infer<typeof stakeholder>;
export const stakeholderList = z.object({ items: z.array(stakeholder) });
