/** The KPI catalogue of an organisation, the starter set, and targets with a red threshold. */
import { sql } from 'kysely';
import type { DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { FORMULAS } from './computed.ts';
import type { KpiInput, KpiPatch } from './kpi-schema.ts';
import { parseNumber, targetProblem } from './logic/index.ts';
import { STARTER_SET } from './starter.ts';
import type { KpiTable } from './tables.ts';
import type { Selectable } from 'kysely';
import { msg } from './messages.ts';
import type { Message } from '../../lib/messages.ts';
import type { Role } from '../orgs/public.ts';

/** Refused input that is well-formed but wrong for the KPI (unit, period, red without note): 422. */
export class KpiRuleError extends AppError {
  constructor(messages: Message, fields: FieldError[]) {
    super('unprocessable', messages, { fields });
  }
}

const refuse = (path: string, message: Message) => new KpiRuleError(message, [{ path, message }]);

export type KpiRow = Selectable<KpiTable>;

export function kpiDto(r: KpiRow) {
  return {
    id: r.id,
    code: r.code,
    nameNl: r.name_nl,
    nameEn: r.name_en,
    definitionNl: r.definition_nl,
    definitionEn: r.definition_en,
    unit: r.unit,
    decimals: r.decimals,
    direction: r.direction,
    frequency: r.frequency,
    ownerId: r.owner_id,
    source: r.source,
    formula: r.formula,
    perspective: r.perspective,
    cafCriterion: r.caf_criterion,
    mape: r.mape,
    valueMin: r.value_min === null ? null : Number(r.value_min),
    valueMax: r.value_max === null ? null : Number(r.value_max),
    archived: r.archived,
  };
}
export type KpiDto = ReturnType<typeof kpiDto>;

export async function getKpi(db: DbOrTx, orgId: string, kpiId: string): Promise<KpiRow> {
  const row = await db
    .selectFrom('kpi')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', kpiId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

export async function listKpis(db: DbOrTx, orgId: string, includeArchived = false) {
  let q = db.selectFrom('kpi').selectAll().where('org_id', '=', orgId);
  if (!includeArchived) q = q.where('archived', '=', false);
  return (await q.orderBy('perspective').orderBy('code').execute()).map(kpiDto);
}

/** Checks what zod cannot: the owner is a member, a computed KPI names a known formula of its frequency, bounds are ordered. */
async function checkKpi(db: DbOrTx, orgId: string, k: Omit<KpiInput, 'code'>): Promise<void> {
  if (k.source === 'computed') {
    const f = k.formula ? FORMULAS[k.formula] : undefined;
    if (!f) throw refuse('formula', msg('choose_formula', { formulas: Object.keys(FORMULAS).join(', ') }));
    if (f.frequency !== k.frequency) {
      const nl = { month: 'maand', quarter: 'kwartaal', year: 'jaar' }[f.frequency];
      throw refuse(
        'frequency',
        msg('formula_frequency', { formula: k.formula ?? '', frequency: { nl, en: f.frequency } }),
      );
    }
  } else if (k.formula) {
    throw refuse('formula', msg('formula'));
  }
  if (k.valueMin !== null && k.valueMax !== null && k.valueMin >= k.valueMax) throw refuse('valueMax', msg('valueMax'));
  if (k.ownerId) {
    const m = await db
      .selectFrom('membership')
      .select('id')
      .where('org_id', '=', orgId)
      .where('user_id', '=', k.ownerId)
      .executeTakeFirst();
    if (!m) throw refuse('ownerId', msg('ownerId'));
  }
}

const columns = (k: Omit<KpiInput, 'code'>) => ({
  name_nl: k.nameNl,
  name_en: k.nameEn,
  definition_nl: k.definitionNl,
  definition_en: k.definitionEn,
  unit: k.unit,
  decimals: k.decimals,
  direction: k.direction,
  frequency: k.frequency,
  owner_id: k.ownerId,
  source: k.source,
  formula: k.source === 'computed' ? k.formula : null,
  perspective: k.perspective,
  caf_criterion: k.cafCriterion,
  mape: k.mape,
  value_min: k.valueMin,
  value_max: k.valueMax,
});

const codeTaken = (code: string) =>
  new AppError('conflict', msg('code_already_exists', { code }), {
    fields: [{ path: 'code', message: msg('already_exists') }],
  });

export async function createKpi(db: DbOrTx, orgId: string, input: KpiInput): Promise<KpiDto> {
  await checkKpi(db, orgId, input);
  const row = await db
    .insertInto('kpi')
    .values({ org_id: orgId, code: input.code, ...columns(input) })
    .onConflict((oc) => oc.columns(['org_id', 'code']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw codeTaken(input.code);
  return kpiDto(row);
}

export async function updateKpi(db: DbOrTx, orgId: string, kpiId: string, patch: KpiPatch): Promise<KpiDto> {
  const before = kpiDto(await getKpi(db, orgId, kpiId));
  const merged = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  } as KpiDto;
  if (merged.source !== 'computed' && patch.formula === undefined) merged.formula = null;
  await checkKpi(db, orgId, merged);
  if (merged.frequency !== before.frequency) {
    const has = await db
      .selectFrom('kpi_value')
      .select('id')
      .where('org_id', '=', orgId)
      .where('kpi_id', '=', kpiId)
      .limit(1)
      .executeTakeFirst();
    if (has) throw refuse('frequency', msg('frequency'));
  }
  if (merged.code !== before.code) {
    const other = await db
      .selectFrom('kpi')
      .select('id')
      .where('org_id', '=', orgId)
      .where('code', '=', merged.code)
      .executeTakeFirst();
    if (other) throw codeTaken(merged.code);
  }
  const row = await db
    .updateTable('kpi')
    .set({ code: merged.code, ...columns(merged), archived: merged.archived })
    .where('org_id', '=', orgId)
    .where('id', '=', kpiId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return kpiDto(row);
}

export async function deleteKpi(db: DbOrTx, orgId: string, kpiId: string): Promise<void> {
  const r = await db.deleteFrom('kpi').where('org_id', '=', orgId).where('id', '=', kpiId).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/** Adds the starter KPIs whose code the organisation does not have yet, each with a first target from `validFrom`. */
export async function addStarterSet(
  db: DbOrTx,
  orgId: string,
  opts: { ownerId?: string | null; validFrom?: string; owners?: (code: string, i: number) => string | null } = {},
) {
  const existing = new Set(
    (await db.selectFrom('kpi').select('code').where('org_id', '=', orgId).execute()).map((r) => r.code),
  );
  const todo = STARTER_SET.filter((s) => !existing.has(s.code));
  if (!todo.length) return { added: 0, skipped: STARTER_SET.length };
  const rows = await db
    .insertInto('kpi')
    .values(
      todo.map((s, i) => ({
        org_id: orgId,
        code: s.code,
        name_nl: s.nameNl,
        name_en: s.nameEn,
        definition_nl: s.definitionNl,
        definition_en: s.definitionEn,
        unit: s.unit,
        decimals: s.decimals,
        direction: s.direction,
        frequency: s.frequency,
        owner_id: opts.owners ? opts.owners(s.code, i) : (opts.ownerId ?? null),
        source: s.source,
        formula: s.formula,
        perspective: s.perspective,
        caf_criterion: s.cafCriterion,
        mape: s.mape,
        value_min: s.valueMin ?? null,
        value_max: s.valueMax ?? null,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  const byCode = new Map(STARTER_SET.map((s) => [s.code, s]));
  await db
    .insertInto('kpi_target')
    .values(
      rows.map((r) => ({
        org_id: orgId,
        kpi_id: r.id,
        valid_from: opts.validFrom ?? '2020-01-01',
        valid_to: null,
        target: byCode.get(r.code)!.target,
        red_threshold: byCode.get(r.code)!.red,
      })),
    )
    .execute();
  return { added: rows.length, skipped: STARTER_SET.length - rows.length };
}

// ---- targets ---------------------------------------------------------------------------------

export function targetDto(r: {
  id: string;
  valid_from: string;
  valid_to: string | null;
  target: string;
  red_threshold: string;
}) {
  return {
    id: r.id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    target: Number(r.target),
    redThreshold: Number(r.red_threshold),
  };
}

export async function listTargets(db: DbOrTx, orgId: string, kpiId: string) {
  const rows = await db
    .selectFrom('kpi_target')
    .select(['id', 'valid_from', 'valid_to', 'target', 'red_threshold'])
    .where('org_id', '=', orgId)
    .where('kpi_id', '=', kpiId)
    .orderBy('valid_from')
    .execute();
  return rows.map(targetDto);
}

interface TargetInput {
  validFrom: string;
  validTo: string | null;
  target: number | string;
  redThreshold: number | string;
}

function checkTarget(direction: 'up' | 'down', t: TargetInput) {
  const target = parseNumber(t.target);
  const red = parseNumber(t.redThreshold);
  if (target === null) throw refuse('target', msg('target'));
  if (red === null) throw refuse('redThreshold', msg('redThreshold'));
  const problem = targetProblem(direction, { target, redThreshold: red, validFrom: t.validFrom, validTo: t.validTo });
  if (problem) throw refuse(problem.field, problem);
  return { valid_from: t.validFrom, valid_to: t.validTo, target, red_threshold: red };
}

export async function addTarget(db: DbOrTx, orgId: string, kpiId: string, t: TargetInput) {
  const kpi = await getKpi(db, orgId, kpiId);
  const row = await db
    .insertInto('kpi_target')
    .values({ org_id: orgId, kpi_id: kpiId, ...checkTarget(kpi.direction, t) })
    .returning(['id', 'valid_from', 'valid_to', 'target', 'red_threshold'])
    .executeTakeFirstOrThrow();
  return targetDto(row);
}

export async function updateTarget(db: DbOrTx, orgId: string, kpiId: string, targetId: string, t: TargetInput) {
  const kpi = await getKpi(db, orgId, kpiId);
  const row = await db
    .updateTable('kpi_target')
    .set(checkTarget(kpi.direction, t))
    .where('org_id', '=', orgId)
    .where('kpi_id', '=', kpiId)
    .where('id', '=', targetId)
    .returning(['id', 'valid_from', 'valid_to', 'target', 'red_threshold'])
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return targetDto(row);
}

export async function deleteTarget(db: DbOrTx, orgId: string, kpiId: string, targetId: string) {
  const r = await db
    .deleteFrom('kpi_target')
    .where('org_id', '=', orgId)
    .where('kpi_id', '=', kpiId)
    .where('id', '=', targetId)
    .executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/** Members who can own a KPI (for the owner field). */
export async function ownerChoices(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('membership as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.role'])
    .where('m.org_id', '=', orgId)
    .orderBy(sql`lower(u.name)`)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role }));
}
