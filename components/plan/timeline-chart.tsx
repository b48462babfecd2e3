"use client";

import {
  CartesianGrid,
  Cell,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useEffect, useRef, useState } from "react";
import { dayNumber, formatDate, fromDayNumber } from "@/lib/calendar/dates";
import { STATUS_LABELS } from "@/lib/plan/horizons";
import type { Milestone, PlanSummary } from "@/lib/plan/types";

const COLORS = {
  NOT_STARTED: "#64748b",
  IN_PROGRESS: "#0284c7",
  DONE: "#16a34a",
  DROPPED: "#94a3b8",
  OVERDUE: "#dc2626",
};

type Point = { x: number; y: number; title: string; date: string; label: string; color: string };

/** A milestone's title beside its row, wrapped onto up to four lines (not cut at 20 characters). */
function TitleTick({ x, y, payload, width, titles }: { x?: number; y?: number; payload?: { value: number }; width: number; titles: string[] }) {
  const title = titles[payload?.value ?? -1] ?? "";
  return (
    <g className="timeline-title">
      <title>{title}</title>
      <Text x={x} y={y} width={width} maxLines={4} textAnchor="end" verticalAnchor="middle" fontSize={11} fill="currentColor" lineHeight={13}>
        {title}
      </Text>
    </g>
  );
}

/** Milestones over the plan's five years, with the horizons shaded and today's line. */
export default function TimelineChart({
  milestones,
  summary,
}: {
  milestones: Milestone[];
  summary: PlanSummary;
}) {
  const points: Point[] = milestones.map((m, i) => ({
    x: dayNumber(m.targetDate),
    y: i,
    title: m.title,
    date: m.targetDate,
    label: m.overdue ? `${STATUS_LABELS[m.status]}, overdue` : STATUS_LABELS[m.status],
    color: m.overdue ? COLORS.OVERDUE : COLORS[m.status],
  }));
  const start = dayNumber(summary.window.start);
  const end = dayNumber(summary.window.end);
  const today = dayNumber(summary.today);
  const ticks = summary.horizons.flatMap((h) => [dayNumber(h.start)]).concat(end);
  // Four wrapped lines of 13 px fit a 56 px row; a narrow screen gives the titles less room.
  const height = Math.max(220, milestones.length * 56 + 90);
  const box = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setNarrow(el.clientWidth < 480));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const axisWidth = narrow ? 124 : 190;
  return (
    <div ref={box} className="text-slate-700 dark:text-slate-300" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          {summary.horizons.map((h, i) => (
            <ReferenceArea
              key={h.id}
              x1={dayNumber(h.start)}
              x2={dayNumber(h.end)}
              fill={i % 2 ? "#6366f1" : "#0ea5e9"}
              fillOpacity={0.07}
              // On a phone Year 1 is ~40 px wide: "Y1", "Y2-3", "Y4-5" fit where "Years 2-3" crowded.
              label={{ value: narrow ? shortHorizonLabel(h.label) : h.label, position: "insideTop", fill: "currentColor", fontSize: narrow ? 11 : 12 }}
            />
          ))}
          <XAxis
            type="number"
            dataKey="x"
            domain={[start, end]}
            ticks={ticks}
            // A phone shows the years only: four full dates did not fit and the first was dropped.
            tickFormatter={(v: number) => (narrow ? fromDayNumber(v).slice(0, 4) : formatDate(fromDayNumber(v)))}
            interval={0}
            tick={{ fill: "currentColor", fontSize: 11 }}
            stroke="currentColor"
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-0.5, Math.max(milestones.length - 0.5, 0.5)]}
            reversed
            ticks={points.map((p) => p.y)}
            tick={<TitleTick width={axisWidth - 8} titles={points.map((p) => p.title)} />}
            width={axisWidth}
            stroke="currentColor"
          />
          {today >= start && today <= end && (
            <ReferenceLine
              x={today}
              stroke="#dc2626"
              strokeDasharray="4 2"
              label={{ value: "Today", position: "top", fill: "#dc2626", fontSize: 12 }}
            />
          )}
          <Tooltip
            cursor={false}
            content={({ active, payload }) => {
              const p = payload?.[0]?.payload as Point | undefined;
              if (!active || !p) return null;
              return (
                <div className="rounded border border-slate-300 bg-white px-3 py-2 text-xs text-slate-900 shadow dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100">
                  <p className="font-semibold">{p.title}</p>
                  <p>
                    {formatDate(p.date)} · {p.label}
                  </p>
                </div>
              );
            }}
          />
          <Scatter data={points} isAnimationActive={false}>
            {points.map((p) => (
              <Cell key={p.y} fill={p.color} />
            ))}
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}

/** "Year 1" → "Y1", "Years 2-3" → "Y2-3": the horizon names as a narrow chart shows them. */
function shortHorizonLabel(label: string): string {
  return label.replace(/^Years? /, "Y");
}
