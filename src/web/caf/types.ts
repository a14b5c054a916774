/** Answers of the CAF API (src/modules/caf). */
export type Status = 'scoring' | 'consensus' | 'finished';
export type Scoring = 'classical' | 'finetuned';
export type Fine = Record<string, number>;

export interface AssessmentSummary {
  id: string;
  name: string;
  scoring: Scoring;
  status: Status;
  startedOn: string;
  finishedOn: string | null;
  previousId: string | null;
  assessors: number;
  submitted: number;
  agreed: number;
  total: number;
}
export interface MyAssessment {
  id: string;
  name: string;
  scoring: Scoring;
  status: Status;
  startedOn: string;
  finishedOn: string | null;
  submittedAt: string | null;
  scored: number;
  total: number;
}
export interface Assessor {
  userId: string;
  name: string;
  email: string;
  submittedAt: string | null;
  scored: number;
}
export interface AssessmentDetail {
  id: string;
  name: string;
  scoring: Scoring;
  status: Status;
  startedOn: string;
  finishedOn: string | null;
  previousId: string | null;
  assessors: Assessor[];
  agreed: string[];
  total: number;
  previous: { id: string; name: string; finishedOn: string | null } | null;
}
export interface ScoreEntry {
  subcriterion: string;
  score: number | null;
  fine: Fine | null;
  evidence: string;
  strengths: string;
  improvements: string;
}
export interface MyScores {
  assessment: { id: string; name: string; scoring: Scoring; status: Status };
  submittedAt: string | null;
  scored: number;
  total: number;
  scores: ScoreEntry[];
}
export interface Spread {
  count: number;
  min: number;
  max: number;
  mean: number;
  stdDev: number;
  range: number;
  discuss: boolean;
}
export interface ConsensusView {
  assessment: { id: string; name: string; scoring: Scoring; status: Status };
  assessors: Assessor[];
  subcriteria: {
    code: string;
    criterion: number;
    kind: 'enabler' | 'result';
    scores: (ScoreEntry & { assessorId: string; name: string })[];
    spread: Spread | null;
    consensus: (Omit<ScoreEntry, 'subcriterion'> & { decidedBy: string | null; decidedAt: string }) | null;
  }[];
}
export interface Delta {
  current: number | null;
  previous: number | null;
  delta: number | null;
}
export interface Results {
  assessment: {
    id: string;
    name: string;
    scoring: Scoring;
    status: Status;
    startedOn: string;
    finishedOn: string | null;
  };
  provisional: boolean;
  overall: number | null;
  criteria: {
    criterion: number;
    kind: 'enabler' | 'result';
    score: number | null;
    scored: number;
    total: number;
    band: number | null;
  }[];
  subcriteria: {
    code: string;
    criterion: number;
    kind: 'enabler' | 'result';
    score: number | null;
    band: number | null;
    fine: Fine | null;
    evidence: string;
    strengths: string;
    improvements: string;
    actions: { id: string; title: string; status: string; dueDate: string | null }[];
  }[];
  radar: { criteria: number[]; current: (number | null)[]; previous: (number | null)[] | null };
  comparison: null | {
    previous: { id: string; name: string; startedOn: string; finishedOn: string | null };
    subcriteria: (Delta & { code: string })[];
    criteria: (Delta & { criterion: number })[];
    overall: Delta;
  };
}
