/**
 * Step-down allocation: auxiliary centres are closed one after the other in a chosen order, each
 * passing its full cost (direct + received) to the centres not yet closed; back-flows to closed
 * centres are ignored (and listed).
 */
import {
  buildResult,
  centreLabel,
  serviceQuantities,
  validateModel,
  type AllocationError,
  type AllocationFlow,
  type AllocationOutcome,
  type CostModel,
  type IgnoredBackflow,
} from './allocation.ts';
import { splitCents } from './split.ts';
import { msg } from '../messages.ts';

/** A suggested step-down order and the auxiliary centres that serve each other (directly or in a ring). */
export interface OrderSuggestion {
  order: string[];
  /** Centres on a service cycle: with them no order avoids back-flows (empty when one does). */
  mutual: string[];
}

/**
 * The textbook order for step-down. Centres that no remaining centre serves come first (keeping
 * `preferred` order where it can), so without mutual service no back-flow is ignored at all. When
 * every remaining centre is served by another one, the centre of a group serving each other that
 * serves the other remaining auxiliary centres most (the largest share of its key) goes first.
 */
export function suggestOrder(model: CostModel, preferred: readonly string[] = []): OrderSuggestion {
  const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
  const rank = new Map<string, number>();
  [...preferred, ...aux].forEach((code) => {
    if (!rank.has(code)) rank.set(code, rank.size);
  });
  const auxSet = new Set(aux);
  const shares = new Map<string, Map<string, number>>();
  for (const from of aux) {
    const q = serviceQuantities(model, from);
    const sum = [...q.values()].reduce((a, v) => a + v, 0);
    shares.set(from, new Map([...q].filter(([to]) => auxSet.has(to)).map(([to, v]) => [to, v / sum])));
  }
  const reach = (from: string, within: ReadonlySet<string>): Set<string> => {
    const seen = new Set([from]);
    const todo = [from];
    while (todo.length)
      for (const to of shares.get(todo.pop()!)!.keys())
        if (within.has(to) && !seen.has(to)) {
          seen.add(to);
          todo.push(to);
        }
    return seen;
  };
  const byRank = (a: string, b: string) => rank.get(a)! - rank.get(b)!;
  const left = new Set(aux);
  const order: string[] = [];
  while (left.size > 0) {
    const open = [...left];
    const unserved = open.filter((v) => !open.some((u) => u !== v && shares.get(u)!.has(v)));
    let next: string;
    if (unserved.length > 0) next = unserved.sort(byRank)[0]!;
    else {
      const reaches = new Map(open.map((v) => [v, reach(v, left)]));
      const first = open.filter((v) => open.every((u) => !reaches.get(u)!.has(v) || reaches.get(v)!.has(u)));
      const served = (v: string) => [...shares.get(v)!].reduce((a, [to, share]) => (left.has(to) ? a + share : a), 0);
      next = first.sort((a, b) => served(b) - served(a) || byRank(a, b))[0]!;
    }
    order.push(next);
    left.delete(next);
  }
  const all = new Set(aux);
  const mutual = aux.filter((v) => [...shares.get(v)!.keys()].some((to) => reach(to, all).has(v)));
  return { order, mutual };
}

function orderError(model: CostModel, order: readonly string[]): AllocationError | null {
  const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
  const seen = new Set(order);
  const ok = order.length === aux.length && seen.size === order.length && aux.every((a) => seen.has(a));
  if (ok) return null;
  return {
    code: 'invalid_order',
    centres: aux,
    ...msg('invalid_order'),
  };
}

/**
 * Allocates the auxiliary centres in `order` (each exactly once), the textbook step-down: every
 * centre's full cost goes to the centres not yet closed, in proportion to its key renormalised over
 * them, split to the cent (largest remainder), so the main centres' totals add up to the total
 * direct cost exactly. A closed centre receives nothing back: what its key would have sent there is
 * listed in `ignoredBackflows` (the reason the reciprocal method gives other figures).
 */
export function stepDown(model: CostModel, order: readonly string[]): AllocationOutcome {
  const invalid = validateModel(model);
  const badOrder = orderError(model, order);
  if (badOrder) invalid.push(badOrder);
  if (invalid.length > 0) return { ok: false, errors: invalid };
  const services = new Map(order.map((code) => [code, serviceQuantities(model, code)]));
  const held = new Map(model.centres.map((c) => [c.code, model.direct[c.code] ?? 0]));
  const closed = new Set<string>();
  const flows: AllocationFlow[] = [];
  const ignored: IgnoredBackflow[] = [];
  for (const sender of order) {
    const all = [...services.get(sender)!];
    const receivers = all.filter(([to]) => !closed.has(to));
    if (receivers.length === 0) {
      return {
        ok: false,
        errors: [
          {
            code: 'key_sum_zero',
            centres: [sender],
            ...msg('key_sum_zero_in_order', { sender: centreLabel(model, sender) }),
          },
        ],
      };
    }
    const amount = held.get(sender) ?? 0;
    if (receivers.length < all.length) {
      const sum = all.reduce((a, [, q]) => a + q, 0);
      const full = splitCents(
        amount,
        all.map(([, q]) => q),
      );
      all.forEach(([to, q], i) => {
        if (closed.has(to)) ignored.push({ from: sender, to, amountCents: full[i] ?? 0, share: q / sum });
      });
    }
    const parts = splitCents(
      amount,
      receivers.map(([, q]) => q),
    );
    receivers.forEach(([to], i) => {
      const part = parts[i] ?? 0;
      flows.push({ from: sender, to, amountCents: part });
      held.set(to, (held.get(to) ?? 0) + part);
    });
    held.set(sender, 0);
    closed.add(sender);
  }
  return { ok: true, result: buildResult(model, 'stepdown', flows, ignored) };
}
