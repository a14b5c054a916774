/** Clients with minimal personal data: create, change, and the whole record with funding and agreements. */
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import {
  availableVoucherPoints,
  clientIncome,
  committedPoints,
  fundingIncome,
  startRuleStatus,
  type FundingRecord,
  type RuleSet,
} from './logic/index.ts';
import { pointsText } from './schema.ts';
import type { z } from 'zod';
import type { clientInput } from './schema.ts';
import { thisYear, today } from '../../lib/calendar.ts';
import { msg } from './messages.ts';
import { agreementLines, toPvb, voucherPoints } from './budget.ts';
import { clientRow, fundingRows } from './queries-clients.ts';

export { addAgreement, addFunding } from './funding.ts';

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
  const funding = await fundingRows(db, orgId, clientId);
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
      /** Whether a PVB is (partly) paid in vouchers: only then do agreements draw on voucher points. */
      voucher: funding.some((f) => f.kind === 'pvb' && (f.form === 'voucher' || f.form === 'combination')),
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
