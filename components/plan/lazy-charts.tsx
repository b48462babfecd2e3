"use client";

// recharts is loaded only when a chart is on screen, in its own chunk.
import dynamic from "next/dynamic";

const loading = () => (
  <p role="status" className="py-10 text-center text-sm text-slate-500 dark:text-slate-400">
    Loading chart…
  </p>
);

export const LazyTimelineChart = dynamic(() => import("./timeline-chart"), { ssr: false, loading });
export const LazyLearningChart = dynamic(() => import("./learning-chart"), { ssr: false, loading });
