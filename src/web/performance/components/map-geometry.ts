/** Where the arrows of the strategy map run: from the objective that contributes to the one it serves. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * An SVG path from `from` to `to`: up the map from the top edge to the bottom edge (the usual
 * direction, learning and growth → mission), down the map the other way round, and within one row
 * from side to side with a bow above the boxes.
 */
export function arrowPath(from: Box, to: Box): string {
  const cx = (b: Box) => b.x + b.width / 2;
  if (from.y >= to.y + to.height) {
    const [x1, y1, x2, y2] = [cx(from), from.y, cx(to), to.y + to.height];
    const bend = (y1 - y2) / 2;
    return `M ${x1} ${y1} C ${x1} ${y1 - bend}, ${x2} ${y2 + bend}, ${x2} ${y2}`;
  }
  if (from.y + from.height <= to.y) {
    const [x1, y1, x2, y2] = [cx(from), from.y + from.height, cx(to), to.y];
    const bend = (y2 - y1) / 2;
    return `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2}`;
  }
  const rightwards = cx(from) < cx(to);
  const x1 = rightwards ? from.x + from.width : from.x;
  const x2 = rightwards ? to.x : to.x + to.width;
  const y1 = from.y + from.height / 2;
  const y2 = to.y + to.height / 2;
  const lift = Math.min(40, Math.abs(x2 - x1) / 3);
  return `M ${x1} ${y1} C ${x1 + (rightwards ? lift : -lift)} ${y1 - lift}, ${x2 + (rightwards ? -lift : lift)} ${y2 - lift}, ${x2} ${y2}`;
}
