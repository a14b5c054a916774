/**
 * The cost model of one year (cost centres, allocation keys, one rule per auxiliary centre, direct
 * costs) and its validation. The two allocation methods live in `stepdown.ts` and `reciprocal.ts`.
 */
import type { Cents, FinanceError } from './errors.ts';
import { msg } from '../messages.ts';

/** The unit in which a main centre's service volume is counted. */
export type ServiceUnit = 'day' | 'night' | 'hour' | 'session' | 'meal' | 'client_year' | 'unit';

/** A cost centre: main (a service delivered to clients) or auxiliary (serves other centres). */
export interface CostCentre {
  code: string;
  name: string;
  kind: 'main' | 'auxiliary';
  unit?: ServiceUnit;
  /** Units of service delivered in the year (main centres). */
  volume?: number;
}

/** What an allocation key measures. */
export type KeyDriver = 'fte' | 'm2' | 'meals' | 'hours' | 'clients' | 'custom';

/** An allocation key: a quantity per receiving centre (FTE, m², meals …). */
export interface AllocationKey {
  code: string;
  name: string;
  driver: KeyDriver;
  quantities: Record<string, number>;
}

/** Auxiliary centre `from` passes its costs on by key `key`. */
export interface AllocationRule {
  from: string;
  key: string;
}

/** Everything an allocation needs. `direct` holds the direct cost per centre code in cents. */
export interface CostModel {
  centres: CostCentre[];
  keys: AllocationKey[];
  rules: AllocationRule[];
  direct: Record<string, Cents>;
}

/** An error in a model or an allocation, with the centres (and key) it concerns. */
export interface AllocationError extends FinanceError {
  centres?: string[];
  key?: string;
}

/** Cents moved from one centre to another. */
export interface AllocationFlow {
  from: string;
  to: string;
  amountCents: Cents;
}

/**
 * Step-down: what `from`'s key would have sent to `to`, a centre closed before it, and that is
 * ignored (the amount is split over the open centres instead). `share` is `to`'s share of the key.
 */
export interface IgnoredBackflow extends AllocationFlow {
  share: number;
}

/**
 * One centre after allocation. `totalCents` = direct + received; an auxiliary centre passes all of
 * it on (`allocatedOutCents` = `totalCents`), a main centre keeps it (`allocatedOutCents` = 0).
 */
export interface CentreAllocation {
  code: string;
  kind: 'main' | 'auxiliary';
  directCents: Cents;
  receivedCents: Cents;
  allocatedOutCents: Cents;
  totalCents: Cents;
}

/** The outcome of an allocation. `mainTotalCents` always equals `totalCostCents`. */
export interface AllocationResult {
  method: 'stepdown' | 'reciprocal';
  flows: AllocationFlow[];
  centres: CentreAllocation[];
  /** Sum of the direct costs of all centres. */
  totalCostCents: Cents;
  /** Sum of the main centres' totals. */
  mainTotalCents: Cents;
  /** Step-down only: back-flows to centres already closed (empty for the reciprocal method). */
  ignoredBackflows: IgnoredBackflow[];
}

/** Either a result or the errors that prevent it. */
export type AllocationOutcome = { ok: true; result: AllocationResult } | { ok: false; errors: AllocationError[] };

/** "Naam (code)" of a centre for messages. */
export function centreLabel(model: CostModel, code: string): string {
  const centre = model.centres.find((c) => c.code === code);
  return centre && centre.name !== '' && centre.name !== code ? `${centre.name} (${code})` : code;
}

/**
 * Checks a model before allocation: duplicate centre or key codes, direct costs that are not whole
 * cents or name an unknown centre, rules from unknown or main centres or with unknown keys, an
 * auxiliary centre with no or several rules, negative or unknown-centre quantities, and a key that
 * gives a sender nothing to allocate to (`key_sum_zero`). Returns every problem found.
 */
export function validateModel(model: CostModel): AllocationError[] {
  const errors: AllocationError[] = [];
  const label = (code: string) => centreLabel(model, code);
  const centres = new Map<string, CostCentre>();
  for (const c of model.centres) {
    if (centres.has(c.code)) {
      errors.push({
        code: 'duplicate_centre',
        centres: [c.code],
        ...msg('duplicate_centre', { code: c.code }),
      });
    } else centres.set(c.code, c);
  }
  const keys = new Map<string, AllocationKey>();
  for (const k of model.keys) {
    if (keys.has(k.code)) {
      errors.push({
        code: 'duplicate_key',
        key: k.code,
        ...msg('duplicate_key', { code: k.code }),
      });
    } else keys.set(k.code, k);
  }
  for (const [code, cents] of Object.entries(model.direct)) {
    if (!centres.has(code)) {
      errors.push({
        code: 'unknown_centre',
        centres: [code],
        ...msg('unknown_centre_there_direct', { code }),
      });
    }
    if (!Number.isSafeInteger(cents)) {
      errors.push({
        code: 'invalid_amount',
        centres: [code],
        ...msg('invalid_amount_direct_costs', { code: label(code) }),
      });
    }
  }
  for (const k of keys.values()) {
    for (const [code, q] of Object.entries(k.quantities)) {
      if (!centres.has(code)) {
        errors.push({
          code: 'unknown_centre',
          key: k.code,
          centres: [code],
          ...msg('unknown_centre_key_names', { name: k.name, code }),
        });
      } else if (!Number.isFinite(q) || q < 0) {
        errors.push({
          code: 'negative_quantity',
          key: k.code,
          centres: [code],
          ...msg('negative_quantity', { name: k.name, code: label(code), q }),
        });
      }
    }
  }
  const ruled = new Set<string>();
  for (const rule of model.rules) {
    const from = centres.get(rule.from);
    const key = keys.get(rule.key);
    if (!from) {
      errors.push({
        code: 'unknown_centre',
        centres: [rule.from],
        ...msg('unknown_centre_there_allocation', { from: rule.from }),
      });
    } else if (from.kind === 'main') {
      errors.push({
        code: 'rule_from_main',
        centres: [rule.from],
        ...msg('rule_from_main', { from: label(rule.from) }),
      });
    } else if (ruled.has(rule.from)) {
      errors.push({
        code: 'duplicate_rule',
        centres: [rule.from],
        ...msg('duplicate_rule', { from: label(rule.from) }),
      });
    }
    if (!key) {
      errors.push({
        code: 'unknown_key',
        key: rule.key,
        centres: [rule.from],
        ...msg('unknown_key', { from: label(rule.from), key: rule.key }),
      });
    }
    ruled.add(rule.from);
    if (from?.kind === 'auxiliary' && key) {
      const sum = Object.entries(key.quantities).reduce(
        (acc, [code, q]) => (code !== rule.from && centres.has(code) && q > 0 ? acc + q : acc),
        0,
      );
      if (!(sum > 0)) {
        errors.push({
          code: 'key_sum_zero',
          key: key.code,
          centres: [rule.from],
          ...msg('key_sum_zero', { name: key.name, from: label(rule.from) }),
        });
      }
    }
  }
  for (const c of centres.values()) {
    if (c.kind === 'auxiliary' && !ruled.has(c.code)) {
      errors.push({
        code: 'missing_rule',
        centres: [c.code],
        ...msg('missing_rule', { code: label(c.code) }),
      });
    }
  }
  return errors;
}

/** The quantities by which auxiliary centre `from` serves each other centre (itself excluded). */
export function serviceQuantities(model: CostModel, from: string): Map<string, number> {
  const rule = model.rules.find((r) => r.from === from);
  const key = rule && model.keys.find((k) => k.code === rule.key);
  const out = new Map<string, number>();
  if (!key) return out;
  for (const c of model.centres) {
    const q = key.quantities[c.code] ?? 0;
    if (c.code !== from && q > 0) out.set(c.code, q);
  }
  return out;
}

/** Builds the result table from integer flows; the caller guarantees each auxiliary centre sends out all it holds. */
export function buildResult(
  model: CostModel,
  method: AllocationResult['method'],
  flows: AllocationFlow[],
  ignoredBackflows: IgnoredBackflow[] = [],
): AllocationResult {
  const received = new Map<string, number>();
  const sent = new Map<string, number>();
  for (const f of flows) {
    received.set(f.to, (received.get(f.to) ?? 0) + f.amountCents);
    sent.set(f.from, (sent.get(f.from) ?? 0) + f.amountCents);
  }
  let totalCostCents = 0;
  let mainTotalCents = 0;
  const centres = model.centres.map((c): CentreAllocation => {
    const directCents = model.direct[c.code] ?? 0;
    const receivedCents = received.get(c.code) ?? 0;
    const totalCents = directCents + receivedCents;
    totalCostCents += directCents;
    if (c.kind === 'main') mainTotalCents += totalCents;
    return {
      code: c.code,
      kind: c.kind,
      directCents,
      receivedCents,
      allocatedOutCents: sent.get(c.code) ?? 0,
      totalCents,
    };
  });
  return {
    method,
    flows: flows.filter((f) => f.amountCents !== 0),
    centres,
    totalCostCents,
    mainTotalCents,
    ignoredBackflows,
  };
}
