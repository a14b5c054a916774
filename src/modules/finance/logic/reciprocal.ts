/**
 * Reciprocal allocation: auxiliary centres that serve each other are solved as simultaneous
 * equations, x_i = direct_i + Σ_j share(j→i)·x_j, so no back-flow is lost. The equations are solved
 * exactly (rationals) and rounded to cents once, at the end.
 */
import {
  buildResult,
  centreLabel,
  serviceQuantities,
  validateModel,
  type AllocationFlow,
  type AllocationOutcome,
  type CostModel,
} from './allocation.ts';
import { roundDiv, roundToTotal, solveIntegerSystem, toIntegers } from './rational.ts';
import { msg } from '../messages.ts';

/**
 * Solves A·x = b in floating point by Gaussian elimination with partial pivoting (for quick
 * estimates; the allocation itself uses exact rationals). Returns null when A is singular.
 */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) < 1e-12) return null;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const rowCol = m[col]!;
    for (let r = col + 1; r < n; r++) {
      const row = m[r]!;
      const factor = row[col]! / rowCol[col]!;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) row[c]! -= factor * rowCol[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r]!;
    let sum = row[n]!;
    for (let c = r + 1; c < n; c++) sum -= row[c]! * x[c]!;
    x[r] = sum / row[r]!;
  }
  return x;
}

/** A flow of the exact solution (`exact` over the common denominator), and the cents it becomes. */
interface Edge {
  from: string;
  to: string;
  exact: bigint;
  cents: number;
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

function unionFind(codes: readonly string[]) {
  const parent = new Map(codes.map((c) => [c, c]));
  const find = (c: string): string => {
    let root = c;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(c, root);
    return root;
  };
  return {
    find,
    union: (a: string, b: string) => {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent.set(ra, rb);
      return ra !== rb;
    },
  };
}

/**
 * Makes the rounded flows consistent: every auxiliary centre passes on exactly what it holds and
 * every main centre receives exactly its target. Each centre's excess is moved to its parent along
 * a spanning tree of the largest exact flows, leaves first, so the corrections land on big flows.
 */
function settle(model: CostModel, edges: Edge[], target: Map<string, number>): void {
  const codes = model.centres.map((c) => c.code);
  const excess = new Map(codes.map((c) => [c, (model.direct[c] ?? 0) - (target.get(c) ?? 0)]));
  for (const e of edges) {
    excess.set(e.from, excess.get(e.from)! - e.cents);
    excess.set(e.to, excess.get(e.to)! + e.cents);
  }
  const uf = unionFind(codes);
  const tree = new Map<string, Edge[]>(codes.map((c) => [c, []]));
  const byWeight = [...edges].sort((a, b) => {
    const d = abs(b.exact) - abs(a.exact);
    return d > 0n ? 1 : d < 0n ? -1 : 0;
  });
  for (const e of byWeight) {
    if (uf.union(e.from, e.to)) {
      tree.get(e.from)!.push(e);
      tree.get(e.to)!.push(e);
    }
  }
  const seen = new Set<string>();
  for (const root of codes) {
    if (seen.has(root)) continue;
    seen.add(root);
    const visit: { code: string; via: Edge | null }[] = [{ code: root, via: null }];
    for (let k = 0; k < visit.length; k++) {
      const { code } = visit[k]!;
      for (const e of tree.get(code)!) {
        const next = e.from === code ? e.to : e.from;
        if (!seen.has(next)) {
          seen.add(next);
          visit.push({ code: next, via: e });
        }
      }
    }
    for (let k = visit.length - 1; k > 0; k--) {
      const { code, via } = visit[k]!;
      const e = via!;
      const more = excess.get(code)!;
      if (more === 0) continue;
      e.cents += e.from === code ? more : -more;
      const parent = e.from === code ? e.to : e.from;
      excess.set(parent, excess.get(parent)! + more);
      excess.set(code, 0);
    }
  }
}

/**
 * Allocates by the reciprocal method. The simultaneous equations are solved exactly; each main
 * centre's exact total is rounded once, by largest remainder within its group of connected
 * centres (so its cost stays within the group and the totals add up to the total direct cost to
 * the cent); the flows are rounded and then corrected along the largest flows so every auxiliary
 * centre passes on exactly what it holds.
 */
export function reciprocal(model: CostModel): AllocationOutcome {
  const invalid = validateModel(model);
  if (invalid.length > 0) return { ok: false, errors: invalid };
  const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
  const index = new Map(aux.map((code, i) => [code, i]));
  const services = aux.map((code) => serviceQuantities(model, code));

  // Steps to a main centre along the service graph; a centre that cannot reach one would keep its cost.
  const distance = new Array<number>(aux.length).fill(Infinity);
  for (let changed = true; changed; ) {
    changed = false;
    services.forEach((q, j) => {
      let best = Infinity;
      for (const to of q.keys()) {
        const i = index.get(to);
        best = Math.min(best, i === undefined ? 1 : distance[i]! + 1);
      }
      if (best < distance[j]!) {
        distance[j] = best;
        changed = true;
      }
    });
  }
  const stuck = aux.filter((_, j) => distance[j] === Infinity);
  if (stuck.length > 0) {
    const names = stuck.map((c) => centreLabel(model, c)).join(', ');
    return {
      ok: false,
      errors: [
        {
          code: 'no_path_to_main',
          centres: stuck,
          ...msg('no_path_to_main', { names }),
        },
      ],
    };
  }

  // (I − Sᵀ)·x = direct over the auxiliary centres, exactly. With y_j = x_j / Q_j (Q_j the sum of
  // j's quantities) the equations Q_i·y_i − Σ_j q(j→i)·y_j = direct_i have integer coefficients once
  // all quantities are scaled by one power of two, and a flow is y_j·q(j→i).
  const all = services.flatMap((q) => [...q.values()]);
  const { ints, scale } = toIntegers(all);
  let at = 0;
  const q = services.map((row) => new Map([...row.keys()].map((to) => [to, ints[at++]!])));
  const sums = q.map((row) => [...row.values()].reduce((acc, v) => acc + v, 0n));
  const matrix = aux.map((to, i) => aux.map((_, j) => (i === j ? sums[j]! : 0n) - (q[j]!.get(to) ?? 0n)));
  const solved = solveIntegerSystem(
    matrix,
    aux.map((code) => BigInt(model.direct[code] ?? 0) * scale),
  );
  if (!solved) {
    return {
      ok: false,
      errors: [
        {
          code: 'singular_model',
          centres: aux,
          ...msg('singular_model'),
        },
      ],
    };
  }
  // Every exact amount is a numerator over `denominator` (a flow y_j·q(j→i) = numerator_j·qty / (det·scale)).
  const denominator = solved.denominator * scale;
  const edges: Edge[] = [];
  aux.forEach((from, j) => {
    for (const [to, qty] of q[j]!) {
      const exact = solved.numerators[j]! * qty;
      edges.push({ from, to, exact, cents: Number(roundDiv(exact, denominator)) });
    }
  });

  // Each main centre's exact total, rounded by largest remainder within its connected group.
  const exactTotal = new Map(model.centres.map((c) => [c.code, BigInt(model.direct[c.code] ?? 0) * denominator]));
  for (const e of edges) exactTotal.set(e.to, exactTotal.get(e.to)! + e.exact);
  const groups = unionFind(model.centres.map((c) => c.code));
  for (const e of edges) groups.union(e.from, e.to);
  const members = new Map<string, string[]>();
  for (const c of model.centres) {
    const root = groups.find(c.code);
    members.set(root, [...(members.get(root) ?? []), c.code]);
  }
  const target = new Map<string, number>();
  for (const codes of members.values()) {
    const total = codes.reduce((acc, c) => acc + BigInt(model.direct[c] ?? 0), 0n);
    const mains = codes.filter((c) => !index.has(c));
    const rounded = roundToTotal(
      mains.map((c) => exactTotal.get(c)!),
      denominator,
      total,
    );
    mains.forEach((c, k) => {
      target.set(c, Number(rounded[k]!));
    });
  }
  settle(model, edges, target);
  const flows: AllocationFlow[] = edges.map((e) => ({ from: e.from, to: e.to, amountCents: e.cents }));
  return { ok: true, result: buildResult(model, 'reciprocal', flows) };
}
