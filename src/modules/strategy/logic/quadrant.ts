/**
 * The stakeholder register's rules (DOMAIN.md §7): the types of stakeholders of a care organisation,
 * and the power–interest matrix (Mendelow) that says how to engage each one.
 */
export const STAKEHOLDER_TYPES = [
  'clients',
  'network',
  'referrers',
  'government',
  'society',
  'staff',
  'volunteers',
  'umbrella',
  'neighbourhood',
  'partners',
] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

export const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];
/** The strategies a SWOT leads to: S×O (use strengths for opportunities), W×O, S×T, W×T. */
export const SWOT_STRATEGY_KINDS = ['SO', 'WO', 'ST', 'WT'] as const;
export type SwotStrategyKind = (typeof SWOT_STRATEGY_KINDS)[number];

/** The four quadrants of the power–interest matrix, most attention first. */
export const MATRIX_QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type MatrixQuadrant = (typeof MATRIX_QUADRANTS)[number];

/** Scores run from 1 (low) to 5 (high). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/**
 * From this score on, power or interest counts as high. The midpoint 3 counts as high: a stakeholder
 * on the line gets the more attentive treatment rather than slipping out of view.
 */
export const HIGH_FROM = 3;

/**
 * Where a stakeholder sits on the power–interest matrix: high power and high interest → manage
 * closely; high power, low interest → keep satisfied; low power, high interest → keep informed;
 * both low → monitor. Influence does not move a stakeholder between quadrants (it orders them within one).
 */
export function matrixQuadrant(power: number, interest: number): MatrixQuadrant {
  for (const score of [power, interest])
    if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX)
      throw new RangeError(`score ${score} outside ${SCORE_MIN}-${SCORE_MAX}`);
  const highPower = power >= HIGH_FROM;
  const highInterest = interest >= HIGH_FROM;
  if (highPower) return highInterest ? 'manage_closely' : 'keep_satisfied';
  return highInterest ? 'keep_informed' : 'monitor';
}

/**
 * The order of the register: by quadrant (most attention first), then by power + interest +
 * influence (highest first), then by name.
 */
export function byPriority<T extends { name: string; power: number; interest: number; influence: number }>(
  a: T,
  b: T,
): number {
  const q = (s: T) => MATRIX_QUADRANTS.indexOf(matrixQuadrant(s.power, s.interest));
  const weight = (s: T) => s.power + s.interest + s.influence;
  return q(a) - q(b) || weight(b) - weight(a) || a.name.localeCompare(b.name, 'nl');
}
