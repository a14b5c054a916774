/** The KPIs, surveys and objectives this module links to, read through performance's and surveys' public files. */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, type FieldError } from '../../server/errors.ts';
import { kpiRefs, objectiveRefs } from '../performance/public.ts';
import { surveyRefs } from '../surveys/public.ts';
import { msg } from './messages.ts';
import type { LinkChoices } from './schema.ts';

/** What a SWOT item, a strategy or a stakeholder may link to. */
export async function linkChoices(db: Db, orgId: string): Promise<LinkChoices> {
  const [kpis, surveys, objectives] = await Promise.all([
    kpiRefs(db, orgId),
    surveyRefs(db, orgId),
    objectiveRefs(db, orgId),
  ]);
  return { kpis, surveys, objectives };
}

/** Refuses (400, naming each field) ids that are not this organisation's KPIs, surveys or objectives. */
export function checkLinks(
  choices: LinkChoices,
  input: { kpiIds?: string[]; surveyIds?: string[]; objectiveIds?: string[] },
): void {
  const fields: FieldError[] = [];
  const check = (
    key: 'kpiIds' | 'surveyIds' | 'objectiveIds',
    known: { id: string }[],
    reason: ReturnType<typeof msg>,
  ) => {
    const ids = new Set(known.map((k) => k.id));
    (input[key] ?? []).forEach((id, i) => {
      if (!ids.has(id)) fields.push({ path: `${key}.${i}`, message: reason });
    });
  };
  check('kpiIds', choices.kpis, msg('unknown_kpi'));
  check('surveyIds', choices.surveys, msg('unknown_survey'));
  check('objectiveIds', choices.objectives, msg('unknown_objective'));
  if (fields.length) throw new AppError('validation', msg('invalid_links'), { fields });
}

type Owner = { swot_item_id: string } | { stakeholder_id: string };

/** Replaces the KPI and survey links of a SWOT item or a stakeholder. */
export async function writeLinks(
  tx: DbOrTx,
  orgId: string,
  owner: Owner,
  input: { kpiIds: string[]; surveyIds: string[] },
): Promise<void> {
  const [column, id] =
    'swot_item_id' in owner
      ? (['swot_item_id', owner.swot_item_id] as const)
      : (['stakeholder_id', owner.stakeholder_id] as const);
  await tx.deleteFrom('st_link').where('org_id', '=', orgId).where(column, '=', id).execute();
  const rows = [
    ...[...new Set(input.kpiIds)].map((kpi_id) => ({ org_id: orgId, ...owner, kpi_id })),
    ...[...new Set(input.surveyIds)].map((survey_id) => ({ org_id: orgId, ...owner, survey_id })),
  ];
  if (rows.length) await tx.insertInto('st_link').values(rows).execute();
}

/** The links of the organisation, grouped by owner id (SWOT item or stakeholder), resolved to their names. */
export async function linksByOwner(db: Db, orgId: string, choices: LinkChoices) {
  const rows = await db.selectFrom('st_link').selectAll().where('org_id', '=', orgId).execute();
  const kpis = new Map(choices.kpis.map((k) => [k.id, k]));
  const surveys = new Map(choices.surveys.map((s) => [s.id, s]));
  const byOwner = new Map<string, { kpis: LinkChoices['kpis']; surveys: LinkChoices['surveys'] }>();
  for (const r of rows) {
    const owner = (r.swot_item_id ?? r.stakeholder_id) as string;
    const entry = byOwner.get(owner) ?? { kpis: [], surveys: [] };
    const kpi = r.kpi_id ? kpis.get(r.kpi_id) : undefined;
    const survey = r.survey_id ? surveys.get(r.survey_id) : undefined;
    if (kpi) entry.kpis.push(kpi);
    if (survey) entry.surveys.push(survey);
    byOwner.set(owner, entry);
  }
  for (const entry of byOwner.values()) {
    entry.kpis.sort((a, b) => a.code.localeCompare(b.code));
    entry.surveys.sort((a, b) => a.title.localeCompare(b.title));
  }
  return (id: string) => byOwner.get(id) ?? { kpis: [], surveys: [] };
}
