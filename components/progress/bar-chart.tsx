"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type BarDatum } from "./chart-data";
import { BAR_COLOR } from "./colors";

/** A simple bar chart (vertical bars, or horizontal ones for long category names). */
export default function SimpleBarChart({ data, name, horizontal = false, height = 240 }: { data: BarDatum[]; name: string; horizontal?: boolean; height?: number }) {
  return (
    <div className="text-slate-700 dark:text-slate-300">
      <ResponsiveContainer width="100%" height={height}>
        {horizontal ? (
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis type="number" allowDecimals={false} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" />
            <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" />
            <Tooltip contentStyle={{ color: "#0f172a" }} />
            <Bar dataKey="value" name={name} fill={BAR_COLOR} radius={[0, 3, 3, 0]} isAnimationActive={false} />
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="label" tick={{ fill: "currentColor", fontSize: 10 }} stroke="currentColor" minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" />
            <Tooltip contentStyle={{ color: "#0f172a" }} />
            <Bar dataKey="value" name={name} fill={BAR_COLOR} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
