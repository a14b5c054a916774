/**
 * The scale simulator: cost lines that are fixed, variable (per unit) or step-fixed (one more step
 * for every `capacityPerStep` units), the cost per unit over a volume range, and the optimal scale.
 */
import type { Cents } from './errors.ts';
import { FinanceLogicError } from './errors.ts';
import { msg } from '../messages.ts';

/** How a cost behaves when the volume changes. */
export type CostBehaviour = 'fixed' | 'variable' | 'step';

/**
 * A cost line. `amountCents` is per year for fixed, per unit for variable, per step for step costs;
 * a step cost needs `capacityPerStep` (> 0): units one step can carry (e.g. 200 meals per cook).
 */
export interface CostLine {
  name: string;
  behaviour: CostBehaviour;
  amountCents: Cents;
  capacityPerStep?: number;
}

/** Cost at one volume. */
export interface CostPoint {
  volume: number;
  totalCents: Cents;
  fixedCents: Cents;
  variableCents: Cents;
  stepCents: Cents;
  /** total / volume rounded to the cent; null at volume 0. */
  perUnitCents: Cents | null;
}

function checkLines(lines: readonly CostLine[]): void {
  for (const l of lines) {
    if (!Number.isSafeInteger(l.amountCents)) {
      throw new FinanceLogicError({ code: 'invalid_amount', ...msg('invalid_amount_whole_cents', { name: l.name }) });
    }
    if (l.behaviour === 'step' && !((l.capacityPerStep ?? 0) > 0)) {
      throw new FinanceLogicError({ code: 'missing_capacity', ...msg('missing_capacity', { name: l.name }) });
    }
  }
}

function checkVolume(volume: number): void {
  if (!Number.isFinite(volume) || volume < 0) {
    throw new FinanceLogicError({ code: 'invalid_volume', ...msg('invalid_volume', { volume }) });
  }
}

/** Number of steps needed for a volume: ceil(volume / capacity); 0 steps at volume 0. */
export function stepsNeeded(volume: number, capacity: number): number {
  // A tiny tolerance so 600 / 200 stays 3 steps despite floating-point noise.
  return Math.max(0, Math.ceil(volume / capacity - 1e-9));
}

/** The cost of all lines at `volume`, split by behaviour. Variable costs are rounded to the cent. */
export function costAt(lines: readonly CostLine[], volume: number): CostPoint {
  checkLines(lines);
  checkVolume(volume);
  let fixedCents = 0;
  let variableCents = 0;
  let stepCents = 0;
  for (const l of lines) {
    if (l.behaviour === 'fixed') fixedCents += l.amountCents;
    else if (l.behaviour === 'variable') variableCents += Math.round(l.amountCents * volume);
    else stepCents += l.amountCents * stepsNeeded(volume, l.capacityPerStep!);
  }
  const totalCents = fixedCents + variableCents + stepCents;
  return {
    volume,
    totalCents,
    fixedCents,
    variableCents,
    stepCents,
    perUnitCents: volume > 0 ? Math.round(totalCents / volume) : null,
  };
}

/** Cost per unit at `volume` in cents (rounded), null at volume 0. */
export function costPerUnit(lines: readonly CostLine[], volume: number): Cents | null {
  return costAt(lines, volume).perUnitCents;
}

/** `points` (≥ 2) evenly spaced cost points from `from` to `to` inclusive. */
export function curve(lines: readonly CostLine[], from: number, to: number, points: number): CostPoint[] {
  checkRange(from, to);
  const n = Math.max(2, Math.floor(points));
  return Array.from({ length: n }, (_, i) => costAt(lines, i === n - 1 ? to : from + ((to - from) * i) / (n - 1)));
}

function checkRange(from: number, to: number): void {
  checkVolume(from);
  checkVolume(to);
  if (to < from) {
    throw new FinanceLogicError({ code: 'invalid_range', ...msg('invalid_range') });
  }
}

const MAX_CANDIDATES = 1_000_000;

/**
 * The volume in [from, to] with the lowest cost per unit. Between two step boundaries the step
 * count is constant, so cost per unit (C / v + variable) is lowest at an interval's end: it is
 * enough to compare the range ends, every step boundary (k × capacity) in the range, and the whole
 * volumes next to each boundary. Ties go to the smaller volume. Null when the range holds no volume > 0.
 */
export function optimalScale(lines: readonly CostLine[], from: number, to: number): CostPoint | null {
  checkLines(lines);
  checkRange(from, to);
  const candidates = new Set<number>([from, to]);
  for (const l of lines) {
    if (l.behaviour !== 'step') continue;
    const cap = l.capacityPerStep!;
    const first = Math.max(1, Math.floor(from / cap));
    if ((to / cap - first) * 3 > MAX_CANDIDATES) continue; // absurdly many boundaries: range ends only
    for (let k = first; k * cap <= to + cap; k++) {
      const b = k * cap;
      for (const v of [b, Math.floor(b), Math.ceil(b), Math.floor(b) - 1, Math.ceil(b) + 1]) {
        if (v >= from && v <= to) candidates.add(v);
      }
    }
  }
  let best: CostPoint | null = null;
  let bestExact = Infinity;
  for (const v of [...candidates].sort((a, b) => a - b)) {
    if (v <= 0) continue;
    const point = costAt(lines, v);
    const exact = point.totalCents / v;
    if (exact < bestExact - 1e-9) {
      best = point;
      bestExact = exact;
    }
  }
  return best;
}

/** A named scenario: its cost lines, the volume to compare at, and the range for its optimum. */
export interface Scenario {
  name: string;
  lines: CostLine[];
  volume: number;
  range?: { from: number; to: number };
}

/** One column of a scenario comparison. */
export interface ScenarioComparison {
  name: string;
  atVolume: CostPoint;
  optimum: CostPoint | null;
}

/** Compares up to three named scenarios side by side (cost at their volume, and their optimal scale). */
export function compareScenarios(scenarios: readonly Scenario[]): ScenarioComparison[] {
  if (scenarios.length > 3) {
    throw new FinanceLogicError({ code: 'too_many_scenarios', ...msg('too_many_scenarios') });
  }
  const names = new Set(scenarios.map((s) => s.name));
  if (names.size !== scenarios.length) {
    throw new FinanceLogicError({ code: 'duplicate_scenario', ...msg('duplicate_scenario') });
  }
  return scenarios.map((s) => ({
    name: s.name,
    atVolume: costAt(s.lines, s.volume),
    optimum: s.range ? optimalScale(s.lines, s.range.from, s.range.to) : null,
  }));
}
