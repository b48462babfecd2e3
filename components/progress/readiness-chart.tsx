"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { BANDS } from "@/lib/rubric/data";
import { type ChartSeries, type ReadinessChartData } from "./chart-data";
import { FALLBACK_COLOR, SERIES_COLORS } from "./colors";

const BAND_FILL: Record<string, string> = { excellent: "#16a34a", good: "#6366f1", developing: "#d97706", "needs-improvement": "#dc2626" };

/** The weekly readiness score over the band thresholds, with the sources behind it. */
export default function ReadinessChart({ points, series }: { points: ReadinessChartData; series: ChartSeries }) {
  return (
    <div className="text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -20 }} accessibilityLayer={false}>
          {BANDS.map((b, i) => (
            <ReferenceArea
              key={b.value}
              y1={b.min}
              y2={i === 0 ? 10 : BANDS[i - 1]!.min}
              fill={BAND_FILL[b.value]}
              fillOpacity={0.08}
              label={{ value: b.label, position: "insideTopRight", fill: "currentColor", fontSize: 10 }}
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="week" tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" minTickGap={24} />
          <YAxis domain={[0, 10]} ticks={[0, 5.5, 7, 8.5, 10]} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" />
          <Tooltip contentStyle={{ color: "#0f172a" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="score" name="Readiness" stroke={SERIES_COLORS.readiness} strokeWidth={3} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
          {series.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.label} stroke={SERIES_COLORS[s.key] ?? FALLBACK_COLOR} strokeDasharray="4 3" dot={{ r: 2 }} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
