import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
type DayOrNull = ColumnType<string | null, string | null | undefined, string | null>;
/** A text in the survey's languages: { nl, en?, fr? }. */
export type Texts = Partial<Record<'nl' | 'en' | 'fr', string>>;
type Json<T extends object> = JSONColumnType<T, string, string>;

export type QuestionKind = 'likert5' | 'likert7' | 'nps' | 'single' | 'multiple' | 'open';

export interface SurveyTable {
  id: Generated<string>;
  org_id: string;
  title: Json<Texts>;
  intro: ColumnType<Texts, string | undefined, string>;
  audience: 'staff' | 'clients';
  template: 'servqual' | 'herzberg' | 'easy' | null;
  /** A test survey: its answers never feed the KPIs. */
  is_test: Generated<boolean>;
  languages: ColumnType<string[], string | undefined, string>;
  status: Generated<'draft' | 'open' | 'closed'>;
  closes_on: DayOrNull;
  open_link_hash: string | null;
  invited: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  opened_on: DayOrNull;
  closed_on: DayOrNull;
}
export interface SurveyQuestionTable {
  id: Generated<string>;
  org_id: string;
  survey_id: string;
  position: number;
  section: ColumnType<Texts, string | undefined, string>;
  kind: QuestionKind;
  text: Json<Texts>;
  options: ColumnType<Texts[], string | undefined, string>;
  required: Generated<boolean>;
  dimension: string | null;
  item: number | null;
  aspect: 'expectation' | 'perception' | null;
  breakdown: Generated<boolean>;
}
export interface SurveyTokenTable {
  org_id: string;
  survey_id: string;
  token_hash: string;
  used_on: DayOrNull;
}
export interface SurveyResponseTable {
  id: Generated<string>;
  org_id: string;
  survey_id: string;
  language: string;
  submitted_on: Day;
  answers: Json<Record<string, unknown>>;
}

export interface SurveyTables {
  survey: SurveyTable;
  survey_question: SurveyQuestionTable;
  survey_token: SurveyTokenTable;
  survey_response: SurveyResponseTable;
}
