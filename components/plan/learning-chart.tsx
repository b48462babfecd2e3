"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { learningCategoryName, MONTHLY_TARGET_MINUTES } from "@/lib/plan/content";
import { formatMonth } from "@/lib/calendar/dates";
import type { MonthTotals } from "@/lib/plan/learning-totals";

const COLORS = { TECHNICAL: "#4f46e5", SOFT_SKILLS: "#0891b2", INDUSTRY: "#d97706" } as const;

/** Hours per month by category, with the seed's monthly targets as lines. */
export default function LearningChart({ months }: { months: MonthTotals[] }) {
  const data = months.map((m) => ({
    month: formatMonth(m.month),
    ...Object.fromEntries(m.categories.map((c) => [c.category, c.minutes / 60])),
  }));
  const targets = [...new Set(Object.values(MONTHLY_TARGET_MINUTES))].map((t) => t / 60);
  return (
    <div className="h-80 text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 16, right: 72, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="month" tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" />
          <YAxis
            tick={{ fill: "currentColor", fontSize: 11 }}
            stroke="currentColor"
            label={{ value: "hours", angle: -90, position: "insideLeft", fill: "currentColor", fontSize: 12 }}
          />
          <Tooltip
            contentStyle={{ background: "var(--color-white, #fff)", color: "#0f172a" }}
            formatter={(v) => `${String(v)} h`}
          />
          <Legend />
          {(["TECHNICAL", "SOFT_SKILLS", "INDUSTRY"] as const).map((c) => (
            <Bar
              key={c}
              dataKey={c}
              name={learningCategoryName(c)}
              fill={COLORS[c]}
              isAnimationActive={false}
            />
          ))}
          {targets.map((t) => (
            <ReferenceLine
              key={t}
              y={t}
              stroke="#dc2626"
              strokeDasharray="5 3"
              ifOverflow="extendDomain"
              label={{ value: `${t} h target`, position: "right", fill: "#dc2626", fontSize: 11 }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
