/** The words of the social-economy module (DOMAIN.md §6), shared by schema, tables and the UI. */
export const PARTNER_KINDS = ['maatwerkbedrijf', 'lde', 'arbeidszorg', 'ocmw', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const SCOPE_UNITS = ['hours_per_week', 'fte'] as const;
export type ScopeUnit = (typeof SCOPE_UNITS)[number];

export const PRICE_UNITS = ['hour', 'fte_year'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Talents valued in social-economy workers (DOMAIN.md §6). */
export const TALENTS = [
  'motivation',
  'care_attitude',
  'empathy',
  'experience_expertise',
  'practical_sense',
  'patience',
  'social_skills',
  'technical_skills',
] as const;
export type Talent = (typeof TALENTS)[number];

export const HOUR_KINDS = ['work', 'coaching'] as const;
export type HourKind = (typeof HOUR_KINDS)[number];

export const GOAL_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** The four phases of a transition trajectory (doorstroomtraject), in order. */
export const PHASES = ['voortraject', 'jobmatching', 'stage', 'nazorg'] as const;
export type Phase = (typeof PHASES)[number];

export const OUTCOMES = ['hired', 'regular_elsewhere', 'back_to_partner', 'stopped'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** Outcomes that count as a successful transition. */
export const SUCCESS_OUTCOMES: readonly Outcome[] = ['hired', 'regular_elsewhere'];
