/** A person's current level per competence and the gap against their role profile (pure). */
import type { CurrentLevel, LevelEvidence, Requirement } from './types.ts';

const RANK = { manager: 0, self: 1, training: 2 } as const;

/** True when `a` is better evidence than `b` for the same person and competence. */
function wins(a: LevelEvidence, b: LevelEvidence): boolean {
  if (a.source !== b.source) return RANK[a.source] < RANK[b.source];
  // A training only ever raises a level: the highest reached counts, the earliest day on a tie.
  if (a.source === 'training') return a.level !== b.level ? a.level > b.level : a.on < b.on;
  // An assessment: the latest counts (the later recorded on the same day).
  if (a.on !== b.on) return a.on > b.on;
  return (a.seq ?? 0) > (b.seq ?? 0);
}

/**
 * The current level of every person for every competence with evidence: the latest manager
 * assessment, else the latest self-assessment, else the highest level reached through training.
 * Keyed by employee id, then competence id.
 */
export function currentLevels(evidence: readonly LevelEvidence[]): Map<string, Map<string, CurrentLevel>> {
  const best = new Map<string, Map<string, LevelEvidence>>();
  for (const e of evidence) {
    const person = best.get(e.employeeId) ?? new Map<string, LevelEvidence>();
    best.set(e.employeeId, person);
    const held = person.get(e.competenceId);
    if (!held || wins(e, held)) person.set(e.competenceId, e);
  }
  const out = new Map<string, Map<string, CurrentLevel>>();
  for (const [employeeId, person] of best) {
    const levels = new Map<string, CurrentLevel>();
    for (const [competenceId, e] of person) levels.set(competenceId, { level: e.level, source: e.source, on: e.on });
    out.set(employeeId, levels);
  }
  return out;
}

export interface GapRow {
  competenceId: string;
  required: number;
  current: number | null;
  /** Levels still missing: required − current (0 when met; the whole requirement when unknown). */
  gap: number;
  met: boolean;
}

/** The gap per required competence of a role profile, in the order of the requirements. */
export function gapOf(requirements: readonly Requirement[], current: ReadonlyMap<string, CurrentLevel>): GapRow[] {
  return requirements.map((r) => {
    const level = current.get(r.competenceId)?.level ?? null;
    const gap = Math.max(0, r.level - (level ?? 0));
    return { competenceId: r.competenceId, required: r.level, current: level, gap, met: gap === 0 };
  });
}

/** The number of required competences met, and the total of missing levels. */
export function gapSummary(rows: readonly GapRow[]): { required: number; met: number; missingLevels: number } {
  return {
    required: rows.length,
    met: rows.filter((r) => r.met).length,
    missingLevels: rows.reduce((sum, r) => sum + r.gap, 0),
  };
}
