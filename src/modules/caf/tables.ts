import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;
type Fine = JSONColumnType<Record<string, number>, string | null, string | null> | null;

export interface CafAssessmentTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  scoring: 'classical' | 'finetuned';
  status: Generated<'scoring' | 'consensus' | 'finished'>;
  previous_id: string | null;
  started_on: Day;
  finished_on: DayOrNull;
  created_by: string | null;
  created_at: Timestamp;
}
export interface CafAssessorTable {
  org_id: string;
  assessment_id: string;
  user_id: string;
  submitted_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface CafScoreTable {
  id: Generated<string>;
  org_id: string;
  assessment_id: string;
  assessor_id: string;
  subcriterion: string;
  score: number | null;
  fine: Fine;
  evidence: Generated<string>;
  strengths: Generated<string>;
  improvements: Generated<string>;
  updated_at: Timestamp;
}
export interface CafConsensusTable {
  id: Generated<string>;
  org_id: string;
  assessment_id: string;
  subcriterion: string;
  score: number;
  fine: Fine;
  evidence: Generated<string>;
  strengths: Generated<string>;
  improvements: Generated<string>;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface CafTables {
  caf_assessment: CafAssessmentTable;
  caf_assessor: CafAssessorTable;
  caf_score: CafScoreTable;
  caf_consensus: CafConsensusTable;
}
