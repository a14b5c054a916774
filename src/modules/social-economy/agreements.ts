/** Cooperation agreements (phase 1) with dated amendments, and their yearly cost per cost centre. */
import { sql } from 'kysely';
import { thisYear } from '../../lib/calendar.ts';
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { type AgreementTerms, type AmendmentTerms, effectiveEnd, yearlyCostCents } from './logic/agreements.ts';
import { msg } from './messages.ts';
import { checkPartner } from './partners.ts';
import {
  type Agreement,
  type AgreementDetail,
  type AgreementInput,
  type AmendmentInput,
  agreementInput,
} from './schema.ts';
import { type Scope, WHOLE_ORG } from './scope.ts';

type Row = Awaited<ReturnType<typeof agreementRows>>[number];

function agreementRows(db: DbOrTx, orgId: string, scope: Scope) {
  let q = db
    .selectFrom('se_agreement as a')
    .innerJoin('se_partner as p', 'p.id', 'a.partner_id')
    .selectAll('a')
    .select('p.name as partner_name')
    .select((eb) =>
      eb
        .selectFrom('se_worker as w')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('w.agreement_id', '=', 'a.id')
        .as('workers'),
    )
    .where('a.org_id', '=', orgId)
    .orderBy('a.start_on', 'desc')
    .orderBy('a.title');
  if (scope.partnerId !== null) q = q.where('a.partner_id', '=', scope.partnerId);
  return q.execute();
}

async function amendmentsOf(db: DbOrTx, orgId: string, agreementIds: string[]) {
  if (agreementIds.length === 0) return new Map<string, AgreementDetail['amendments']>();
  const rows = await db
    .selectFrom('se_amendment')
    .select(['id', 'agreement_id', 'effective_on', 'description', 'scope_amount', 'price_cents', 'end_on'])
    .where('org_id', '=', orgId)
    .where('agreement_id', 'in', agreementIds)
    .orderBy('effective_on')
    .orderBy('created_at')
    .execute();
  const map = new Map<string, AgreementDetail['amendments']>();
  for (const r of rows) {
    const list = map.get(r.agreement_id) ?? [];
    list.push({
      id: r.id,
      effectiveOn: r.effective_on,
      description: r.description,
      scopeAmount: r.scope_amount === null ? null : Number(r.scope_amount),
      priceCents: r.price_cents,
      endOn: r.end_on,
    });
    map.set(r.agreement_id, list);
  }
  return map;
}

const termsOf = (r: Row): AgreementTerms => ({
  scopeUnit: r.scope_unit,
  scopeAmount: Number(r.scope_amount),
  priceUnit: r.price_unit,
  priceCents: r.price_cents,
  startOn: r.start_on,
  endOn: r.end_on,
});
const amendmentTerms = (list: AgreementDetail['amendments']): AmendmentTerms[] =>
  list.map((a) => ({
    effectiveOn: a.effectiveOn,
    scopeAmount: a.scopeAmount,
    priceCents: a.priceCents,
    endOn: a.endOn,
  }));

function present(r: Row, amendments: AgreementDetail['amendments'], year: number): Agreement {
  const terms = termsOf(r);
  const am = amendmentTerms(amendments);
  return {
    id: r.id,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    title: r.title,
    content: r.content,
    tasks: r.tasks,
    scopeUnit: r.scope_unit,
    scopeAmount: Number(r.scope_amount),
    startOn: r.start_on,
    endOn: r.end_on,
    effectiveEndOn: effectiveEnd(terms, am),
    evaluationOn: r.evaluation_on,
    priceUnit: r.price_unit,
    priceCents: r.price_cents,
    coachingHoursPerMonth: Number(r.coaching_hours_per_month),
    trainingHoursPerYear: Number(r.training_hours_per_year),
    coach: r.coach,
    conditions: r.conditions,
    costCentre: r.cost_centre,
    year,
    yearCostCents: yearlyCostCents(terms, am, year),
    workers: Number(r.workers ?? 0),
  };
}

/** The agreements in scope with their cost in `year` (default this year). */
export async function listAgreements(db: DbOrTx, orgId: string, scope: Scope, year = thisYear()): Promise<Agreement[]> {
  const rows = await agreementRows(db, orgId, scope);
  const amendments = await amendmentsOf(
    db,
    orgId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => present(r, amendments.get(r.id) ?? [], year));
}

export async function agreementDetail(
  db: DbOrTx,
  orgId: string,
  scope: Scope,
  agreementId: string,
  year = thisYear(),
): Promise<AgreementDetail> {
  const row = (await agreementRows(db, orgId, scope)).find((r) => r.id === agreementId);
  if (!row) throw new AppError('not_found', msg('agreement_not_found'));
  const amendments = (await amendmentsOf(db, orgId, [agreementId])).get(agreementId) ?? [];
  return { ...present(row, amendments, year), amendments };
}

function values(input: Partial<AgreementInput>) {
  return {
    ...(input.partnerId !== undefined && { partner_id: input.partnerId }),
    ...(input.title !== undefined && { title: input.title }),
    ...(input.content !== undefined && { content: input.content }),
    ...(input.tasks !== undefined && { tasks: input.tasks }),
    ...(input.scopeUnit !== undefined && { scope_unit: input.scopeUnit }),
    ...(input.scopeAmount !== undefined && { scope_amount: input.scopeAmount }),
    ...(input.startOn !== undefined && { start_on: input.startOn }),
    ...(input.endOn !== undefined && { end_on: input.endOn }),
    ...(input.evaluationOn !== undefined && { evaluation_on: input.evaluationOn }),
    ...(input.priceUnit !== undefined && { price_unit: input.priceUnit }),
    ...(input.priceCents !== undefined && { price_cents: input.priceCents }),
    ...(input.coachingHoursPerMonth !== undefined && { coaching_hours_per_month: input.coachingHoursPerMonth }),
    ...(input.trainingHoursPerYear !== undefined && { training_hours_per_year: input.trainingHoursPerYear }),
    ...(input.coach !== undefined && { coach: input.coach }),
    ...(input.conditions !== undefined && { conditions: input.conditions }),
    ...(input.costCentre !== undefined && { cost_centre: input.costCentre }),
  };
}

/**
 * Creates a cooperation agreement (phase 1) with a partner of the organisation; returns its id.
 * Published (public.ts): job-carving turns a carved function into an agreement with it.
 */
export async function createAgreement(db: DbOrTx, orgId: string, input: AgreementInput): Promise<string> {
  const parsed = agreementInput.parse(input);
  await checkPartner(db, orgId, WHOLE_ORG, parsed.partnerId);
  const v = values(parsed);
  const row = await db
    .insertInto('se_agreement')
    .values({
      ...v,
      org_id: orgId,
      partner_id: parsed.partnerId,
      title: parsed.title,
      scope_unit: parsed.scopeUnit,
      scope_amount: parsed.scopeAmount,
      start_on: parsed.startOn,
      price_unit: parsed.priceUnit,
      price_cents: parsed.priceCents,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgreement(db: DbOrTx, orgId: string, agreementId: string, input: AgreementInput) {
  await agreementDetail(db, orgId, WHOLE_ORG, agreementId);
  await checkPartner(db, orgId, WHOLE_ORG, input.partnerId);
  await db
    .updateTable('se_agreement')
    .set({
      ...values(input),
      end_on: input.endOn ?? null,
      evaluation_on: input.evaluationOn ?? null,
    })
    .where('org_id', '=', orgId)
    .where('id', '=', agreementId)
    .execute();
}

export async function deleteAgreement(db: DbOrTx, orgId: string, agreementId: string) {
  await agreementDetail(db, orgId, WHOLE_ORG, agreementId);
  await db.deleteFrom('se_agreement').where('org_id', '=', orgId).where('id', '=', agreementId).execute();
}

export async function addAmendment(db: DbOrTx, orgId: string, agreementId: string, input: AmendmentInput) {
  await agreementDetail(db, orgId, WHOLE_ORG, agreementId);
  const row = await db
    .insertInto('se_amendment')
    .values({
      org_id: orgId,
      agreement_id: agreementId,
      effective_on: input.effectiveOn,
      description: input.description,
      scope_amount: input.scopeAmount ?? null,
      price_cents: input.priceCents ?? null,
      end_on: input.endOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteAmendment(db: DbOrTx, orgId: string, agreementId: string, amendmentId: string) {
  const gone = await db
    .deleteFrom('se_amendment')
    .where('org_id', '=', orgId)
    .where('agreement_id', '=', agreementId)
    .where('id', '=', amendmentId)
    .executeTakeFirst();
  if (Number(gone.numDeletedRows) === 0) throw new AppError('not_found', msg('agreement_not_found'));
}

/**
 * The committed cost of the cooperation agreements in `year`, per finance cost centre (code; '' when
 * none was named). Published for finance: an expected cost beside the ledger, never added to it.
 */
export async function agreementCostByCentre(db: DbOrTx, orgId: string, year: number) {
  const agreements = await listAgreements(db, orgId, WHOLE_ORG, year);
  const centres = new Map<string, { costCentre: string; agreements: number; costCents: number }>();
  for (const a of agreements) {
    if (a.yearCostCents === 0) continue;
    const c = centres.get(a.costCentre) ?? { costCentre: a.costCentre, agreements: 0, costCents: 0 };
    c.agreements += 1;
    c.costCents += a.yearCostCents;
    centres.set(a.costCentre, c);
  }
  const list = [...centres.values()].sort((a, b) => a.costCentre.localeCompare(b.costCentre));
  return { year, centres: list, totalCents: list.reduce((s, c) => s + c.costCents, 0) };
}
