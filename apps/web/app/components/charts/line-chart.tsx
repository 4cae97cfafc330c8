// A trend over periods: one visx line per series, a marker shape per series (circle, square,
// triangle) so lines differ by more than colour, and the value written at the last point.
import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { FILLS, type FillName } from "./chart-patterns.tsx";

export type LineSeries = { key: string; label: string; fill: FillName; dash?: string; values: (number | null)[] };

const WIDTH = 720;
const HEIGHT = 240;
const MARGIN = { top: 28, right: 60, bottom: 28, left: 44 };

function Marker({ fill, x, y }: { fill: FillName; x: number; y: number }) {
  const colour = FILLS[fill].colour;
  if (fill === "lines") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  if (fill === "dots") return <path d={`M${x},${y - 5} L${x + 5},${y + 4} L${x - 5},${y + 4} Z`} fill={colour} />;
  return <circle cx={x} cy={y} r={4} fill={colour} />;
}

export function LineChart({
  labels,
  series,
  labelledBy,
  formatValue,
}: {
  labels: string[];
  series: LineSeries[];
  labelledBy: string;
  formatValue: (n: number) => string;
}) {
  const x = scalePoint<string>({ domain: labels, range: [MARGIN.left, WIDTH - MARGIN.right], padding: 0.3 });
  const y = scaleLinear<number>({ domain: [0, 1], range: [HEIGHT - MARGIN.bottom, MARGIN.top] });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-labelledby={labelledBy}
      className="chart"
    >
      {[0, 0.5, 1].map((tick) => (
        <Group key={tick} top={y(tick)}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} stroke="#d8d4cc" />
          <text x={MARGIN.left - 6} y={4} textAnchor="end" className="chart-text">
            {formatValue(tick)}
          </text>
        </Group>
      ))}
      {labels.map((label) => (
        <text key={label} x={x(label) ?? 0} y={HEIGHT - 8} textAnchor="middle" className="chart-text">
          {label}
        </text>
      ))}
      {series.map((s, index) => {
        const points = labels.flatMap((label, i) =>
          s.values[i] == null ? [] : [{ x: x(label) ?? 0, y: y(s.values[i] ?? 0) }],
        );
        const last = points[points.length - 1];
        const lastValue = [...s.values].reverse().find((v) => v != null);
        return (
          <g key={s.key}>
            <LinePath
              data={points}
              x={(p) => p.x}
              y={(p) => p.y}
              stroke={FILLS[s.fill].colour}
              strokeWidth={2.5}
              strokeDasharray={s.dash}
            />
            {points.map((p, i) => (
              <Marker key={i} fill={s.fill} x={p.x} y={p.y} />
            ))}
            {last && lastValue != null ? (
              <text x={last.x + 8} y={last.y + 4 + index * 2} className="chart-text chart-value">
                {`${formatValue(lastValue)} ${s.label}`}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
