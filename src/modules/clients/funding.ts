/** A client's funding records and IDO agreement lines: adding them, with the budget rules checked. */
import type { z } from 'zod';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { today } from '../../lib/calendar.ts';
import { agreementLines, voucherPoints } from './budget.ts';
import {
  checkAgreementFits,
  ClientsLogicError,
  newCategoryOf,
  validateAgreementLine,
  type AgreementLine,
  type RuleSet,
} from './logic/index.ts';
import { msg } from './messages.ts';
import { listFunctions, priceOn } from './offer.ts';
import { clientRow, hasVoucherBudget } from './queries-clients.ts';
import { ruleSet } from './rules.ts';
import { pointsText, type agreementInput, type fundingInput } from './schema.ts';
import { revalueRegistrations } from './valuation.ts';

/** The new category of an entered old-scheme one, under the map valid on the day the budget was made available. */
function convertedCategory(f: z.infer<typeof fundingInput>, rules: RuleSet): number | null {
  if (!f.oldCategory) return f.category ?? null;
  let converted: number;
  try {
    converted = newCategoryOf(rules, f.oldCategory, f.madeAvailableOn ?? today());
  } catch (e) {
    if (!(e instanceof ClientsLogicError)) throw e;
    throw new AppError(
      'validation',
      { nl: e.nl, en: e.en },
      { fields: [{ path: 'oldCategory', message: { nl: e.nl, en: e.en } }] },
    );
  }
  if (f.category && f.category !== converted) {
    const message = msg('old_category_becomes_category', {
      oldCategory: f.oldCategory,
      converted,
      category: f.category,
    });
    throw new AppError('validation', message, { fields: [{ path: 'category', message }] });
  }
  return converted;
}

export async function addFunding(db: DbOrTx, orgId: string, clientId: string, f: z.infer<typeof fundingInput>) {
  await clientRow(db, orgId, clientId);
  const category = convertedCategory(f, await ruleSet(db, orgId));
  const row = await db
    .insertInto('cl_funding')
    .values({
      org_id: orgId,
      client_id: clientId,
      kind: f.kind,
      category,
      old_category: f.oldCategory ?? null,
      form: f.form ?? null,
      voucher_points_e4: f.voucherPoints ?? null,
      made_available_on: f.madeAvailableOn ?? null,
      start_date: f.startDate ?? null,
      end_date: f.endDate ?? null,
      volunteers: f.volunteers ?? false,
      note: f.note ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Adds an agreement line after checking it fits the client's voucher points in every year it touches. */
export async function addAgreement(
  db: DbOrTx,
  orgId: string,
  clientId: string,
  input: z.infer<typeof agreementInput>,
  rules: RuleSet,
) {
  await clientRow(db, orgId, clientId);
  const fn = (await listFunctions(db, orgId)).find((f) => f.code === input.functionCode);
  if (!fn)
    throw new AppError('validation', msg('function_not_offer_2', { functionCode: input.functionCode }), {
      fields: [{ path: 'functionCode', message: msg('unknown') }],
    });
  const line: AgreementLine = {
    clientId,
    function: fn.code,
    unit: fn.unit as AgreementLine['unit'],
    frequency: { count: input.count, per: input.per },
    priceE4: input.pricePoints ?? priceOn(fn, input.startDate),
    start: input.startDate,
    end: input.endDate ?? null,
  };
  const problems = validateAgreementLine(line);
  if (problems.length)
    throw new AppError(
      'validation',
      { nl: problems.map((p) => p.nl).join(' '), en: problems.map((p) => p.en).join(' ') },
      { fields: problems.map((p) => ({ path: p.code, message: { nl: p.nl, en: p.en } })) },
    );
  // Only voucher points are checked: a cash budget holder (or another payer) pays the provider
  // directly, so there is no voucher budget to exceed.
  const voucher = await hasVoucherBudget(db, orgId, clientId);
  if (fn.kind === 'pvf' && voucher) {
    const existing = (await agreementLines(db, orgId, clientId)).filter((l) => l.function !== 'rth');
    const firstYear = Number(line.start.slice(0, 4));
    const lastYear = Math.min(Number((line.end ?? `${firstYear + 1}`).slice(0, 4)), firstYear + 5);
    for (let year = firstYear; year <= lastYear; year++) {
      const fit = checkAgreementFits([...existing, line], await voucherPoints(db, orgId, clientId, year, rules), year);
      if (!fit.ok) {
        throw new AppError(
          'exceeds_budget',
          { nl: fit.error.nl, en: fit.error.en },
          {
            fields: [{ path: 'count', message: { nl: fit.error.nl, en: fit.error.en } }],
            details: {
              year,
              committed: pointsText(fit.error.numbers.committedE4),
              available: pointsText(fit.error.numbers.availableE4),
              excess: pointsText(fit.error.numbers.excessE4),
            },
          },
        );
      }
    }
  }
  const row = await db
    .insertInto('cl_agreement')
    .values({
      org_id: orgId,
      client_id: clientId,
      function_code: fn.code,
      count: input.count,
      per: input.per,
      price_points_e4: line.priceE4,
      start_date: line.start,
      end_date: line.end ?? null,
      living_costs_cents: input.livingCostsCents ?? null,
      living_costs_per: input.livingCostsPer ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The agreed price now values the client's registrations of this function on the line's dates.
  await revalueRegistrations(db, orgId, rules, { clientId, functionCode: fn.code });
  return row.id;
}
