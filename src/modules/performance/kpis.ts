/**
 * The KPI catalogue of an organisation, the starter set, and targets with a red threshold: the rules
 * zod cannot check, over the queries of queries-kpis.ts.
 */
import type { DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import type { Message } from '../../lib/messages.ts';
import { FORMULAS } from './computed.ts';
import type { KpiInput, KpiPatch } from './kpi-schema.ts';
import { parseNumber, targetProblem } from './logic/index.ts';
import { msg } from './messages.ts';
import {
  getKpi,
  hasValues,
  insertKpi,
  insertKpisWithTargets,
  insertTarget,
  isMember,
  kpiCodes,
  kpiDto,
  type KpiColumns,
  type KpiDto,
  kpiIdOfCode,
  updateKpiRow,
  updateTargetRow,
} from './queries-kpis.ts';
import { STARTER_SET } from './starter.ts';

/** Refused input that is well-formed but wrong for the KPI (unit, period, red without note): 422. */
export class KpiRuleError extends AppError {
  constructor(messages: Message, fields: FieldError[]) {
    super('unprocessable', messages, { fields });
  }
}

const refuse = (path: string, message: Message) => new KpiRuleError(message, [{ path, message }]);

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
  if (k.ownerId && !(await isMember(db, orgId, k.ownerId))) throw refuse('ownerId', msg('ownerId'));
}

const columns = (k: Omit<KpiInput, 'code'>): KpiColumns => ({
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
  const created = await insertKpi(db, orgId, input.code, columns(input));
  if (!created) throw codeTaken(input.code);
  return created;
}

export async function updateKpi(db: DbOrTx, orgId: string, kpiId: string, patch: KpiPatch): Promise<KpiDto> {
  const before = kpiDto(await getKpi(db, orgId, kpiId));
  const merged = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  } as KpiDto;
  if (merged.source !== 'computed' && patch.formula === undefined) merged.formula = null;
  await checkKpi(db, orgId, merged);
  if (merged.frequency !== before.frequency && (await hasValues(db, orgId, kpiId))) {
    throw refuse('frequency', msg('frequency'));
  }
  if (merged.code !== before.code && (await kpiIdOfCode(db, orgId, merged.code))) throw codeTaken(merged.code);
  return updateKpiRow(db, orgId, kpiId, { code: merged.code, ...columns(merged), archived: merged.archived });
}

/** Adds the starter KPIs whose code the organisation does not have yet, each with a first target from `validFrom`. */
export async function addStarterSet(
  db: DbOrTx,
  orgId: string,
  opts: { ownerId?: string | null; validFrom?: string; owners?: (code: string, i: number) => string | null } = {},
) {
  const existing = await kpiCodes(db, orgId);
  const todo = STARTER_SET.filter((s) => !existing.has(s.code));
  const added = await insertKpisWithTargets(
    db,
    orgId,
    todo.map((s, i) => ({
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
      target: { valid_from: opts.validFrom ?? '2020-01-01', valid_to: null, target: s.target, red_threshold: s.red },
    })),
  );
  return { added, skipped: STARTER_SET.length - added };
}

// ---- targets ---------------------------------------------------------------------------------

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
  return insertTarget(db, orgId, kpiId, checkTarget(kpi.direction, t));
}

export async function updateTarget(db: DbOrTx, orgId: string, kpiId: string, targetId: string, t: TargetInput) {
  const kpi = await getKpi(db, orgId, kpiId);
  return updateTargetRow(db, orgId, kpiId, targetId, checkTarget(kpi.direction, t));
}
