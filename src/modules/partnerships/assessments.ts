/**
 * Hybridisation assessments: the register, one assessment, saving it (a decided assessment keeps a version
 * at every save), the decision, and the comparison of two kept versions.
 */
import { type Selectable, sql } from 'kysely';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import {
  type AssessmentContent,
  completeOpportunities,
  completePrinciples,
  completeRisks,
  diffContents,
  highestRisk,
  riskLevel,
  riskScore,
} from './logic/index.ts';
import { msg } from './messages.ts';
import type { AssessmentDetail, AssessmentInput, AssessmentSummary, Comparison, DecisionInput } from './schema.ts';
import type { PaAssessmentTable } from './tables.ts';

type Row = Selectable<PaAssessmentTable>;

/** The path of the first item named twice in a list, as a field error. */
function refuseDuplicates(list: { [k: string]: unknown }[] | undefined, key: string, field: string) {
  const seen = new Set<unknown>();
  list?.forEach((item, i) => {
    if (seen.has(item[key])) throw invalidField(`${field}.${i}.${key}`, msg('duplicate_item'));
    seen.add(item[key]);
  });
}

function summaryOf(r: Row, today: string): AssessmentSummary {
  return {
    id: r.id,
    partner: r.partner,
    sphere: r.sphere,
    hybridisation: r.hybridisation,
    stage: r.stage,
    decision: r.decision,
    decidedOn: r.decided_on,
    reviewOn: r.review_on,
    reviewDue: r.review_on !== null && r.review_on <= today,
    highestRisk: highestRisk(r.risks),
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}

async function requireRow(db: DbOrTx, orgId: string, id: string): Promise<Row> {
  const row = await db
    .selectFrom('pa_assessment')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row;
}

/** Every assessment of the organisation, reviews due first, then by partner. */
export async function listAssessments(db: Db, orgId: string, today: string): Promise<AssessmentSummary[]> {
  const rows = await db
    .selectFrom('pa_assessment')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('partner')
    .execute();
  return rows.map((r) => summaryOf(r, today));
}

/** One assessment with every risk, opportunity and principle (unscored ones too) and its kept versions. */
export async function assessmentDetail(
  db: DbOrTx,
  orgId: string,
  id: string,
  today: string,
): Promise<AssessmentDetail> {
  const row = await requireRow(db, orgId, id);
  const [decider, versions] = await Promise.all([
    row.decided_by
      ? db.selectFrom('app_user').select(['id', 'name']).where('id', '=', row.decided_by).executeTakeFirst()
      : undefined,
    db
      .selectFrom('pa_assessment_version as v')
      .leftJoin('app_user as u', 'u.id', 'v.saved_by')
      .select(['v.version', 'v.saved_at', 'u.name'])
      .where('v.org_id', '=', orgId)
      .where('v.assessment_id', '=', id)
      .orderBy('v.version', 'desc')
      .execute(),
  ]);
  return {
    ...summaryOf(row, today),
    purpose: row.purpose,
    conditions: row.conditions,
    decidedBy: decider ?? null,
    risks: completeRisks(row.risks).map((r) => {
      const score = riskScore(r);
      return { ...r, score, level: riskLevel(score) };
    }),
    opportunities: completeOpportunities(row.opportunities),
    principles: completePrinciples(row.principles),
    versions: versions.map((v) => ({ version: v.version, savedAt: v.saved_at.toISOString(), savedBy: v.name })),
  };
}

function contentValues(input: AssessmentInput) {
  refuseDuplicates(input.risks, 'risk', 'risks');
  refuseDuplicates(input.opportunities, 'opportunity', 'opportunities');
  refuseDuplicates(input.principles, 'principle', 'principles');
  return {
    partner: input.partner,
    sphere: input.sphere,
    hybridisation: input.hybridisation,
    stage: input.stage ?? 'proposed',
    purpose: input.purpose ?? '',
    risks: JSON.stringify(completeRisks(input.risks ?? [])),
    opportunities: JSON.stringify(completeOpportunities(input.opportunities ?? [])),
    principles: JSON.stringify(completePrinciples(input.principles ?? [])),
  };
}

export async function createAssessment(db: Db, orgId: string, input: AssessmentInput): Promise<string> {
  const row = await db
    .insertInto('pa_assessment')
    .values({ org_id: orgId, ...contentValues(input) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The content of the assessment as a version keeps it (the decider by name). */
async function contentOf(db: DbOrTx, row: Row): Promise<AssessmentContent> {
  const decider = row.decided_by
    ? await db.selectFrom('app_user').select('name').where('id', '=', row.decided_by).executeTakeFirst()
    : undefined;
  return {
    partner: row.partner,
    sphere: row.sphere,
    hybridisation: row.hybridisation,
    stage: row.stage,
    purpose: row.purpose,
    risks: row.risks,
    opportunities: row.opportunities,
    principles: row.principles,
    decision: row.decision,
    conditions: row.conditions,
    decidedOn: row.decided_on,
    decidedBy: decider?.name ?? null,
    reviewOn: row.review_on,
  };
}

/** Keeps the assessment as it now stands as its next version (only decided assessments are versioned). */
async function keepVersion(db: DbOrTx, orgId: string, id: string, userId: string): Promise<number> {
  const row = await db
    .updateTable('pa_assessment')
    .set({ version: sql<number>`version + 1` })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('pa_assessment_version')
    .values({
      org_id: orgId,
      assessment_id: id,
      version: row.version,
      saved_by: userId,
      content: JSON.stringify(await contentOf(db, row)),
    })
    .execute();
  return row.version;
}

/** Saves the assessment; once decided, the save is kept as a new version. Returns the version kept, if any. */
export async function updateAssessment(
  db: Db,
  orgId: string,
  id: string,
  input: AssessmentInput,
  userId: string,
): Promise<number | null> {
  const values = contentValues(input);
  return db.transaction().execute(async (tx) => {
    const row = await requireRow(tx, orgId, id);
    await tx
      .updateTable('pa_assessment')
      .set({ ...values, updated_at: sql`now()` })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .execute();
    return row.decision ? keepVersion(tx, orgId, id, userId) : null;
  });
}

/** Records (or changes) the decision; it is kept as a version. */
export async function decide(db: Db, orgId: string, id: string, input: DecisionInput, userId: string): Promise<number> {
  if (input.reviewOn && input.reviewOn < input.decidedOn) throw invalidField('reviewOn', msg('review_before_decision'));
  return db.transaction().execute(async (tx) => {
    await requireRow(tx, orgId, id);
    await tx
      .updateTable('pa_assessment')
      .set({
        decision: input.decision,
        conditions: input.conditions ?? '',
        decided_on: input.decidedOn,
        decided_by: userId,
        review_on: input.reviewOn ?? null,
        updated_at: sql`now()`,
      })
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .execute();
    return keepVersion(tx, orgId, id, userId);
  });
}

export async function deleteAssessment(db: Db, orgId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('pa_assessment').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/** What changed from version `from` to version `to` of an assessment. */
export async function compareVersions(
  db: Db,
  orgId: string,
  id: string,
  from: number,
  to: number,
): Promise<Comparison> {
  await requireRow(db, orgId, id);
  const rows = await db
    .selectFrom('pa_assessment_version')
    .select(['version', 'saved_at', 'content'])
    .where('org_id', '=', orgId)
    .where('assessment_id', '=', id)
    .where('version', 'in', [from, to])
    .execute();
  const a = rows.find((r) => r.version === from);
  const b = rows.find((r) => r.version === to);
  if (!a || !b) throw new AppError('not_found', msg('unknown_version'));
  return {
    from: { version: a.version, savedAt: a.saved_at.toISOString() },
    to: { version: b.version, savedAt: b.saved_at.toISOString() },
    changes: diffContents(a.content, b.content),
  };
}

/** Assessments whose review date falls on or before `until` (overdue ones too), soonest first: for Home and the board pack. */
export async function reviewsUntil(db: DbOrTx, orgId: string, until: string) {
  const rows = await db
    .selectFrom('pa_assessment')
    .select(['id', 'partner', 'decision', 'review_on'])
    .where('org_id', '=', orgId)
    .where('review_on', 'is not', null)
    .where('review_on', '<=', until)
    .orderBy('review_on')
    .execute();
  return rows.map((r) => ({ id: r.id, partner: r.partner, decision: r.decision, reviewOn: r.review_on! }));
}

/** The partners by id, for the pickers and labels of other modules. */
export async function assessmentRefs(db: DbOrTx, orgId: string) {
  return db
    .selectFrom('pa_assessment')
    .select(['id', 'partner'])
    .where('org_id', '=', orgId)
    .orderBy('partner')
    .execute();
}
