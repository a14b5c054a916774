/**
 * The competence map's domain, as plain data. Levels run from 1 (basic) to 4 (expert); level 0 in a
 * count means "no level known". Days are 'yyyy-mm-dd' (Brussels).
 */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Who judged a level: the person themself, or their manager (directie, staf). */
export const ASSESSMENT_KINDS = ['self', 'manager'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** Where a person's current level comes from, strongest first. */
export const LEVEL_SOURCES = ['manager', 'self', 'training'] as const;
export type LevelSource = (typeof LEVEL_SOURCES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A certificate (first aid, medication) or a registration (a professional register, a visa). */
export const CERTIFICATE_KINDS = ['certificate', 'registration'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** Certificates are warned this many days before they expire. */
export const EXPIRY_WARNING_DAYS = 90;

/** One piece of evidence of a person's level of a competence. */
export interface LevelEvidence {
  employeeId: string;
  competenceId: string;
  level: number;
  source: LevelSource;
  on: string;
  /** Orders evidence of one day (later recorded wins); e.g. the creation moment in ms. */
  seq?: number;
}

export interface CurrentLevel {
  level: number;
  source: LevelSource;
  on: string;
}

export interface Requirement {
  competenceId: string;
  level: number;
}
