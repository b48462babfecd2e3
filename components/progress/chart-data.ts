// Plain data shapes the lazily loaded charts receive from the server-rendered page.
/** A week's point: `week` plus one value per score series key (SCORE_SERIES), and `score` for readiness. */
type SeriesPoint = { week: string } & Record<string, number | null | string>;
export type ChartSeries = { key: string; label: string }[];
export type DomainChartData = { domain: string; label: string; points: SeriesPoint[] };
export type ReadinessChartData = SeriesPoint[];
export type BarDatum = { label: string; value: number };
