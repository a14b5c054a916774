/** The organisation's offer: support functions with their price in points per period, and groups. */
import type { DbOrTx } from '../../server/db.ts';
import { AppError } from '../../server/errors.ts';
import { membersPerGroup } from './group-members.ts';
import {
  pointsToCents,
  pointValueAt,
  type PointsE4,
  type RuleSet,
  type RthUnitType,
  type UnitKind as Unit,
} from './logic/index.ts';
import { ruleSet } from './rules.ts';
import { pointsText } from './schema.ts';
import { revalueRegistrations } from './valuation.ts';
import { msg } from './messages.ts';

export interface SupportFunction {
  id: string;
  code: string;
  name: string;
  unit: Unit;
  kind: 'pvf' | 'rth';
  rthUnitType: RthUnitType | null;
  prices: { validFrom: string; validTo: string | null; pointsE4: PointsE4 }[];
}

export async function listFunctions(db: DbOrTx, orgId: string): Promise<SupportFunction[]> {
  const [functions, prices] = await Promise.all([
    db.selectFrom('cl_function').selectAll().where('org_id', '=', orgId).orderBy('name').execute(),
    db.selectFrom('cl_function_price').selectAll().where('org_id', '=', orgId).orderBy('valid_from').execute(),
  ]);
  return functions.map((f) => ({
    id: f.id,
    code: f.code,
    name: f.name,
    unit: f.unit as Unit,
    kind: f.kind,
    rthUnitType: f.rth_unit_type as RthUnitType | null,
    prices: prices
      .filter((p) => p.function_id === f.id)
      .map((p) => ({ validFrom: p.valid_from, validTo: p.valid_to, pointsE4: Number(p.points_e4) })),
  }));
}

/** The price in points per unit of a function on a date; 404-style error when none is set. */
export function priceOn(fn: SupportFunction, date: string): PointsE4 {
  const row = [...fn.prices].reverse().find((p) => p.validFrom <= date && (!p.validTo || p.validTo >= date));
  if (!row) {
    throw new AppError('validation', msg('no_price', { name: fn.name, date }), {
      fields: [{ path: 'functionCode', message: msg('no_price_date') }],
    });
  }
  return row.pointsE4;
}

/** A function for the UI: prices in points text and their euro equivalent at the point value of their start. */
export function presentFunction(fn: SupportFunction, rules: RuleSet) {
  return {
    ...fn,
    prices: fn.prices.map((p) => {
      const centsPerPoint = pointValueAt(rules, p.validFrom);
      return {
        validFrom: p.validFrom,
        validTo: p.validTo,
        points: pointsText(p.pointsE4),
        euroCents: pointsToCents(p.pointsE4, centsPerPoint),
      };
    }),
  };
}

export async function saveFunction(
  db: DbOrTx,
  orgId: string,
  code: string,
  input: {
    name: string;
    unit: string;
    kind: 'pvf' | 'rth';
    rthUnitType?: string | null | undefined;
    prices: { validFrom: string; validTo?: string | null | undefined; points: PointsE4 }[];
  },
): Promise<SupportFunction> {
  if (!/^[a-z0-9_]{2,60}$/.test(code)) {
    throw new AppError('validation', msg('function_code_lowercase_letters'), {
      fields: [{ path: 'code', message: 'a-z0-9_' }],
    });
  }
  if (input.kind === 'rth' && !input.rthUnitType) {
    throw new AppError('validation', msg('rth_function_needs_rth'), {
      fields: [{ path: 'rthUnitType', message: msg('required') }],
    });
  }
  const row = await db
    .insertInto('cl_function')
    .values({
      org_id: orgId,
      code,
      name: input.name,
      unit: input.unit,
      kind: input.kind,
      rth_unit_type: input.rthUnitType ?? null,
    })
    .onConflict((oc) =>
      oc.columns(['org_id', 'code']).doUpdateSet({
        name: input.name,
        unit: input.unit,
        kind: input.kind,
        rth_unit_type: input.rthUnitType ?? null,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('cl_function_price').where('function_id', '=', row.id).where('org_id', '=', orgId).execute();
  await db
    .insertInto('cl_function_price')
    .values(
      input.prices.map((p) => ({
        org_id: orgId,
        function_id: row.id,
        valid_from: p.validFrom,
        valid_to: p.validTo ?? null,
        points_e4: p.points,
      })),
    )
    .execute();
  // Registrations without an agreed price on their date are valued at the offer's price.
  await revalueRegistrations(db, orgId, await ruleSet(db, orgId), { functionCode: code });
  return (await listFunctions(db, orgId)).find((f) => f.code === code)!;
}

/** The groups with the members who work in each. */
export async function listGroups(db: DbOrTx, orgId: string) {
  const [groups, members] = await Promise.all([
    db.selectFrom('cl_group').select(['id', 'name', 'location']).where('org_id', '=', orgId).orderBy('name').execute(),
    membersPerGroup(db, orgId),
  ]);
  return groups.map((g) => ({ ...g, members: members.get(g.id) ?? [] }));
}

export async function saveGroup(
  db: DbOrTx,
  orgId: string,
  input: { name: string; location?: string | undefined },
  id?: string,
) {
  const row = id
    ? await db
        .updateTable('cl_group')
        .set({ name: input.name, location: input.location ?? '' })
        .where('id', '=', id)
        .where('org_id', '=', orgId)
        .returning(['id', 'name', 'location'])
        .executeTakeFirst()
    : await db
        .insertInto('cl_group')
        .values({ org_id: orgId, name: input.name, location: input.location ?? '' })
        .returning(['id', 'name', 'location'])
        .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}
