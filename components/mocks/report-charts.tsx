"use client";
// The mock report's two charts: domain averages against the guide's band thresholds, and minutes
// used against minutes allocated per block. The tables beside them are their text alternatives.
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
import { BANDS } from "@/lib/rubric/data";

const AXIS = { fill: "currentColor", fontSize: 11 } as const;
// ≥ 3:1 contrast on white and on slate-900 cards.
const SCORE_COLOR = "#6366f1";
const USED_COLOR = "#0d9488";
const ALLOCATED_COLOR = "#94a3b8";

export type DomainDatum = { label: string; average: number | null };
export type TimeDatum = { label: string; usedMinutes: number; allocatedMinutes: number };

const BAND_LINES = [...BANDS].filter((b) => b.min > 0).reverse();

export function DomainScoresChart({ data }: { data: DomainDatum[] }) {
  const rows = data.map((d) => ({ label: d.label, average: d.average ?? 0 }));
  return (
    <div className="text-slate-700 dark:text-slate-300">
      <div aria-hidden="true">
        <ResponsiveContainer width="100%" height={44 * rows.length + 40}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 0, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis
              type="number"
              domain={[0, 10]}
              ticks={[0, 2, 4, 6, 8, 10]}
              tick={AXIS}
              stroke="currentColor"
            />
            <YAxis
              type="category"
              dataKey="label"
              width={170}
              interval={0}
              tick={AXIS}
              stroke="currentColor"
            />
            <Tooltip
              contentStyle={{ color: "#0f172a" }}
              formatter={(v) => (typeof v === "number" ? v.toFixed(2) : v)}
            />
            {BAND_LINES.map((b) => (
              <ReferenceLine
                key={b.value}
                x={b.min}
                stroke="currentColor"
                strokeOpacity={0.5}
                strokeDasharray="4 3"
              />
            ))}
            <Bar
              dataKey="average"
              name="Average score"
              fill={SCORE_COLOR}
              radius={[0, 3, 3, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        Dashed lines: the guide&apos;s bands from {BAND_LINES.map((b) => `${b.label} ${b.min}`).join(", ")}.
      </p>
    </div>
  );
}

export function TimeUsedChart({ data }: { data: TimeDatum[] }) {
  return (
    <div className="text-slate-700 dark:text-slate-300" aria-hidden="true">
      <ResponsiveContainer width="100%" height={36 * data.length + 60}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 0, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis type="number" unit=" min" tick={AXIS} stroke="currentColor" />
          <YAxis type="category" dataKey="label" width={120} interval={0} tick={AXIS} stroke="currentColor" />
          <Tooltip
            contentStyle={{ color: "#0f172a" }}
            formatter={(v) => (typeof v === "number" ? `${v.toFixed(1)} min` : v)}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="allocatedMinutes"
            name="Allocated"
            fill={ALLOCATED_COLOR}
            radius={[0, 3, 3, 0]}
            isAnimationActive={false}
          />
          <Bar
            dataKey="usedMinutes"
            name="Used"
            fill={USED_COLOR}
            radius={[0, 3, 3, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
