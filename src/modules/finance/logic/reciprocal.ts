/**
 * Reciprocal allocation: auxiliary centres that serve each other are solved as simultaneous
 * equations, x_i = direct_i + Σ_j share(j→i)·x_j, so no back-flow is lost.
 */
import {
  buildResult, centreLabel, serviceQuantities, validateModel,
  type AllocationFlow, type AllocationOutcome, type CostModel,
} from './allocation.ts';
import { splitCents } from './split.ts';

/**
 * Solves A·x = b by Gaussian elimination with partial pivoting. Returns null when A is singular.
 * A and b are not modified.
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

/**
 * Allocates by the reciprocal method. The exact (real-valued) solution is rounded to cents so
 * that every auxiliary centre passes on exactly what it holds (direct + received) and the main
 * centres' totals add up to the total direct cost to the cent: auxiliary→auxiliary flows are
 * rounded first, then each centre's remainder goes to its main receivers by largest remainder (or,
 * for a centre without main receivers, to the auxiliary receiver one step closer to a main centre).
 */
export function reciprocal(model: CostModel): AllocationOutcome {
  const invalid = validateModel(model);
  if (invalid.length > 0) return { ok: false, errors: invalid };
  const aux = model.centres.filter((c) => c.kind === 'auxiliary').map((c) => c.code);
  const index = new Map(aux.map((code, i) => [code, i]));
  const services = aux.map((code) => serviceQuantities(model, code));
  const shares = services.map((q) => {
    const sum = [...q.values()].reduce((a, v) => a + v, 0);
    return new Map([...q].map(([to, v]) => [to, v / sum]));
  });

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
      errors: [{
        code: 'no_path_to_main', centres: stuck,
        nl: `De kosten van ${names} bereiken nooit een hoofdkostenplaats: ze verdelen alleen aan elkaar. Geef minstens één van hen een hoeveelheid voor een hoofdkostenplaats.`,
        en: `The costs of ${names} never reach a main cost centre: they only allocate to each other. Give at least one of them a quantity for a main centre.`,
      }],
    };
  }

  // (I − Sᵀ)·x = direct, over the auxiliary centres.
  const matrix = aux.map((to, i) => aux.map((_, j) => (i === j ? 1 : 0) - (shares[j]!.get(to) ?? 0)));
  const x = solveLinear(matrix, aux.map((code) => model.direct[code] ?? 0));
  if (!x) {
    return { ok: false, errors: [{ code: 'singular_model', centres: aux, nl: 'Het stelsel van de hulpkostenplaatsen heeft geen oplossing.', en: 'The system of auxiliary centres has no solution.' }] };
  }

  // Integer auxiliary→auxiliary flows, then each centre's remainder, farthest from the main centres first.
  const auxFlows = aux.map((_, j) => {
    const row = new Map<string, number>();
    for (const [to, share] of shares[j]!) if (index.has(to)) row.set(to, Math.round(x[j]! * share));
    return row;
  });
  const flows: AllocationFlow[] = [];
  const byDistance = aux.map((_, j) => j).sort((a, b) => distance[b]! - distance[a]!);
  for (const j of byDistance) {
    const code = aux[j]!;
    let held = model.direct[code] ?? 0;
    auxFlows.forEach((row) => { held += row.get(code) ?? 0; });
    const row = auxFlows[j]!;
    const remainder = held - [...row.values()].reduce((a, v) => a + v, 0);
    const mains = [...services[j]!].filter(([to]) => !index.has(to));
    if (mains.length > 0) {
      const parts = splitCents(remainder, mains.map(([, q]) => q));
      mains.forEach(([to], k) => flows.push({ from: code, to, amountCents: parts[k] ?? 0 }));
    } else {
      let target = '';
      let targetQ = -1;
      for (const [to, q] of services[j]!) {
        if (distance[index.get(to)!] === distance[j]! - 1 && q > targetQ) [target, targetQ] = [to, q];
      }
      row.set(target, (row.get(target) ?? 0) + remainder);
    }
  }
  auxFlows.forEach((row, j) => {
    for (const [to, amountCents] of row) flows.push({ from: aux[j]!, to, amountCents });
  });
  return { ok: true, result: buildResult(model, 'reciprocal', flows) };
}
