// Plain data shapes the lazily loaded charts receive from the server-rendered page.
export type DomainChartData = { domain: string; label: string; points: { week: string; self: number | null; practice: number | null; mentor: number | null }[] };
export type ReadinessChartData = { week: string; self: number | null; practice: number | null; score: number | null }[];
export type BarDatum = { label: string; value: number };
