"use client";
// recharts loads in its own chunk after the page has painted; the tables and summaries
// beside each chart carry the same numbers for screen readers and before the chart arrives.
import dynamic from "next/dynamic";

const loading = () => <p className="py-12 text-center text-sm text-slate-500 dark:text-slate-400">Loading chart…</p>;

export const LazyDomainCharts = dynamic(() => import("./domain-charts"), { ssr: false, loading });
export const LazyReadinessChart = dynamic(() => import("./readiness-chart"), { ssr: false, loading });
export const LazyBarChart = dynamic(() => import("./bar-chart"), { ssr: false, loading });
