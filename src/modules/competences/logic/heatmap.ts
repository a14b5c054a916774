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

/**
 * The heat map of `team` over `competenceIds` (in that order). `requirements` by profile id;
 * `levels` by employee id, then competence id (see `currentLevels`).
 */
export function heatMap(
  competenceIds: readonly string[],
  team: readonly TeamMember[],
  requirements: ReadonlyMap<string, readonly Requirement[]>,
  levels: ReadonlyMap<string, ReadonlyMap<string, CurrentLevel>>,
): HeatRow[] {
  const need = new Map<string, Map<string, number>>(); // competence → profile → level
  for (const [profileId, reqs] of requirements) {
    for (const r of reqs) {
      const byProfile = need.get(r.competenceId) ?? new Map<string, number>();
      need.set(r.competenceId, byProfile.set(profileId, r.level));
    }
  }
  const teamProfiles = new Map<string, number>();
  for (const m of team) if (m.profileId) teamProfiles.set(m.profileId, (teamProfiles.get(m.profileId) ?? 0) + 1);

  return competenceIds.map((competenceId) => {
    const byLevel: HeatRow['byLevel'] = [0, 0, 0, 0, 0];
    const needs = need.get(competenceId);
    const profiles = new Map<string, ProfileNeed>();
    let neededLevel: number | null = null;
    for (const [profileId, level] of needs ?? []) {
      if (!teamProfiles.has(profileId)) continue;
      neededLevel = Math.max(neededLevel ?? 0, level);
      profiles.set(profileId, { profileId, level, people: 0, meeting: 0 });
    }
    let holders = 0;
    for (const m of team) {
      const level = levels.get(m.employeeId)?.get(competenceId)?.level ?? 0;
      byLevel[Math.min(4, Math.max(0, level))]! += 1;
      if (neededLevel !== null && level >= neededLevel) holders += 1;
      const p = m.profileId ? profiles.get(m.profileId) : undefined;
      if (p) {
        p.people += 1;
        if (level >= p.level) p.meeting += 1;
      }
    }
    const byProfile = [...profiles.values()];
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
