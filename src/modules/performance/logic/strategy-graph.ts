/**
 * The strategy map is a directed graph without cycles: an objective supports others (learning and
 * growth → internal processes → clients and funders, finance → mission). A cycle would say that an
 * objective ultimately supports itself.
 */
export interface Link {
  from: string;
  to: string;
}

/**
 * The objectives on a cycle that the links of `from` (replacing its current ones) would close, as a
 * path from `from` back to itself; empty when there is none.
 */
export function cycleThrough(links: Link[], from: string, supports: string[]): string[] {
  const next = new Map<string, string[]>();
  for (const l of links) if (l.from !== from) next.set(l.from, [...(next.get(l.from) ?? []), l.to]);
  next.set(from, supports);
  // Depth-first search from `from`, remembering the path, until we meet `from` again.
  const seen = new Set<string>();
  const path: string[] = [from];
  const visit = (node: string): boolean => {
    for (const to of next.get(node) ?? []) {
      if (to === from) return true;
      if (seen.has(to)) continue;
      seen.add(to);
      path.push(to);
      if (visit(to)) return true;
      path.pop();
    }
    return false;
  };
  return visit(from) ? [...path, from] : [];
}
