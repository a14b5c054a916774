/**
 * Traffic lights: green when the value meets the target in the good direction, red when it is
 * beyond the red threshold, amber in between. For 'up' the red threshold lies at or below the
 * target; for 'down' at or above it.
 */
import { msg } from '../messages.ts';
export type Direction = 'up' | 'down';
export type Light = 'green' | 'amber' | 'red';

export interface Target {
  validFrom: string;
  validTo: string | null;
  target: number;
  redThreshold: number;
}

export function evaluate(value: number, direction: Direction, target: number, redThreshold: number): Light {
  if (direction === 'up') {
    if (value >= target) return 'green';
    return value < redThreshold ? 'red' : 'amber';
  }
  if (value <= target) return 'green';
  return value > redThreshold ? 'red' : 'amber';
}

/** Why a target is not valid (Dutch and English), or null. */
export function targetProblem(
  direction: Direction,
  t: Pick<Target, 'target' | 'redThreshold' | 'validFrom' | 'validTo'>,
): { field: string; nl: string; en: string } | null {
  if (!Number.isFinite(t.target)) return { field: 'target', ...msg('target') };
  if (!Number.isFinite(t.redThreshold)) return { field: 'redThreshold', ...msg('redThreshold') };
  if (direction === 'up' && t.redThreshold > t.target) {
    return {
      field: 'redThreshold',
      ...msg('higher_better_red_threshold'),
    };
  }
  if (direction === 'down' && t.redThreshold < t.target) {
    return {
      field: 'redThreshold',
      ...msg('lower_better_red_threshold'),
    };
  }
  if (t.validTo !== null && t.validTo < t.validFrom)
    return {
      field: 'validTo',
      ...msg('end_date_lies_before'),
    };
  return null;
}

/**
 * The target valid on `day` ('yyyy-mm-dd', the first day of a period): of those whose validity
 * holds the day, the one that started last.
 */
export function targetOn<T extends Pick<Target, 'validFrom' | 'validTo'>>(
  targets: readonly T[],
  day: string,
): T | null {
  let best: T | null = null;
  for (const t of targets) {
    if (t.validFrom <= day && (t.validTo === null || t.validTo >= day) && (!best || t.validFrom > best.validFrom))
      best = t;
  }
  return best;
}

/** The light of a value in a period, or null without a target. */
export function lightOf(
  value: number,
  direction: Direction,
  targets: readonly Target[],
  periodStartDay: string,
): { light: Light; target: Target } | null {
  const t = targetOn(targets, periodStartDay);
  return t ? { light: evaluate(value, direction, t.target, t.redThreshold), target: t } : null;
}
