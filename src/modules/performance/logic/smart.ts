/**
 * The SMART check of a strategic objective: each of the five parts passes only on what is recorded,
 * never on a guess. Specific: a description. Measurable: at least one linked KPI that has a target.
 * Acceptable: an owner who answers for it. Realistic: improvement actions or resources linked.
 * Time-bound: a due date.
 */
export const SMART_PARTS = ['specific', 'measurable', 'acceptable', 'realistic', 'timeBound'] as const;
export type SmartPart = (typeof SMART_PARTS)[number];

export interface SmartFacts {
  description: string;
  /** How many of the linked KPIs have a target (current or future). */
  kpisWithTarget: number;
  ownerId: string | null;
  actions: number;
  resources: string;
  dueDate: string | null;
}

export interface SmartCheck {
  parts: Record<SmartPart, boolean>;
  /** The parts that fail, in SMART order. */
  missing: SmartPart[];
  passed: boolean;
}

export function smartCheck(facts: SmartFacts): SmartCheck {
  const parts: Record<SmartPart, boolean> = {
    specific: facts.description.trim().length > 0,
    measurable: facts.kpisWithTarget > 0,
    acceptable: facts.ownerId !== null,
    realistic: facts.actions > 0 || facts.resources.trim().length > 0,
    timeBound: facts.dueDate !== null,
  };
  const missing = SMART_PARTS.filter((p) => !parts[p]);
  return { parts, missing, passed: missing.length === 0 };
}
