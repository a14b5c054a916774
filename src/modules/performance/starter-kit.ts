/** What the starter-set files share: the KPI shape and the helpers that write one. */
import { FIGURE_NAMES, type NamedFigure } from '../finance/public.ts';
import type { Frequency, KpiUnit, Perspective, ValueSource } from './tables.ts';

export type Mape = 'means' | 'activities' | 'output' | 'outcome';

export interface StarterKpi {
  code: string;
  nameNl: string;
  nameEn: string;
  definitionNl: string;
  definitionEn: string;
  unit: KpiUnit;
  decimals: number;
  direction: 'up' | 'down';
  frequency: Frequency;
  source: ValueSource;
  formula: string | null;
  perspective: Perspective;
  cafCriterion: number | null;
  mape: Mape | null;
  valueMin?: number;
  valueMax?: number;
  /** A sensible first target and red threshold (the organisation adjusts them). */
  target: number;
  red: number;
}

export const k = (
  code: string,
  nameNl: string,
  nameEn: string,
  definitionNl: string,
  definitionEn: string,
  spec: Omit<StarterKpi, 'code' | 'nameNl' | 'nameEn' | 'definitionNl' | 'definitionEn' | 'source' | 'formula'> & {
    formula?: string;
  },
): StarterKpi => ({
  code,
  nameNl,
  nameEn,
  definitionNl,
  definitionEn,
  ...spec,
  source: spec.formula ? 'computed' : 'manual',
  formula: spec.formula ?? null,
});

/**
 * What the yearly scores share (the satisfaction and NPS of a survey, the CAF score): a whole number up
 * to 100 that should go up, an outcome; each adds its perspective, CAF criterion and lowest value.
 */
export const YEARLY_SCORE = {
  unit: 'score',
  decimals: 0,
  direction: 'up',
  frequency: 'year',
  mape: 'outcome',
  valueMax: 100,
} as const;

/** Name and definition of a KPI computed from a finance figure: the finance module's one name and formula. */
export const named = (code: NamedFigure): [string, string, string, string] => {
  const { name, formula } = FIGURE_NAMES[code];
  return [name.nl, name.en, `${formula.nl}.`, `${formula.en}.`];
};
