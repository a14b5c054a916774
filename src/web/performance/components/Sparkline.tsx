import { LIGHT_COLOURS } from './LightBadge.tsx';
import type { Point } from '../kpi-api.ts';

/** A small SVG trend line (no chart library: the cockpit's first render stays fast); dots coloured by light. */
export function Sparkline({
  points,
  label,
  width = 160,
  height = 36,
}: {
  points: Pick<Point, 'period' | 'value' | 'light'>[];
  label: string;
  width?: number;
  height?: number;
}) {
  if (points.length === 0) return null;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = points.length > 1 ? (width - 6) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [3 + i * step, height - 3 - ((p.value - min) / span) * (height - 6)] as const);
  const last = points[points.length - 1]!;
  const [lx, ly] = xy[xy.length - 1]!;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="sb-sparkline"
    >
      <polyline
        points={xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke="#495057"
        strokeWidth="1.5"
      />
      {points.map((p, i) =>
        p.light === 'red' && i !== points.length - 1 ? (
          <circle key={p.period} cx={xy[i]![0]} cy={xy[i]![1]} r="2" fill={LIGHT_COLOURS.red} />
        ) : null,
      )}
      <circle cx={lx} cy={ly} r="3.5" fill={LIGHT_COLOURS[last.light ?? 'none']} stroke="#fff" strokeWidth="1" />
    </svg>
  );
}
