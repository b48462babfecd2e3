"use client";

import dynamic from "next/dynamic";
import { whenNearScreen } from "@/components/charts/lazy-chart";

// The plan's timeline loads when it comes on screen (components/charts/lazy-chart.tsx), watched
// only once the loaded page is idle: recharts is not fetched or run at start-up, even where it
// starts just below a phone's first screen; the table under it carries the same dates. Height
// as timeline-chart.tsx draws it.
export const LazyTimelineChart = whenNearScreen(
  () => import("./timeline-chart"),
  (p) => Math.max(220, p.milestones.length * 56 + 90),
  { margin: "0px", afterLoad: true },
);

// The learning log's chart is its page's main content: loaded at once, in its own chunk.
const loading = () => (
  <p role="status" className="py-10 text-center text-sm text-slate-500 dark:text-slate-400">
    Loading chart…
  </p>
);
export const LazyLearningChart = dynamic(() => import("./learning-chart"), { ssr: false, loading });
