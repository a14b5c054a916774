/**
 * The answers of the clients API (response schemas), shared by the server's routes, the generated
 * typed client and the UI (re-exported by `schema.ts`). Points travel as strings with 4 decimals
 * ("21.9000"), money as integer cents, dates as yyyy-mm-dd; a statement's points are ten-thousandths.
 */
import { z } from 'zod';

const day = z.string();
const points = z.string();
export const message = z.object({ nl: z.string(), en: z.string() });

export const unit = z.enum(['day', 'night', 'hour', 'session', 'unit']);
export const fundingKind = z.enum(['pvb', 'rth', 'zorgbudget', 'other']);
export const spendingForm = z.enum(['voucher', 'cash', 'combination']);
export const per = z.enum(['week', 'month', 'year']);
export const livingPer = z.enum(['day', 'month']);
export const requestStatus = z.enum(['waiting', 'offered', 'started', 'withdrawn']);
export const startStatus = z.enum(['ok', 'near', 'passed']);
export const rthUnitType = z.enum(['ambulant', 'mobile', 'begeleid_werken', 'group', 'day', 'night']);

/** A row of the client list. */
export const clientSummary = z.object({
  id: z.string(),
  name: z.string(),
  birthYear: z.number().nullable(),
  bValue: z.number().nullable(),
  pValue: z.number().nullable(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  /** The following professional: a member's user id. */
  professionalId: z.string().nullable(),
  professionalName: z.string().nullable(),
  startedOn: day.nullable(),
  endedOn: day.nullable(),
});

export const startRule = z.object({
  status: startStatus,
  deadline: day,
  daysLeft: z.number(),
  started: z.boolean(),
  /** The day the person falls back to priority group 3 if the budget has not started by the deadline. */
  fallbackOn: day,
  fellBack: z.boolean(),
});

/** What a person receives from funding in a year (cash part of a PVB, its free-to-spend part, zorgbudget). */
export const fundingIncome = z.object({
  cashPoints: points,
  cashCents: z.number(),
  freeToSpendCents: z.number(),
  zorgbudgetCents: z.number(),
});

export const funding = z.object({
  id: z.string(),
  kind: fundingKind,
  category: z.number().nullable(),
  form: spendingForm.nullable(),
  voucherPoints: points.nullable(),
  madeAvailableOn: day.nullable(),
  startDate: day.nullable(),
  endDate: day.nullable(),
  volunteers: z.boolean(),
  note: z.string(),
  startRule: startRule.nullable(),
  voucherPointsThisYear: points.nullable(),
  /** The old-scheme category (I-XII) the budget was entered with, converted to `category`. */
  oldCategory: z.string().nullable(),
  /** Absent for a role that gets no euro amounts (VIEW_RULES). */
  incomeThisYear: fundingIncome.optional(),
});

export const agreement = z.object({
  id: z.string(),
  functionCode: z.string(),
  count: z.number(),
  per,
  pricePoints: points,
  startDate: day,
  endDate: day.nullable(),
  /** Left out for a role that gets no euro amounts (begeleider). */
  livingCostsCents: z.number().nullable().optional(),
  livingCostsPer: livingPer.nullable().optional(),
  pointsThisYear: points,
});

/** A client with funding, start rule, agreements and this year's budget. */
export const clientDetail = z.object({
  id: z.string(),
  name: z.string(),
  birthYear: z.number().nullable(),
  contactPerson: z.string(),
  bValue: z.number().nullable(),
  pValue: z.number().nullable(),
  groupId: z.string().nullable(),
  professionalId: z.string().nullable(),
  startedOn: day.nullable(),
  endedOn: day.nullable(),
  funding: z.array(funding),
  agreements: z.array(agreement),
  budget: z.object({
    year: z.number(),
    voucher: z.boolean(),
    availableVoucherPoints: points,
    committedPoints: points,
    leftPoints: points,
  }),
  /** Absent for a role that gets no euro amounts (VIEW_RULES). */
  income: fundingIncome.extend({ year: z.number() }).optional(),
});

const stamp = z.string();
/** Everything stored about one client (the database rows, for an access request). */
export const clientExport = z.object({
  exportedAt: z.string(),
  client: z.object({
    id: z.string(),
    org_id: z.string(),
    name: z.string(),
    birth_year: z.number().nullable(),
    contact_person: z.string(),
    b_value: z.number().nullable(),
    p_value: z.number().nullable(),
    group_id: z.string().nullable(),
    professional_id: z.string().nullable(),
    started_on: day.nullable(),
    ended_on: day.nullable(),
    created_at: stamp,
  }),
  funding: z.array(
    z.object({
      id: z.string(),
      org_id: z.string(),
      client_id: z.string(),
      kind: fundingKind,
      category: z.number().nullable(),
      form: spendingForm.nullable(),
      voucher_points_e4: z.number().nullable(),
      made_available_on: day.nullable(),
      start_date: day.nullable(),
      end_date: day.nullable(),
      volunteers: z.boolean(),
      note: z.string(),
      old_category: z.string().nullable(),
    }),
  ),
  agreements: z.array(
    z.object({
      id: z.string(),
      org_id: z.string(),
      client_id: z.string(),
      function_code: z.string(),
      count: z.string(),
      per,
      price_points_e4: z.number(),
      start_date: day,
      end_date: day.nullable(),
      living_costs_cents: z.number().nullable(),
      living_costs_per: livingPer.nullable(),
      created_at: stamp,
    }),
  ),
  registrations: z.array(
    z.object({
      function_code: z.string(),
      date: day,
      units: z.string(),
      points_e4: z.number(),
      reason: z.string().nullable(),
    }),
  ),
});

export const supportFunction = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  unit,
  kind: z.enum(['pvf', 'rth']),
  rthUnitType: rthUnitType.nullable(),
  prices: z.array(z.object({ validFrom: day, validTo: day.nullable(), points, euroCents: z.number() })),
});

export const groupSaved = z.object({ id: z.string(), name: z.string(), location: z.string() });
export const group = groupSaved.extend({
  /** The members who work in the group (a begeleider sees the clients of their groups). */
  members: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export const offer = z.object({ functions: z.array(supportFunction), groups: z.array(group) });
export const groupCandidate = z.object({ userId: z.string(), name: z.string(), role: z.string() });

export const ruleTableName = z.enum([
  'budgetCategories',
  'oldCategoryMap',
  'pointValue',
  'rthPoints',
  'rthCap',
  'rthContribution',
  'organisationRate',
  'zorgbudget',
  'cashFree',
  'startLimit',
]);
export const rule = z.object({
  id: z.string(),
  table: ruleTableName,
  validFrom: day,
  validTo: day.nullable(),
  data: z.record(z.string(), z.unknown()),
  example: z.boolean(),
  source: z.string().nullable(),
});

export const gridRow = z.object({
  code: z.string(),
  name: z.string(),
  unit,
  kind: z.enum(['pvf', 'rth']),
  planned: z.record(z.string(), z.number()),
  registered: z.record(z.string(), z.number()),
});
export const weekGrid = z.object({
  start: day,
  days: z.array(day),
  /** The months of this week whose statement is issued: a change there needs a reason. */
  issuedMonths: z.array(z.string()),
  clients: z.array(z.object({ id: z.string(), name: z.string(), functions: z.array(gridRow) })),
});
export const weekSaved = z.object({ saved: z.number(), removed: z.number(), grid: weekGrid });

/** Points as text with 4 decimals, e.g. "21.9000". */
export type Points = string;
export type ClientSummary = z.infer<typeof clientSummary>;
export type ClientDetail = z.infer<typeof clientDetail>;
export type Funding = z.infer<typeof funding>;
export type FundingIncomeAnswer = z.infer<typeof fundingIncome>;
export type StartRule = z.infer<typeof startRule>;
export type Agreement = z.infer<typeof agreement>;
export type FundingKind = z.infer<typeof fundingKind>;
export type SpendingForm = z.infer<typeof spendingForm>;
export type Per = z.infer<typeof per>;
export type Unit = z.infer<typeof unit>;
export type RthUnitType = z.infer<typeof rthUnitType>;
export type SupportFunction = z.infer<typeof supportFunction>;
export type Group = z.infer<typeof group>;
export type Offer = z.infer<typeof offer>;
export type GroupCandidate = z.infer<typeof groupCandidate>;
export type RuleTable = z.infer<typeof ruleTableName>;
export type Rule = z.infer<typeof rule>;
export type GridRow = z.infer<typeof gridRow>;
export type WeekGrid = z.infer<typeof weekGrid>;
