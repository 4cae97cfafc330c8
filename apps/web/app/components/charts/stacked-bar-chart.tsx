// Shares that add up to 100 % per row (met / partly / gap), one visx bar per segment with
// its own pattern, the share written inside when it fits, and a legend in words.
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { ChartPatterns, type FillName, fillUrl, LegendSwatch } from "./chart-patterns.tsx";

export type StackSeries = { key: string; label: string; fill: FillName };
export type StackRow = { key: string; label: string; shares: Record<string, number> };

const WIDTH = 720;
const LABEL = 300;
const ROW = 30;
const LEGEND = 26;

export function StackedBarChart({
  id,
  series,
  rows,
  labelledBy,
  formatShare,
}: {
  id: string;
  series: StackSeries[];
  rows: StackRow[];
  labelledBy: string;
  formatShare: (share: number) => string;
}) {
  const height = LEGEND + rows.length * ROW + 6;
  const x = scaleLinear<number>({ domain: [0, 1], range: [0, WIDTH - LABEL - 10] });
  const y = scaleBand<string>({ domain: rows.map((r) => r.key), range: [LEGEND, height - 4], padding: 0.2 });
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
      <Group left={LABEL}>
        {series.map((s, i) => (
          <LegendSwatch key={s.key} prefix={id} fill={s.fill} label={s.label} x={i * 130} />
        ))}
      </Group>
      {rows.map((row) => {
        let offset = 0;
        return (
          <Group key={row.key} top={y(row.key) ?? 0}>
            <text x={LABEL - 8} y={y.bandwidth() / 2 + 4} textAnchor="end" className="chart-text">
              {row.label.length > 44 ? `${row.label.slice(0, 43)}…` : row.label}
            </text>
            {series.map((s) => {
              const share = row.shares[s.key] ?? 0;
              const start = offset;
              offset += share;
              const width = x(share);
              return width <= 0 ? null : (
                <Group key={s.key} left={LABEL + x(start)}>
                  <Bar
                    width={width}
                    height={y.bandwidth()}
                    fill={fillUrl(id, s.fill)}
                    stroke="#ffffff"
                    strokeWidth={1}
                  />
                  {width > 40 ? (
                    <text
                      x={width / 2}
                      y={y.bandwidth() / 2 + 4}
                      textAnchor="middle"
                      className="chart-text chart-on-fill"
                    >
                      {formatShare(share)}
                    </text>
                  ) : null}
                </Group>
              );
            })}
          </Group>
        );
      })}
    </svg>
  );
}
