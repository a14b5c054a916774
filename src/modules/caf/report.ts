/** Everything the CAF report shows (PDF, CLI): the results of a round, its assessors and the organisation. */
import type { DbOrTx } from '../../server/db.ts';
import type { Lang } from '../../server/errors.ts';
import { loadAssessment } from './assessments.ts';
import { assessorsOf, organisationName } from './queries.ts';
import { assessmentResults, type Results } from './results.ts';

export interface CafReport {
  orgName: string;
  lang: Lang;
  assessors: { name: string; submitted: boolean }[];
  results: Results;
}

/** The report of round `assessmentId` of `orgId` (404 for another organisation's round; 409 while scoring). */
export async function loadReport(db: DbOrTx, orgId: string, assessmentId: string, lang: Lang): Promise<CafReport> {
  const a = await loadAssessment(db, orgId, assessmentId);
  const results = await assessmentResults(db, orgId, a);
  const assessors = (await assessorsOf(db, orgId, a.id)).map((x) => ({
    name: x.name,
    submitted: Boolean(x.submittedAt),
  }));
  return { orgName: await organisationName(db, orgId), lang, assessors, results };
}
