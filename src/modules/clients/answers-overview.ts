/**
 * The answers of the consumption, statement, forecast and waiting-list routes (see answers.ts;
 * re-exported by `schema.ts`). A statement's points are ten-thousandths (integers).
 */
import { z } from 'zod';
import { livingPer, message, requestStatus, startStatus } from './answers.ts';

const day = z.string();
const points = z.string();
const priorityGroup = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const consumptionWarning = z.union([
  message.extend({ code: z.literal('runs_out'), date: day }),
  message.extend({ code: z.literal('under_use'), percent: z.number() }),
]);
export const consumptionRow = z.object({
  clientId: z.string(),
  clientName: z.string(),
  groupId: z.string().nullable(),
  function: z.string(),
  agreed: points,
  delivered: points,
  remaining: points,
  projected: points,
  roomToHelp: points,
  runOutDate: day.nullable(),
  warnings: z.array(consumptionWarning),
});
export const consumptionAnswer = z.object({ year: z.number(), asOf: day, items: z.array(consumptionRow) });

export const fundingType = z.enum(['voucher', 'cash', 'rth', 'other']);
/** Points in the statement document are ten-thousandths (integers). */
export const careLine = z.object({
  month: z.string(),
  clientId: z.string(),
  function: z.string(),
  funding: fundingType,
  units: z.number(),
  pointsE4: z.number(),
  cents: z.number(),
  organisationE4: z.number(),
  organisationCents: z.number(),
  totalCents: z.number(),
  correction: z.boolean(),
  /** Units and points per applied price (absent on statements issued before prices were recorded). */
  prices: z
    .array(
      z.object({
        priceE4: z.number().nullable(),
        source: z.enum(['agreement', 'offer', 'rth']).nullable(),
        units: z.number(),
        pointsE4: z.number(),
      }),
    )
    .optional(),
});
export const livingLine = z.object({
  clientId: z.string(),
  label: z.string(),
  tariffCents: z.number(),
  per: livingPer,
  quantity: z.number(),
  totalCents: z.number(),
});
const fundingTotal = z.object({ pointsE4: z.number(), organisationE4: z.number(), cents: z.number() });
export const statement = z.object({
  month: z.string(),
  centsPerPoint: z.number(),
  careLines: z.array(careLine),
  corrections: z.array(careLine),
  livingLines: z.array(livingLine),
  totalsByFunding: z.object({ voucher: fundingTotal, cash: fundingTotal, rth: fundingTotal, other: fundingTotal }),
  livingTotalCents: z.number(),
  totalCents: z.number(),
});
export const statementAnswer = z.object({ issued: z.boolean(), id: z.string().nullable(), statement });

export const forecastMonth = z.object({
  month: z.string(),
  agreementCents: z.number(),
  incomeP10: z.number(),
  incomeP50: z.number(),
  incomeP90: z.number(),
  fteP10: z.number(),
  fteP50: z.number(),
  fteP90: z.number(),
});
export const forecastAnswer = z.object({
  startMonth: z.string(),
  runs: z.number(),
  seed: z.number(),
  leaveProbability: z.number(),
  history: z.object({ leavers: z.number(), clientMonths: z.number(), probability: z.number() }),
  costPerFteCents: z.number(),
  costPerFteSource: z.enum(['given', 'finance', 'default']),
  clients: z.number(),
  waiting: z.number(),
  months: z.array(forecastMonth),
});

export const waitingRequest = z.object({
  id: z.string(),
  reference: z.string(),
  priorityGroup,
  requestDate: day,
  decisionDate: day.nullable(),
  needs: z.array(z.object({ function: z.string(), unitsPerWeek: z.number() })),
  status: requestStatus,
  intensity: z.string(),
});
export const groupSummary = z.object({
  group: priorityGroup.nullable(),
  count: z.number(),
  longestDays: z.number().nullable(),
  medianDays: z.number().nullable(),
  longestText: message.nullable(),
});
export const budgetStart = z.object({
  fundingId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  category: z.number().nullable(),
  madeAvailableOn: day,
  status: startStatus,
  deadline: day,
  daysLeft: z.number(),
  fallbackOn: day,
  fellBack: z.boolean(),
  priorityGroup: z.literal(3).nullable(),
});
export const waitingListAnswer = z.object({
  items: z.array(waitingRequest),
  summary: z.object({
    groups: z.array(groupSummary),
    all: groupSummary,
    byStatus: z.record(requestStatus, z.number()),
    fellBack: z.number(),
  }),
  servable: z.object({
    served: z.array(z.string()),
    notServed: z.array(
      z.object({
        id: z.string(),
        short: z.array(z.object({ function: z.string(), neededPerWeek: z.number(), freePerWeek: z.number() })),
      }),
    ),
    remainingCapacity: z.record(z.string(), z.number()),
  }),
  /** Budgets made available but not started, with the 4-month start rule. */
  budgetStarts: z.array(budgetStart),
});
export const idAnswer = z.object({ id: z.string() });

export type ConsumptionWarning = z.infer<typeof consumptionWarning>;
export type ConsumptionRow = z.infer<typeof consumptionRow>;
export type FundingType = z.infer<typeof fundingType>;
export type CareLine = z.infer<typeof careLine>;
export type LivingLine = z.infer<typeof livingLine>;
export type Statement = z.infer<typeof statement>;
export type StatementAnswer = z.infer<typeof statementAnswer>;
export type ForecastMonth = z.infer<typeof forecastMonth>;
export type Forecast = z.infer<typeof forecastAnswer>;
export type RequestStatus = z.infer<typeof requestStatus>;
export type WaitingRequest = z.infer<typeof waitingRequest>;
export type GroupSummary = z.infer<typeof groupSummary>;
export type BudgetStart = z.infer<typeof budgetStart>;
export type WaitingList = z.infer<typeof waitingListAnswer>;

/** One client's budget per support function, with the registrations behind it (GET …/clients/{id}/consumption). */
export const clientConsumptionAnswer = z.object({
  year: z.number(),
  asOf: day,
  functions: z.array(
    z.object({
      function: z.string(),
      functionName: z.string(),
      unit: z.string().nullable(),
      fundingTypes: z.array(z.string()),
      agreed: points,
      used: points,
      remaining: points,
      projected: points,
      runOutDate: day.nullable(),
      warnings: z.array(consumptionWarning),
      registrations: z.array(
        z.object({
          id: z.string(),
          date: day,
          units: z.string(),
          points,
          fundingType: z.string(),
          priceSource: z.enum(['agreement', 'offer', 'rth']).nullable(),
        }),
      ),
    }),
  ),
});
