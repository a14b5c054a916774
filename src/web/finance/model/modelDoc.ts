/** Pure edits of a cost-model document that keep its references consistent. */
import type { CostModelDoc, ModelCentre } from '../../../modules/finance/schema.ts';

/** Step order holds exactly the auxiliary centres (kept order first); rules only for auxiliary ones. */
export function normalise(doc: CostModelDoc): CostModelDoc {
  const aux = doc.centres.filter((c) => c.kind === 'auxiliary' && c.code).map((c) => c.code);
  const kept = doc.stepOrder.filter((code) => aux.includes(code));
  const stepOrder = [...new Set([...kept, ...aux])];
  const rules = doc.rules.filter((r) => aux.includes(r.from));
  return { ...doc, stepOrder, rules };
}

/** Renames a centre everywhere it is referenced (quantities, rules, order, assignments). */
export function renameCentre(doc: CostModelDoc, index: number, code: string): CostModelDoc {
  const old = doc.centres[index]?.code ?? '';
  const centres = doc.centres.map((c, i) => (i === index ? { ...c, code } : c));
  const shared = doc.centres.some((c, i) => i !== index && c.code === old);
  if (!old || shared) return normalise({ ...doc, centres });
  const swap = (value: string) => (value === old ? code : value);
  return normalise({
    ...doc,
    centres,
    keys: doc.keys.map((k) => {
      const quantities: Record<string, number> = {};
      for (const [centre, qty] of Object.entries(k.quantities)) quantities[swap(centre)] = qty;
      return { ...k, quantities };
    }),
    rules: doc.rules.map((r) => ({ ...r, from: swap(r.from) })),
    stepOrder: doc.stepOrder.map(swap),
    assignments: doc.assignments.map((a) => ({ ...a, centre: swap(a.centre) })),
  });
}

export function updateCentre(doc: CostModelDoc, index: number, patch: Partial<ModelCentre>): CostModelDoc {
  return normalise({ ...doc, centres: doc.centres.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
}

export function removeCentre(doc: CostModelDoc, index: number): CostModelDoc {
  const code = doc.centres[index]?.code;
  return normalise({
    ...doc,
    centres: doc.centres.filter((_, i) => i !== index),
    keys: doc.keys.map((k) => {
      const quantities = { ...k.quantities };
      if (code) delete quantities[code];
      return { ...k, quantities };
    }),
    assignments: doc.assignments.filter((a) => a.centre !== code),
  });
}

/** Moves the step-order entry at `index` by `delta` (-1 up, +1 down). */
export function moveStep(doc: CostModelDoc, index: number, delta: number): CostModelDoc {
  const target = index + delta;
  if (target < 0 || target >= doc.stepOrder.length) return doc;
  const order = [...doc.stepOrder];
  [order[index], order[target]] = [order[target]!, order[index]!];
  return { ...doc, stepOrder: order };
}

export function renameKey(doc: CostModelDoc, index: number, code: string): CostModelDoc {
  const old = doc.keys[index]?.code;
  return {
    ...doc,
    keys: doc.keys.map((k, i) => (i === index ? { ...k, code } : k)),
    rules: doc.rules.map((r) => (old && r.key === old ? { ...r, key: code } : r)),
  };
}

export const emptyDoc = (year: number): CostModelDoc => ({
  year,
  centres: [],
  keys: [],
  rules: [],
  stepOrder: [],
  assignments: [],
});
