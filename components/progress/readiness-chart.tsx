"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, usePlotArea, XAxis, YAxis } from "recharts";
import { BANDS } from "@/lib/rubric/data";
import { type ChartSeries, type ReadinessChartData } from "./chart-data";
import { FALLBACK_COLOR, SERIES_COLORS } from "./colors";

const BAND_FILL: Record<string, string> = { excellent: "#16a34a", good: "#6366f1", developing: "#d97706", "needs-improvement": "#dc2626" };

/** Room right of the plot for the band names (one word a line at 10 px). */
const LABEL_GUTTER = 76;

/**
 * A band's name, the label of its ReferenceArea (so it sits on the main axis's scale): one word
 * a line, vertically centred on the band, left-aligned in the gutter right of the plot area,
 * so it never covers a point (the x padding keeps every dot inside the plot).
 */
function BandLabel({ name, viewBox }: { name: string; viewBox?: unknown }) {
  const plot = usePlotArea();
  const box = viewBox as { y?: number; height?: number } | undefined;
  if (!plot || box?.y === undefined || box.height === undefined) return null;
  const words = name.split(" ");
  const x = plot.x + plot.width + 6;
  const y = box.y + box.height / 2 + 4 - (words.length - 1) * 6;
  return (
    <text x={x} y={y} fill="currentColor" fontSize={10} textAnchor="start" className="band-label">
      {words.map((w, i) => (
        <tspan key={w} x={x} dy={i === 0 ? 0 : 12}>
          {w}
        </tspan>
      ))}
    </text>
  );
}

/** Each band's range on the 0-10 scale. */
const BAND_RANGES = BANDS.map((b, i) => ({ ...b, top: i === 0 ? 10 : BANDS[i - 1]!.min }));

/** The weekly readiness score over the band thresholds, with the sources behind it. */
export default function ReadinessChart({ points, series }: { points: ReadinessChartData; series: ChartSeries }) {
  return (
    <div className="text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ top: 8, right: LABEL_GUTTER, bottom: 0, left: -20 }} accessibilityLayer={false}>
          {BAND_RANGES.map((b) => (
            <ReferenceArea key={b.value} y1={b.min} y2={b.top} fill={BAND_FILL[b.value]} fillOpacity={0.08} label={<BandLabel name={b.label} />} />
          ))}
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {/* Padding keeps the first and last week's dots inside the plot. */}
          <XAxis dataKey="week" tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" minTickGap={24} padding={{ left: 16, right: 16 }} />
          <YAxis domain={[0, 10]} ticks={[0, 5.5, 7, 8.5, 10]} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" />
          <Tooltip contentStyle={{ color: "#0f172a" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="score" name="Readiness" stroke={SERIES_COLORS.readiness} strokeWidth={3} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
          {series.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.label} stroke={SERIES_COLORS[s.key] ?? FALLBACK_COLOR} strokeDasharray="4 3" dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
