/** Clients with minimal personal data, their funding over time and their IDO agreements. */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { scrubAudit } from '../audit/public.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import {
  availableVoucherPoints,
  checkAgreementFits,
  clientIncome,
  ClientsLogicError,
  committedPoints,
  fundingIncome,
  newCategoryOf,
  startRuleStatus,
  validateAgreementLine,
  type AgreementLine,
  type FundingRecord,
  type PvbFunding,
  type RuleSet,
} from './logic/index.ts';
import { listFunctions, priceOn } from './offer.ts';
import { ruleSet } from './rules.ts';
import { pointsText } from './schema.ts';
import { revalueRegistrations } from './valuation.ts';
import type { z } from 'zod';
import type { agreementInput, clientInput, fundingInput } from './schema.ts';
import { thisYear, today } from '../../lib/calendar.ts';
import { msg } from './messages.ts';

/** The organisation's clients, filtered; `onlyIds` (a caseload) keeps just those clients. */
export async function listClients(
  db: DbOrTx,
  orgId: string,
  q: { search?: string | undefined; groupId?: string | undefined; professionalId?: string | undefined },
  onlyIds: Set<string> | null = null,
) {
  if (onlyIds && onlyIds.size === 0) return [];
  let query = db
    .selectFrom('cl_client as c')
    .leftJoin('cl_group as g', 'g.id', 'c.group_id')
    .leftJoin('app_user as u', 'u.id', 'c.professional_id')
    .select([
      'c.id',
      'c.name',
      'c.birth_year',
      'c.b_value',
      'c.p_value',
      'c.group_id',
      'g.name as group_name',
      'c.professional_id',
      'u.name as professional_name',
      'c.started_on',
      'c.ended_on',
    ])
    .where('c.org_id', '=', orgId)
    .orderBy('c.name');
  if (q.search) query = query.where('c.name', 'ilike', `%${q.search.replace(/[%_\\]/g, '\\$&')}%`);
  if (q.groupId) query = query.where('c.group_id', '=', q.groupId);
  if (q.professionalId) query = query.where('c.professional_id', '=', q.professionalId);
  if (onlyIds) query = query.where('c.id', 'in', [...onlyIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    birthYear: r.birth_year,
    bValue: r.b_value,
    pValue: r.p_value,
    groupId: r.group_id,
    groupName: r.group_name,
    professionalId: r.professional_id,
    professionalName: r.professional_name,
    startedOn: r.started_on,
    endedOn: r.ended_on,
  }));
}

async function clientRow(db: DbOrTx, orgId: string, clientId: string) {
  const row = await db
    .selectFrom('cl_client')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

async function checkProfessional(db: DbOrTx, orgId: string, userId: string | null | undefined) {
  if (
    userId &&
    !(await db
      .selectFrom('membership')
      .select('id')
      .where('org_id', '=', orgId)
      .where('user_id', '=', userId)
      .executeTakeFirst())
  ) {
    throw new AppError('validation', msg('professional_not_member_organisation'), {
      fields: [{ path: 'professionalId', message: msg('unknown') }],
    });
  }
}

async function checkGroup(db: DbOrTx, orgId: string, groupId: string | null | undefined) {
  if (
    groupId &&
    !(await db
      .selectFrom('cl_group')
      .select('id')
      .where('org_id', '=', orgId)
      .where('id', '=', groupId)
      .executeTakeFirst())
  ) {
    throw new AppError('validation', msg('group_does_not_exist'), {
      fields: [{ path: 'groupId', message: msg('unknown') }],
    });
  }
}

type ClientInput = z.infer<typeof clientInput>;
const clientColumns = (c: Partial<ClientInput>) => ({
  name: c.name,
  birth_year: c.birthYear,
  contact_person: c.contactPerson,
  b_value: c.bValue,
  p_value: c.pValue,
  group_id: c.groupId,
  professional_id: c.professionalId,
  started_on: c.startedOn,
  ended_on: c.endedOn,
});

export async function createClient(db: DbOrTx, orgId: string, input: ClientInput) {
  await checkGroup(db, orgId, input.groupId);
  await checkProfessional(db, orgId, input.professionalId);
  const row = await db
    .insertInto('cl_client')
    .values({ ...clientColumns(input), name: input.name, org_id: orgId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateClient(db: DbOrTx, orgId: string, clientId: string, patch: Partial<ClientInput>) {
  await clientRow(db, orgId, clientId);
  await checkGroup(db, orgId, patch.groupId);
  await checkProfessional(db, orgId, patch.professionalId);
  await db
    .updateTable('cl_client')
    .set(clientColumns(patch))
    .where('org_id', '=', orgId)
    .where('id', '=', clientId)
    .execute();
}

function toPvb(f: {
  category: number | null;
  form: string | null;
  voucher_points_e4: number | null;
  made_available_on: string | null;
  start_date: string | null;
  end_date: string | null;
}): PvbFunding {
  return {
    kind: 'pvb',
    category: f.category!,
    form: f.form as PvbFunding['form'],
    ...(f.voucher_points_e4 !== null ? { voucherPointsE4: Number(f.voucher_points_e4) } : {}),
    madeAvailable: f.made_available_on!,
    start: f.start_date,
    end: f.end_date,
  };
}

async function agreementLines(
  db: DbOrTx,
  orgId: string,
  clientId: string,
): Promise<
  (AgreementLine & { id: string; livingCostsCents: number | null; livingCostsPer: 'day' | 'month' | null })[]
> {
  const rows = await db
    .selectFrom('cl_agreement')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('start_date')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId,
    function: r.function_code,
    frequency: { count: Number(r.count), per: r.per },
    priceE4: Number(r.price_points_e4),
    start: r.start_date,
    end: r.end_date,
    livingCostsCents: r.living_costs_cents === null ? null : Number(r.living_costs_cents),
    livingCostsPer: r.living_costs_per,
  }));
}

/** Voucher points available to the client in a year, over all its PVB funding. */
async function voucherPoints(
  db: DbOrTx,
  orgId: string,
  clientId: string,
  year: number,
  rules: RuleSet,
): Promise<number> {
  const funding = await db
    .selectFrom('cl_funding')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('kind', '=', 'pvb')
    .execute();
  return funding.reduce((sum, f) => sum + availableVoucherPoints(toPvb(f), year, rules), 0);
}

function fundingRecord(f: {
  kind: FundingRecord['kind'];
  category: number | null;
  form: FundingRecord['form'];
  voucher_points_e4: number | null;
  made_available_on: string | null;
  start_date: string | null;
  end_date: string | null;
}): FundingRecord {
  return {
    kind: f.kind,
    category: f.category,
    form: f.form,
    voucherPointsE4: f.voucher_points_e4 === null ? null : Number(f.voucher_points_e4),
    madeAvailable: f.made_available_on,
    start: f.start_date,
    end: f.end_date,
  };
}

/** The whole record of one client: profile, funding with the start rule, agreements with committed points. */
export async function clientDetail(db: DbOrTx, orgId: string, clientId: string, rules: RuleSet) {
  const c = await clientRow(db, orgId, clientId);
  const year = thisYear();
  const funding = await db
    .selectFrom('cl_funding')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .orderBy('start_date')
    .execute();
  const lines = await agreementLines(db, orgId, clientId);
  const available = await voucherPoints(db, orgId, clientId, year, rules);
  const committed = committedPoints(lines, year);
  return {
    id: c.id,
    name: c.name,
    birthYear: c.birth_year,
    contactPerson: c.contact_person,
    bValue: c.b_value,
    pValue: c.p_value,
    groupId: c.group_id,
    professionalId: c.professional_id,
    startedOn: c.started_on,
    endedOn: c.ended_on,
    funding: funding.map((f) => ({
      id: f.id,
      kind: f.kind,
      category: f.category,
      form: f.form,
      voucherPoints: f.voucher_points_e4 === null ? null : pointsText(Number(f.voucher_points_e4)),
      madeAvailableOn: f.made_available_on,
      startDate: f.start_date,
      endDate: f.end_date,
      volunteers: f.volunteers,
      note: f.note,
      startRule:
        f.kind === 'pvb' && f.made_available_on
          ? startRuleStatus(f.made_available_on, f.start_date, today(), rules)
          : null,
      voucherPointsThisYear: f.kind === 'pvb' ? pointsText(availableVoucherPoints(toPvb(f), year, rules)) : null,
      oldCategory: f.old_category,
      incomeThisYear: incomeText(fundingIncome(fundingRecord(f), year, rules)),
    })),
    agreements: lines.map((l) => ({
      id: l.id,
      functionCode: l.function,
      count: l.frequency.count,
      per: l.frequency.per,
      pricePoints: pointsText(l.priceE4),
      startDate: l.start,
      endDate: l.end ?? null,
      livingCostsCents: l.livingCostsCents,
      livingCostsPer: l.livingCostsPer,
      pointsThisYear: pointsText(committedPoints([l], year)),
    })),
    budget: {
      year,
      availableVoucherPoints: pointsText(available),
      committedPoints: pointsText(committed),
      leftPoints: pointsText(available - committed),
    },
    /** What the person receives this year: the cash part of the PVB (with its free-to-spend part) and the zorgbudget. */
    income: { year, ...incomeText(clientIncome(funding.map(fundingRecord), year, rules)) },
  };
}

function incomeText(i: ReturnType<typeof fundingIncome>) {
  return {
    cashPoints: pointsText(i.cashPointsE4),
    cashCents: i.cashCents,
    freeToSpendCents: i.freeToSpendCents,
    zorgbudgetCents: i.zorgbudgetCents,
  };
}

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
  const voucher = await db
    .selectFrom('cl_funding')
    .select('id')
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('kind', '=', 'pvb')
    .where('form', 'in', ['voucher', 'combination'])
    .executeTakeFirst();
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

/** Everything stored about one client (GDPR access request). */
export async function exportClient(db: DbOrTx, orgId: string, clientId: string) {
  const client = await clientRow(db, orgId, clientId);
  const [funding, agreements, registrations] = await Promise.all([
    db.selectFrom('cl_funding').selectAll().where('org_id', '=', orgId).where('client_id', '=', clientId).execute(),
    db.selectFrom('cl_agreement').selectAll().where('org_id', '=', orgId).where('client_id', '=', clientId).execute(),
    db
      .selectFrom('cl_registration')
      .select(['function_code', 'date', 'units', 'points_e4', 'reason'])
      .where('org_id', '=', orgId)
      .where('client_id', '=', clientId)
      .orderBy('date')
      .execute(),
  ]);
  // Timestamps as ISO text, as JSON would write them anyway.
  return {
    exportedAt: new Date().toISOString(),
    client: { ...client, created_at: new Date(client.created_at).toISOString() },
    funding,
    agreements: agreements.map((a) => ({ ...a, created_at: new Date(a.created_at).toISOString() })),
    registrations,
  };
}

/**
 * Erases a client and everything linked. Issued statements keep their lines under a random stand-in
 * (`gewist-` and 8 random hex digits, nothing derived from the id), and the audit log's mentions of
 * the client's id and name become that stand-in too. Returns the stand-in.
 */
export async function eraseClient(db: Db, orgId: string, clientId: string): Promise<string> {
  const client = await clientRow(db, orgId, clientId);
  const standIn = `gewist-${randomBytes(4).toString('hex')}`;
  await db.transaction().execute(async (tx) => {
    await sql`UPDATE cl_statement SET doc = replace(doc::text, ${clientId}, ${standIn})::jsonb WHERE org_id = ${orgId}`.execute(
      tx,
    );
    await scrubAudit(tx, orgId, clientId, client.name, standIn);
    await tx.deleteFrom('cl_client').where('org_id', '=', orgId).where('id', '=', clientId).execute();
  });
  return standIn;
}

/** Removes one agreement line or funding record of a client (a wrongly entered line). */
export async function removeClientLine(
  db: DbOrTx,
  orgId: string,
  clientId: string,
  table: 'cl_agreement' | 'cl_funding',
  id: string,
) {
  if (table === 'cl_agreement') {
    const removed = await db
      .deleteFrom('cl_agreement')
      .where('org_id', '=', orgId)
      .where('client_id', '=', clientId)
      .where('id', '=', id)
      .returning('function_code')
      .executeTakeFirst();
    if (!removed) throw AppError.notFound();
    // Without this line its days are valued at another agreed price or the offer's.
    await revalueRegistrations(db, orgId, await ruleSet(db, orgId), { clientId, functionCode: removed.function_code });
    return;
  }
  const r = await db
    .deleteFrom(table)
    .where('org_id', '=', orgId)
    .where('client_id', '=', clientId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}
