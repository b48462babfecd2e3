"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type AssessmentPoint } from "./assessment-point";

const SERIES = [
  { key: "overall", name: "Overall", color: "#4f46e5", width: 3 },
  { key: "mlFundamentals", name: "ML fundamentals", color: "#0891b2", width: 1.5 },
  { key: "deepLearning", name: "Deep learning", color: "#d97706", width: 1.5 },
  { key: "systemDesign", name: "System design", color: "#16a34a", width: 1.5 },
  { key: "communicationLeadership", name: "Communication", color: "#db2777", width: 1.5 },
] as const;

/** Scores over time, oldest on the left; the 0-10 axis is fixed so progress reads at a glance. */
export default function AssessmentChart({ points }: { points: AssessmentPoint[] }) {
  const data = points.map((p) => ({ date: p.assessedOn, overall: Number(p.overall.toFixed(2)), ...p.scores }));
  return (
    <div className="h-72 text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 12, right: 24, bottom: 4, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="date"
            tick={{ fill: "currentColor", fontSize: 11 }}
            stroke="currentColor"
            padding={{ left: 16, right: 16 }}
          />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" />
          <Tooltip contentStyle={{ background: "var(--color-white, #fff)", color: "#0f172a" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {SERIES.map((s) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              strokeWidth={s.width}
              dot={{ r: s.key === "overall" ? 4 : 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
