"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type DomainChartData } from "./chart-data";
import { SERIES_COLORS } from "./colors";

/** One small line chart per rubric domain: self-assessment, practice self-scores and mentor scores by week. */
export default function DomainCharts({ domains }: { domains: DomainChartData[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {domains.map((d) => (
        <div key={d.domain} className="text-slate-700 dark:text-slate-300">
          <p className="mb-1 text-sm font-medium">{d.label}</p>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={d.points} margin={{ top: 4, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
              <XAxis dataKey="week" tick={{ fill: "currentColor", fontSize: 10 }} stroke="currentColor" minTickGap={24} />
              <YAxis domain={[0, 10]} ticks={[0, 5.5, 7, 8.5, 10]} tick={{ fill: "currentColor", fontSize: 10 }} stroke="currentColor" />
              <Tooltip contentStyle={{ color: "#0f172a" }} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              <Line dataKey="self" name="Self-assessment" stroke={SERIES_COLORS.self} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
              <Line dataKey="practice" name="Practice" stroke={SERIES_COLORS.practice} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
              <Line dataKey="mentor" name="Mentor" stroke={SERIES_COLORS.mentor} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ))}
    </div>
  );
}
