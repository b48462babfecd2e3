"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney, formatMoneyCompact } from "@/lib/offers/money";
import type { YearView } from "@/lib/offers/offer-view";

const SERIES = [
  { key: "base", name: "Base", color: "#4f46e5" },
  { key: "bonus", name: "Bonus", color: "#0891b2" },
  { key: "equity", name: "Equity", color: "#16a34a" },
  { key: "signing", name: "Signing", color: "#d97706" },
  { key: "benefits", name: "Benefits", color: "#db2777" },
] as const;

/** Stacked bars of years 1-4. Loaded lazily; the table beside it carries the same numbers. */
export default function CompChart({ years, currency }: { years: YearView[]; currency: string }) {
  const data = years.map((y) => ({ ...y, label: `Year ${y.year}` }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: 8, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#94a3b8" strokeOpacity={0.3} />
        <XAxis dataKey="label" stroke="currentColor" tick={{ fill: "currentColor", fontSize: 12 }} />
        <YAxis stroke="currentColor" tick={{ fill: "currentColor", fontSize: 12 }} tickFormatter={(v: number) => formatMoneyCompact(v, currency)} width={72} />
        <Tooltip
          formatter={(v) => formatMoney(Number(v), currency)}
          contentStyle={{ background: "#0f172a", color: "#f8fafc", border: "none", borderRadius: 6 }}
          labelStyle={{ color: "#f8fafc" }}
          itemStyle={{ color: "#f8fafc" }}
        />
        <Legend />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="comp" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
