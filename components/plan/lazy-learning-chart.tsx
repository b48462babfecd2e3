"use client";

import dynamic from "next/dynamic";

// The learning log's chart is its page's main content: loaded at once, in its own chunk. In its
// own module so that the plan page (lazy-charts.tsx) does not load next/dynamic at start-up.
const loading = () => (
  <p role="status" className="py-10 text-center text-sm text-slate-500 dark:text-slate-400">
    Loading chart…
  </p>
);
export const LazyLearningChart = dynamic(() => import("./learning-chart"), { ssr: false, loading });
