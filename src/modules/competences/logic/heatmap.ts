/**
 * The team heat map (pure): per competence, how many people hold each level, how many hold the level
 * the team's roles need, how far the roles' needs are covered, and whether one person carries it.
 */
import type { CurrentLevel, Requirement } from './types.ts';

export interface TeamMember {
  employeeId: string;
  profileId: string | null;
}

export interface ProfileNeed {
  profileId: string;
  /** The level this profile needs. */
  level: number;
  /** People of the team with this profile. */
  people: number;
  /** Of those, how many hold the level. */
  meeting: number;
}

/** 'uncovered': a role needs it and nobody holds the level; 'single': exactly one person holds it. */
export type HeatRisk = 'uncovered' | 'single' | null;

export interface HeatRow {
  competenceId: string;
  /** People of the team per level: index 0 = no level known, 1-4 = that level. */
  byLevel: [number, number, number, number, number];
  /** The highest level any role of the team needs; null when no role needs it. */
  neededLevel: number | null;
  /** People of the team (whatever their role) whose level is at least `neededLevel`. */
  holders: number;
  /** People whose own role needs the competence … */
  needing: number;
  /** … and of those, how many hold the level their role needs. */
  meeting: number;
  /** meeting ÷ needing (0-1), null when no role needs it. */
  coverage: number | null;
  risk: HeatRisk;
  byProfile: ProfileNeed[];
}

/** Per competence the count of team members per level (index 0 = no level known; sums to the team size). */
export type LevelCounts = ReadonlyMap<string, readonly number[]>;

/**
 * The heat map from counts: per competence how many people of the team hold each level, and per
 * (competence, profile of the team) the level needed, the profile's people and how many meet it.
 * This is what the database aggregates (team.ts); `heatMap` below computes the same from levels.
 */
export function heatFromCounts(
  competenceIds: readonly string[],
  counts: LevelCounts,
  needs: readonly (ProfileNeed & { competenceId: string })[],
): HeatRow[] {
  const byCompetence = new Map<string, ProfileNeed[]>();
  for (const { competenceId, ...need } of needs) {
    if (need.people === 0) continue;
    byCompetence.set(competenceId, [...(byCompetence.get(competenceId) ?? []), need]);
  }
  return competenceIds.map((competenceId) => {
    const c = counts.get(competenceId) ?? [];
    const byLevel: HeatRow['byLevel'] = [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0, c[3] ?? 0, c[4] ?? 0];
    const byProfile = byCompetence.get(competenceId) ?? [];
    const neededLevel = byProfile.length ? Math.max(...byProfile.map((p) => p.level)) : null;
    const holders = neededLevel === null ? 0 : byLevel.slice(neededLevel).reduce((a, b) => a + b, 0);
    const needing = byProfile.reduce((s, p) => s + p.people, 0);
    const meeting = byProfile.reduce((s, p) => s + p.meeting, 0);
    const risk: HeatRisk = neededLevel === null ? null : holders === 0 ? 'uncovered' : holders === 1 ? 'single' : null;
    return {
      competenceId,
      byLevel,
      neededLevel,
      holders,
      needing,
      meeting,
      coverage: needing === 0 ? null : meeting / needing,
      risk,
      byProfile,
    };
  });
}

/** People of the team with a level, grouped: competence, level (1-4), their role profile (null: none). */
export interface LevelGroup {
  competenceId: string;
  level: number;
  profileId: string | null;
  people: number;
}

/**
 * The inputs of `heatFromCounts` from one grouped count of the current levels: `team` people in all,
 * `assigned` people per role profile of the team, and the roles' requirements (competence, profile,
 * level). A requirement of a profile nobody in the team holds adds nothing.
 */
export function countsFromGroups(
  competenceIds: readonly string[],
  team: number,
  groups: readonly LevelGroup[],
  assigned: ReadonlyMap<string, number>,
  requirements: readonly { competenceId: string; profileId: string; level: number }[],
): { counts: Map<string, number[]>; needs: (ProfileNeed & { competenceId: string })[] } {
  const counts = new Map<string, number[]>(competenceIds.map((id) => [id, [team, 0, 0, 0, 0]]));
  /** By competence and profile: people per level. */
  const perProfile = new Map<string, number[]>();
  for (const g of groups) {
    const c = counts.get(g.competenceId);
    if (!c || g.level < 1 || g.level > 4) continue;
    c[g.level]! += g.people;
    c[0]! -= g.people;
    if (g.profileId === null) continue;
    const key = `${g.competenceId}|${g.profileId}`;
    const byLevel = perProfile.get(key) ?? [0, 0, 0, 0, 0];
    byLevel[g.level]! += g.people;
    perProfile.set(key, byLevel);
  }
  const needs = requirements.flatMap((r) => {
    const people = assigned.get(r.profileId) ?? 0;
    if (people === 0) return [];
    const byLevel = perProfile.get(`${r.competenceId}|${r.profileId}`) ?? [];
    const meeting = byLevel.slice(r.level).reduce((a, b) => a + b, 0);
    return [{ competenceId: r.competenceId, profileId: r.profileId, level: r.level, people, meeting }];
  });
  return { counts, needs };
}

/**
 * The heat map of `team` over `competenceIds` (in that order), from each person's levels.
 * `requirements` by profile id; `levels` by employee id, then competence id (see `currentLevels`).
 */
export function heatMap(
  competenceIds: readonly string[],
  team: readonly TeamMember[],
  requirements: ReadonlyMap<string, readonly Requirement[]>,
  levels: ReadonlyMap<string, ReadonlyMap<string, CurrentLevel>>,
): HeatRow[] {
  const levelOf = (employeeId: string, competenceId: string) =>
    Math.min(4, Math.max(0, levels.get(employeeId)?.get(competenceId)?.level ?? 0));
  const counts = new Map<string, number[]>();
  for (const competenceId of competenceIds) {
    const c = [0, 0, 0, 0, 0];
    for (const m of team) c[levelOf(m.employeeId, competenceId)]! += 1;
    counts.set(competenceId, c);
  }
  const needs: (ProfileNeed & { competenceId: string })[] = [];
  for (const [profileId, reqs] of requirements) {
    const holders = team.filter((m) => m.profileId === profileId);
    if (holders.length === 0) continue;
    for (const r of reqs) {
      const meeting = holders.filter((m) => levelOf(m.employeeId, r.competenceId) >= r.level).length;
      needs.push({ competenceId: r.competenceId, profileId, level: r.level, people: holders.length, meeting });
    }
  }
  return heatFromCounts(competenceIds, counts, needs);
}
