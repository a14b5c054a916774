/**
 * The cost model of a year and the cost-price report computed from it and the current ledger.
 */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { incomeTypes } from './accounts.ts';
import {
  costPrices,
  directCostsFromLedger,
  formatCentsBe,
  reciprocal,
  revenueFromLedger,
  stepDown,
  suggestOrder,
  validateModel,
  type AllocationError,
  type CostModel,
  type Message,
  type SignedLedgerLine,
} from './logic/index.ts';
import type { CostModelDoc, Method } from './schema.ts';
import { msg } from './messages.ts';
import { getModel, upsertModel } from './queries.ts';
import { ledgerTotals } from './queries-ledger.ts';

function modelErrors(errors: readonly AllocationError[], doc: CostModelDoc): AppError {
  const fields = errors.map((e) => {
    const index = e.centres?.[0] !== undefined ? doc.centres.findIndex((c) => c.code === e.centres![0]) : -1;
    const keyIndex = e.key ? doc.keys.findIndex((k) => k.code === e.key) : -1;
    const path =
      e.code === 'duplicate_centre' || index >= 0
        ? `centres.${Math.max(index, 0)}.code`
        : keyIndex >= 0
          ? `keys.${keyIndex}`
          : e.code;
    return { path, message: { nl: e.nl, en: e.en } };
  });
  return new AppError(
    'validation',
    msg('cost_model_not_valid', {
      errors: { nl: errors.map((e) => e.nl).join(' '), en: errors.map((e) => e.en).join(' ') },
    }),
    { fields },
  );
}

/** The allocation model of a saved cost model and the direct costs per centre. */
export function toCostModel(doc: CostModelDoc, direct: Record<string, number>): CostModel {
  return {
    centres: doc.centres.map((c) => ({
      code: c.code,
      name: c.name,
      kind: c.kind,
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.volume !== null ? { volume: c.volume } : {}),
    })),
    keys: doc.keys,
    rules: doc.rules,
    direct,
  };
}

/** Saves a year's model after checking it (duplicate codes, rules, keys summing to zero …). */
export async function saveModel(
  db: DbOrTx,
  orgId: string,
  userId: string | null,
  doc: CostModelDoc,
): Promise<CostModelDoc> {
  const errors = validateModel(toCostModel(doc, {}));
  const codes = new Set(doc.centres.map((c) => c.code));
  doc.assignments.forEach((a, i) => {
    if (!codes.has(a.centre))
      errors.push({ code: 'unknown_centre', ...msg('unknown_centre', { i: i + 1, centre: a.centre }) });
  });
  if (errors.length) throw modelErrors(errors, doc);
  await upsertModel(db, orgId, userId, doc);
  return doc;
}

/** The centre of a ledger line: its own cost-centre code when the model knows it, else the longest assigned account prefix. */
export function centreResolver(doc: CostModelDoc) {
  const codes = new Set(doc.centres.map((c) => c.code));
  const byPrefix = [...doc.assignments].sort((a, b) => b.account.length - a.account.length);
  return (line: SignedLedgerLine): string | undefined =>
    line.costCentre && codes.has(line.costCentre)
      ? line.costCentre
      : byPrefix.find((a) => line.account.startsWith(a.account))?.centre;
}

export type { Method } from './schema.ts';

/** The cost-price report of a year: allocation, cost per unit, income, coverage and mix. */
export async function costPriceReport(db: Db, orgId: string, year: number, method: Method) {
  const doc = await getModel(db, orgId, year);
  if (!doc.centres.some((c) => c.kind === 'main')) {
    throw new AppError('not_found', msg('there_no_cost_model', { year }));
  }
  const lines = await ledgerTotals(db, orgId, year);
  const centreOf = centreResolver(doc);
  const { direct, unassignedCents } = directCostsFromLedger(lines, centreOf);
  const types = await incomeTypes(db, orgId);
  const revenue = revenueFromLedger(
    lines.map((l) => {
      const c = centreOf(l);
      return { ...l, ...(c ? { costCentre: c } : {}) };
    }),
    (a) => types.get(a),
  );
  const model = toCostModel(doc, direct);
  const suggestion = suggestOrder(model, doc.stepOrder);
  const aux = doc.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
  const savedFits =
    doc.stepOrder.length === aux.length &&
    new Set(doc.stepOrder).size === aux.length &&
    aux.every((c) => doc.stepOrder.includes(c));
  const order = savedFits ? doc.stepOrder : suggestion.order;
  const outcome = method === 'reciprocal' ? reciprocal(model) : stepDown(model, order);
  if (!outcome.ok) throw modelErrors(outcome.errors, doc);
  const report = costPrices(outcome.result, model.centres, revenue);
  const price = new Map(doc.centres.map((c) => [c.code, c.pricePerUnitCents]));
  const names = new Map(doc.centres.map((c) => [c.code, c.name]));
  const warnings: Message[] = [];
  if (unassignedCents !== 0) {
    const amount = formatCentsBe(unassignedCents);
    warnings.push(msg('costs_assigned_no_cost', { amount }));
  }
  if (method === 'stepdown' && doc.stepOrder.length > 0 && !savedFits) {
    warnings.push(msg('saved_allocation_order_does'));
  }
  if (lines.length === 0) warnings.push(msg('no_ledger_been_imported', { year }));
  return {
    year,
    method,
    stepOrder: method === 'stepdown' ? order : [],
    /** The textbook order (the centre that serves the other auxiliary centres most first) and the centres serving each other. */
    suggestedOrder: suggestion.order,
    mutualCentres: suggestion.mutual,
    /** Step-down: back-flows to centres already closed, ignored by definition (empty for reciprocal). */
    ignoredBackflows: outcome.result.ignoredBackflows,
    totalCostCents: outcome.result.totalCostCents,
    mainTotalCents: outcome.result.mainTotalCents,
    unassignedCostCents: unassignedCents,
    centres: outcome.result.centres.map((c) => ({ ...c, name: names.get(c.code) ?? c.code })),
    flows: outcome.result.flows.filter((f) => f.amountCents !== 0),
    services: report.services.map((s) => ({ ...s, pricePerUnitCents: price.get(s.code) ?? null })),
    organisation: report.organisation,
    warnings,
  };
}
export type CostPriceView = Awaited<ReturnType<typeof costPriceReport>>;
