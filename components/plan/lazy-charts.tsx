"use client";

import { whenNearScreen } from "@/components/charts/lazy-chart";

// The plan's timeline loads when it comes on screen (components/charts/lazy-chart.tsx), watched
// only once the loaded page is idle: recharts is not fetched or run at start-up, even where it
// starts just below a phone's first screen; the table under it carries the same dates. Height
// as timeline-chart.tsx draws it. (The learning log's chart is in lazy-learning-chart.tsx: its
// next/dynamic is not part of the plan page's start-up.)
export const LazyTimelineChart = whenNearScreen(
  () => import("./timeline-chart"),
  (p) => Math.max(220, p.milestones.length * 56 + 90),
  { margin: "0px", afterLoad: true },
);
