"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useMemo } from "react";
import { FALLBACK_COLOR, SERIES_COLORS } from "./colors";
import { type DomainScoresData, domainChartPoints } from "./domain-data";

/**
 * One small line chart per rubric domain: one line per score source (self-assessment, practice,
 * mock interviews) by week. Its points are derived from the data the domain table shares.
 */
export default function DomainCharts({ data }: { data: DomainScoresData }) {
  const domains = useMemo(() => domainChartPoints(data), [data]);
  const series = data.series;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {domains.map((d) => (
        <div key={d.domain} className="text-slate-700 dark:text-slate-300">
          <p className="mb-1 text-sm font-medium">{d.label}</p>
          <ResponsiveContainer width="100%" height={180}>
            <LineChart data={d.points} margin={{ top: 4, right: 8, bottom: 0, left: -24 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
              <XAxis dataKey="week" tick={{ fill: "currentColor", fontSize: 10 }} stroke="currentColor" minTickGap={24} padding={{ left: 12, right: 12 }} />
              <YAxis domain={[0, 10]} ticks={[0, 5.5, 7, 8.5, 10]} tick={{ fill: "currentColor", fontSize: 10 }} stroke="currentColor" />
              <Tooltip contentStyle={{ color: "#0f172a" }} />
              <Legend wrapperStyle={{ fontSize: 11 }} />
              {series.map((s) => (
                <Line key={s.key} dataKey={s.key} name={s.label} stroke={SERIES_COLORS[s.key] ?? FALLBACK_COLOR} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      ))}
    </div>
  );
}
