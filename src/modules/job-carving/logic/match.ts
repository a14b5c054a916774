/**
 * Matching people to a carved function (pure): placed workers, employees and candidates are scored on
 * four criteria (competences, talents, Dutch language level, availability), each 0-1 with the reasons,
 * and ranked by the weighted total. The weights are data, listed once here.
 */
import { LANGUAGE_LEVELS, type LanguageLevel } from './types.ts';

export const MATCH_CRITERIA = ['competences', 'talents', 'language', 'availability'] as const;
export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/** How much each criterion weighs in the total (sums to 1). */
export const MATCH_WEIGHTS: Record<MatchCriterion, number> = {
  competences: 0.35,
  talents: 0.25,
  language: 0.2,
  availability: 0.2,
};

export const PERSON_KINDS = ['placed_worker', 'employee', 'candidate'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** What the carved function asks. */
export interface MatchNeed {
  competenceIds: readonly string[];
  talents: readonly string[];
  languageLevel: LanguageLevel;
  hoursPerWeek: number;
}

/** What is known of a person; `null` means "not recorded" (scored neutral, 0.5, and said so). */
export interface MatchPerson {
  id: string;
  kind: PersonKind;
  name: string;
  competenceIds: readonly string[] | null;
  talents: readonly string[] | null;
  languageLevel: LanguageLevel | null;
  hoursAvailable: number | null;
}

export interface CriterionScore {
  criterion: MatchCriterion;
  /** 0-1. */
  score: number;
  /** What matched and what is missing (competence ids, talent codes), or the levels and hours compared. */
  matched: string[];
  missing: string[];
  recorded: boolean;
}

export interface MatchResult {
  id: string;
  kind: PersonKind;
  name: string;
  /** 0-100, rounded. */
  score: number;
  criteria: CriterionScore[];
}

const NEUTRAL = 0.5;

/** A language level as given by another module ('B1', 'b1 ', 'B1+'), or null when it is not one. */
export function languageLevelOf(value: string | null | undefined): LanguageLevel | null {
  if (!value) return null;
  const code = value.trim().toUpperCase().slice(0, 2);
  const found = LANGUAGE_LEVELS.find((l) => l.toUpperCase() === code);
  if (found) return found;
  return value.trim().toLowerCase() === 'none' ? 'none' : null;
}

function setCriterion(
  criterion: MatchCriterion,
  need: readonly string[],
  has: readonly string[] | null,
): CriterionScore {
  if (need.length === 0) return { criterion, score: 1, matched: [], missing: [], recorded: has !== null };
  if (has === null) return { criterion, score: NEUTRAL, matched: [], missing: [...need], recorded: false };
  const own = new Set(has);
  const matched = need.filter((n) => own.has(n));
  const missing = need.filter((n) => !own.has(n));
  return { criterion, score: matched.length / need.length, matched, missing, recorded: true };
}

function languageCriterion(need: LanguageLevel, has: LanguageLevel | null): CriterionScore {
  const base = { criterion: 'language' as const, matched: [has ?? ''], missing: [need] };
  if (has === null) return { ...base, matched: [], score: NEUTRAL, recorded: false };
  const gap = LANGUAGE_LEVELS.indexOf(need) - LANGUAGE_LEVELS.indexOf(has);
  // One level short can be bridged with language coaching on the job (DOMAIN.md §6); two cannot.
  const score = gap <= 0 ? 1 : gap === 1 ? 0.5 : 0;
  return { ...base, missing: gap > 0 ? [need] : [], score, recorded: true };
}

function availabilityCriterion(need: number, has: number | null): CriterionScore {
  const base = { criterion: 'availability' as const, matched: [String(has ?? '')], missing: [String(need)] };
  if (has === null) return { ...base, matched: [], score: NEUTRAL, recorded: false };
  const score = need <= 0 ? 1 : Math.min(1, Math.max(0, has) / need);
  return { ...base, missing: score < 1 ? [String(need)] : [], score, recorded: true };
}

/** One person's score for the need, with the reason per criterion. */
export function scorePerson(need: MatchNeed, person: MatchPerson): MatchResult {
  const criteria = [
    setCriterion('competences', need.competenceIds, person.competenceIds),
    setCriterion('talents', need.talents, person.talents),
    languageCriterion(need.languageLevel, person.languageLevel),
    availabilityCriterion(need.hoursPerWeek, person.hoursAvailable),
  ];
  const total = criteria.reduce((a, c) => a + c.score * MATCH_WEIGHTS[c.criterion], 0);
  return { id: person.id, kind: person.kind, name: person.name, score: Math.round(total * 100), criteria };
}

/** Everyone ranked for the need: best score first, then by name; at most `limit`. */
export function rankPeople(need: MatchNeed, people: readonly MatchPerson[], limit = people.length): MatchResult[] {
  return people
    .map((p) => scorePerson(need, p))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, limit));
}
