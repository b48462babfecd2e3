"use client";
// The dashboard's charts load when they come near the screen, not at start-up (the pattern is
// components/charts/lazy-chart.tsx, shared with the mock report and the plan; decision 0025).
import { whenNearScreen } from "@/components/charts/lazy-chart";

// Heights as the charts draw them: ResponsiveContainer's height; for the domain charts, 180 px
// plus a 24 px title each, one column on a phone and two from the sm breakpoint, 16 px apart.
const domainsHeight = (n: number, columns: number) => Math.ceil(n / columns) * 204 + (Math.ceil(n / columns) - 1) * 16;
export const LazyReadinessChart = whenNearScreen(() => import("./readiness-chart"), () => 260);
export const LazyDomainCharts = whenNearScreen(() => import("./domain-charts"), (p) => [domainsHeight(p.data.domains.length, 1), domainsHeight(p.data.domains.length, 2)]);
export const LazyBarChart = whenNearScreen(() => import("./bar-chart"), (p) => p.height ?? 240);
