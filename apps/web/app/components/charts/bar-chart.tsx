// Horizontal bars drawn with visx on the server (fixed size, scaled by CSS); the numbers are
// written beside each bar, and a row without a number says why (e.g. "suppressed").
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { ChartPatterns, type FillName, fillUrl } from "./chart-patterns.tsx";

export type BarRow = { key: string; label: string; value: number | null; text: string; fill?: FillName };

const WIDTH = 720;
const LABEL = 260;
const ROW = 28;

export function BarChart({
  id,
  rows,
  max,
  labelledBy,
}: {
  id: string;
  rows: BarRow[];
  max?: number;
  labelledBy: string;
}) {
  const height = rows.length * ROW + 8;
  const top = Math.max(1, max ?? Math.max(0, ...rows.map((r) => r.value ?? 0)));
  const x = scaleLinear<number>({ domain: [0, top], range: [0, WIDTH - LABEL - 110] });
  const y = scaleBand<string>({ domain: rows.map((r) => r.key), range: [4, height - 4], padding: 0.25 });
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-labelledby={labelledBy}
      className="chart"
    >
      <ChartPatterns prefix={id} />
      {rows.map((row) => {
        const top = y(row.key) ?? 0;
        const width = row.value === null ? 0 : Math.max(1, x(row.value));
        return (
          <Group key={row.key} top={top}>
            <text x={LABEL - 8} y={y.bandwidth() / 2 + 4} textAnchor="end" className="chart-text">
              {row.label.length > 38 ? `${row.label.slice(0, 37)}…` : row.label}
            </text>
            <Bar x={LABEL} y={0} width={width} height={y.bandwidth()} fill={fillUrl(id, row.fill ?? "plain")} />
            <text
              x={LABEL + width + 6}
              y={y.bandwidth() / 2 + 4}
              className={row.value === null ? "chart-text chart-muted" : "chart-text chart-value"}
            >
              {row.text}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
