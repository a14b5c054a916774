/**
 * Step-down allocation: auxiliary centres are closed one after the other in a chosen order, each
 * passing its full cost (direct + received) to the centres not yet closed.
 */
import {
  buildResult, centreLabel, serviceQuantities, validateModel,
  type AllocationError, type AllocationFlow, type AllocationOutcome, type CostModel,
} from './allocation.ts';
import { splitCents } from './split.ts';

/** Options of {@link stepDown}. */
export interface StepDownOptions {
  /**
   * Classic step-down: quantities towards centres already closed are ignored and the key is
   * renormalised over the open ones. Without it such a back-flow is a `circular_allocation` error.
   */
  ignoreBackflows?: boolean;
}

/**
 * An order of the auxiliary centres in which no centre serves one allocated before it (a
 * topological order of the auxiliary→auxiliary service graph, keeping `preferred` order where it
 * can), or the centres caught in mutual service when there is none.
 */
export function suggestOrder(model: CostModel, preferred: readonly string[] = []): { order: string[] } | { cycle: string[] } {
  const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
  const rank = new Map<string, number>();
  [...preferred, ...aux].forEach((code) => { if (!rank.has(code)) rank.set(code, rank.size); });
  const auxSet = new Set(aux);
  const indegree = new Map(aux.map((a) => [a, 0]));
  const serves = new Map<string, string[]>();
  for (const from of aux) {
    const to = [...serviceQuantities(model, from).keys()].filter((c) => auxSet.has(c));
    serves.set(from, to);
    for (const t of to) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  }
  const order: string[] = [];
  const ready = aux.filter((a) => indegree.get(a) === 0);
  while (ready.length > 0) {
    ready.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const next = ready.shift()!;
    order.push(next);
    for (const t of serves.get(next) ?? []) {
      const d = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, d);
      if (d === 0) ready.push(t);
    }
  }
  if (order.length === aux.length) return { order };
  // Of the centres left, drop those that only serve downstream of a cycle: what stays is in a cycle.
  const left = new Set(aux.filter((a) => !order.includes(a)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const a of left) {
      if (!(serves.get(a) ?? []).some((t) => left.has(t))) {
        left.delete(a);
        changed = true;
      }
    }
  }
  return { cycle: aux.filter((a) => left.has(a)) };
}

function orderError(model: CostModel, order: readonly string[]): AllocationError | null {
  const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
  const seen = new Set(order);
  const ok = order.length === aux.length && seen.size === order.length && aux.every((a) => seen.has(a));
  if (ok) return null;
  return {
    code: 'invalid_order', centres: aux,
    nl: 'De volgorde moet elke hulpkostenplaats precies één keer bevatten.',
    en: 'The order must hold every auxiliary cost centre exactly once.',
  };
}

function circularError(model: CostModel, order: readonly string[], pairs: [string, string][]): AllocationError {
  const label = (code: string) => centreLabel(model, code);
  const [sender, closed] = pairs[0]!;
  const names = (codes: readonly string[]) => codes.map(label).join(', ');
  const suggestion = suggestOrder(model, order);
  const base = {
    code: 'circular_allocation',
    centres: [...new Set(pairs.flat())],
  };
  const nl = `${label(sender)} levert aan ${label(closed)}, maar ${label(closed)} is al verdeeld vóór ${label(sender)}: die kosten kunnen niet meer doorgegeven worden.`;
  const en = `${label(sender)} serves ${label(closed)}, but ${label(closed)} has already been allocated before ${label(sender)}: those costs can no longer be passed on.`;
  if ('order' in suggestion) {
    return {
      ...base, suggestedOrder: suggestion.order, suggestReciprocal: false,
      nl: `${nl} Een volgorde die wel werkt: ${names(suggestion.order)}.`,
      en: `${en} An order that works: ${names(suggestion.order)}.`,
    };
  }
  return {
    ...base, suggestReciprocal: true,
    nl: `${nl} ${names(suggestion.cycle)} leveren diensten aan elkaar in beide richtingen, dus geen enkele volgorde werkt. Gebruik de reciproke methode (exact), of negeer de terugstromen.`,
    en: `${en} ${names(suggestion.cycle)} serve each other both ways, so no order works. Use the reciprocal method (exact), or ignore the back-flows.`,
  };
}

/**
 * Allocates the auxiliary centres in `order` (each exactly once). Every centre's full cost goes to
 * the centres not yet closed, in proportion to its key, split to the cent (largest remainder), so
 * the main centres' totals add up to the total direct cost exactly.
 */
export function stepDown(model: CostModel, order: readonly string[], opts: StepDownOptions = {}): AllocationOutcome {
  const invalid = validateModel(model);
  const badOrder = orderError(model, order);
  if (badOrder) invalid.push(badOrder);
  if (invalid.length > 0) return { ok: false, errors: invalid };
  const position = new Map(order.map((code, i) => [code, i]));
  const services = new Map(order.map((code) => [code, serviceQuantities(model, code)]));
  if (!opts.ignoreBackflows) {
    const pairs: [string, string][] = [];
    for (const sender of order) {
      for (const to of services.get(sender)!.keys()) {
        const p = position.get(to);
        if (p !== undefined && p < position.get(sender)!) pairs.push([sender, to]);
      }
    }
    if (pairs.length > 0) return { ok: false, errors: [circularError(model, order, pairs)] };
  }
  const held = new Map(model.centres.map((c) => [c.code, model.direct[c.code] ?? 0]));
  const closed = new Set<string>();
  const flows: AllocationFlow[] = [];
  for (const sender of order) {
    const receivers = [...services.get(sender)!].filter(([to]) => !closed.has(to));
    if (receivers.length === 0) {
      return {
        ok: false,
        errors: [{
          code: 'key_sum_zero', centres: [sender],
          nl: `In deze volgorde kan ${centreLabel(model, sender)} aan niemand meer verdelen: alle kostenplaatsen met een hoeveelheid in zijn sleutel zijn al verdeeld.`,
          en: `In this order ${centreLabel(model, sender)} has no one left to allocate to: every centre with a quantity in its key is already allocated.`,
        }],
      };
    }
    const amount = held.get(sender) ?? 0;
    const parts = splitCents(amount, receivers.map(([, q]) => q));
    receivers.forEach(([to], i) => {
      const part = parts[i] ?? 0;
      flows.push({ from: sender, to, amountCents: part });
      held.set(to, (held.get(to) ?? 0) + part);
    });
    held.set(sender, 0);
    closed.add(sender);
  }
  return { ok: true, result: buildResult(model, 'stepdown', flows) };
}
