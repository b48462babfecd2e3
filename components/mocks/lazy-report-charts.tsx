"use client";
// recharts is loaded only when the report is on screen, in its own chunk.
import dynamic from "next/dynamic";

const loading = () => (
  <p role="status" className="py-10 text-center text-sm text-slate-500 dark:text-slate-400">
    Loading chart…
  </p>
);

export const LazyDomainScoresChart = dynamic(() => import("./report-charts").then((m) => m.DomainScoresChart), {
  ssr: false,
  loading,
});
export const LazyTimeUsedChart = dynamic(() => import("./report-charts").then((m) => m.TimeUsedChart), {
  ssr: false,
  loading,
});
