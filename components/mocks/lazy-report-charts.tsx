"use client";
// The report's charts load when they come on screen (components/charts/lazy-chart.tsx), watched
// only once the loaded page is idle: recharts is not fetched or run at start-up, even where a
// chart starts just below a phone's first screen; the tables beside them carry the same numbers.
import { whenNearScreen } from "@/components/charts/lazy-chart";
import type { DomainDatum, TimeDatum } from "./report-charts";

const REPORT_CHART = { margin: "0px", afterLoad: true };

// Heights as report-charts.tsx draws them: ResponsiveContainer's height, plus (domains) the note
// under the chart, two lines on a phone and one from the sm breakpoint.
export const LazyDomainScoresChart = whenNearScreen<{ data: DomainDatum[] }>(
  () => import("./report-charts").then((m) => ({ default: m.DomainScoresChart })),
  (p) => [44 * p.data.length + 40 + 36, 44 * p.data.length + 40 + 20],
  REPORT_CHART,
);
export const LazyTimeUsedChart = whenNearScreen<{ data: TimeDatum[] }>(
  () => import("./report-charts").then((m) => ({ default: m.TimeUsedChart })),
  (p) => 36 * p.data.length + 60,
  REPORT_CHART,
);
