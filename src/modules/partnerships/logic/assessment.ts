/** Pure rules of a hybridisation assessment: complete score lists, risk levels, and what changed between versions. */
import {
  type AssessmentContent,
  OPPORTUNITIES,
  type OpportunityScore,
  PRINCIPLES,
  type PrincipleNote,
  type Risk,
  RISKS,
  type RiskScore,
} from './model.ts';

/** The seven risks in their order, each with what `given` says of it (unscored when absent). */
export function completeRisks(given: readonly RiskScore[]): RiskScore[] {
  return RISKS.map(
    (risk) => given.find((r) => r.risk === risk) ?? { risk, likelihood: null, impact: null, mitigation: '' },
  );
}

export function completeOpportunities(given: readonly OpportunityScore[]): OpportunityScore[] {
  return OPPORTUNITIES.map(
    (opportunity) => given.find((o) => o.opportunity === opportunity) ?? { opportunity, score: null, note: '' },
  );
}

export function completePrinciples(given: readonly PrincipleNote[]): PrincipleNote[] {
  return PRINCIPLES.map(
    (principle) => given.find((p) => p.principle === principle) ?? { principle, check: null, note: '' },
  );
}

export type RiskLevel = 'low' | 'medium' | 'high';

/** Likelihood × impact (1–25), or null while either is unscored. */
export function riskScore(r: Pick<RiskScore, 'likelihood' | 'impact'>): number | null {
  return r.likelihood === null || r.impact === null ? null : r.likelihood * r.impact;
}

/** The band of a score on the 5 × 5 heat map: 1–4 low, 5–9 medium, 10–25 high. */
export function riskLevel(score: number | null): RiskLevel | null {
  if (score === null) return null;
  return score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
}

/** The highest scored risk of an assessment (null: none scored). */
export function highestRisk(risks: readonly RiskScore[]): { risk: Risk; score: number; level: RiskLevel } | null {
  let best: { risk: Risk; score: number; level: RiskLevel } | null = null;
  for (const r of risks) {
    const score = riskScore(r);
    if (score !== null && (!best || score > best.score)) best = { risk: r.risk, score, level: riskLevel(score)! };
  }
  return best;
}

/** The risks per cell of the heat map: `cells[impact-1][likelihood-1]` lists the risks scored there. */
export function heatCells(risks: readonly RiskScore[]): Risk[][][] {
  const cells: Risk[][][] = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => []));
  for (const r of risks)
    if (r.likelihood !== null && r.impact !== null) cells[r.impact - 1]![r.likelihood - 1]!.push(r.risk);
  return cells;
}

export type Value = string | number | null;
/** One difference between two versions: which part (`field`, and the risk, opportunity or principle it is about), before and after. */
export interface Change {
  field: string;
  item: string | null;
  before: Value;
  after: Value;
}

const TOP_FIELDS = [
  'partner',
  'sphere',
  'hybridisation',
  'stage',
  'purpose',
  'decision',
  'conditions',
  'decidedOn',
  'decidedBy',
  'reviewOn',
] as const satisfies readonly (keyof AssessmentContent)[];

/** Every difference between version `a` and version `b`, in the order of the form. */
export function diffContents(a: AssessmentContent, b: AssessmentContent): Change[] {
  const changes: Change[] = [];
  const add = (field: string, item: string | null, before: Value, after: Value) => {
    if (before !== after) changes.push({ field, item, before, after });
  };
  for (const f of TOP_FIELDS) add(f, null, a[f], b[f]);
  const [ra, rb] = [completeRisks(a.risks), completeRisks(b.risks)];
  ra.forEach((r, i) => {
    const s = rb[i]!;
    add('likelihood', r.risk, r.likelihood, s.likelihood);
    add('impact', r.risk, r.impact, s.impact);
    add('mitigation', r.risk, r.mitigation, s.mitigation);
  });
  const [oa, ob] = [completeOpportunities(a.opportunities), completeOpportunities(b.opportunities)];
  oa.forEach((o, i) => {
    add('opportunity', o.opportunity, o.score, ob[i]!.score);
    add('opportunityNote', o.opportunity, o.note, ob[i]!.note);
  });
  const [pa, pb] = [completePrinciples(a.principles), completePrinciples(b.principles)];
  pa.forEach((p, i) => {
    add('principle', p.principle, p.check, pb[i]!.check);
    add('principleNote', p.principle, p.note, pb[i]!.note);
  });
  return changes;
}
