/**
 * The words of a hybridisation assessment (DOMAIN.md §7, vision note 2023): the partner's sphere, internal
 * or external hybridisation, the seven risks, the five opportunities, the nine IFSW global principles (2018)
 * and the three decisions. Pure data, shared by server and UI.
 */
export const SPHERES = ['market', 'state', 'community'] as const;
export type Sphere = (typeof SPHERES)[number];

export const HYBRIDISATIONS = ['internal', 'external'] as const;
export type Hybridisation = (typeof HYBRIDISATIONS)[number];

/** A partnership that is being considered, or one that already runs. */
export const STAGES = ['proposed', 'running'] as const;
export type Stage = (typeof STAGES)[number];

export const RISKS = [
  'mission_drift',
  'power_asymmetry',
  'contractualisation',
  'local_anchoring',
  'cream_skimming',
  'instrumentalising_citizens',
  'informal_carers',
] as const;
export type Risk = (typeof RISKS)[number];

export const OPPORTUNITIES = ['resources', 'know_how', 'reach', 'legitimacy', 'innovation'] as const;
export type Opportunity = (typeof OPPORTUNITIES)[number];

/** The IFSW global social work statement of ethical principles (2018), in its order. */
export const PRINCIPLES = [
  'dignity',
  'human_rights',
  'social_justice',
  'self_determination',
  'participation',
  'confidentiality',
  'whole_persons',
  'technology',
  'integrity',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** How the partnership stands to a principle: respected, needs attention, or in conflict. */
export const PRINCIPLE_CHECKS = ['respected', 'attention', 'conflict'] as const;
export type PrincipleCheck = (typeof PRINCIPLE_CHECKS)[number];

export const DECISIONS = ['partnership', 'supporting_role', 'no_cooperation'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Likelihood and impact run from 1 (rare, small) to 5 (almost certain, severe); opportunities 0–5. */
export const SCALE_MAX = 5;

export interface RiskScore {
  risk: Risk;
  likelihood: number | null;
  impact: number | null;
  mitigation: string;
}
export interface OpportunityScore {
  opportunity: Opportunity;
  score: number | null;
  note: string;
}
export interface PrincipleNote {
  principle: Principle;
  check: PrincipleCheck | null;
  note: string;
}

/** What one version of an assessment holds: the content a review compares. */
export interface AssessmentContent {
  partner: string;
  sphere: Sphere;
  hybridisation: Hybridisation;
  stage: Stage;
  purpose: string;
  risks: RiskScore[];
  opportunities: OpportunityScore[];
  principles: PrincipleNote[];
  decision: Decision | null;
  conditions: string;
  decidedOn: string | null;
  decidedBy: string | null;
  reviewOn: string | null;
}
