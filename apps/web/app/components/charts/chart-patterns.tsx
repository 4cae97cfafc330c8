import { PatternCircles, PatternLines } from "@visx/pattern";

/**
 * The three fills every dashboard chart uses, so no status is told by colour alone: solid
 * for "met", diagonal lines for "partly", dots for "gap" — each dark enough for white labels
 * (≥ 4.5:1) and for 3:1 against the page. Ids are prefixed per chart (one page, many charts).
 */
export const FILLS = {
  solid: { colour: "#1e5b32" },
  lines: { colour: "#6b4600" },
  dots: { colour: "#8f1026" },
  plain: { colour: "#4b2570" },
} as const;
export type FillName = keyof typeof FILLS;

export function fillUrl(prefix: string, fill: FillName): string {
  return fill === "solid" || fill === "plain" ? FILLS[fill].colour : `url(#${prefix}-${fill})`;
}

export function ChartPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <PatternLines
        id={`${prefix}-lines`}
        width={7}
        height={7}
        stroke="#f5e6c8"
        strokeWidth={1.5}
        background={FILLS.lines.colour}
        orientation={["diagonal"]}
      />
      <PatternCircles
        id={`${prefix}-dots`}
        width={7}
        height={7}
        radius={1.4}
        fill="#f9d6dc"
        background={FILLS.dots.colour}
        complement
      />
    </defs>
  );
}

/** A legend swatch drawn with the same fill as the chart, plus its label as text. */
export function LegendSwatch({ prefix, fill, label, x }: { prefix: string; fill: FillName; label: string; x: number }) {
  return (
    <g transform={`translate(${x}, 0)`}>
      <rect width={16} height={12} y={1} fill={fillUrl(prefix, fill)} stroke="#1d1b26" strokeWidth={0.5} />
      <text x={21} y={11} className="chart-text">
        {label}
      </text>
    </g>
  );
}
