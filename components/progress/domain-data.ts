// The domain scores' one copy of the numbers (issue 20, decision 0024 session 9): the page sent
// them twice, as the domain charts' weekly points and again as the domain table's rows (~20 KB
// of the RSC payload, the domain's label and the dates repeated per row). The page now sends
// this compact shape once; the chart (domain-charts.tsx, loaded when near the screen) and the
// table (domain-scores.tsx, built when its <details> is opened) are derived from it in the
// browser, with the same functions the server used. Pure, no I/O: imported on both sides.
import { formatDate } from "@/lib/calendar/dates";
import { type ChartSeries, type DomainChartData } from "./chart-data";
import { fmtScore, shortDate } from "./labels";

/** What the domain section needs per domain: per series (in `series` order), a value and a count per week. */
export type DomainScoresData = {
  series: ChartSeries;
  /** The Mondays the chart shows (ISO dates), oldest first: every week with a value is among them. */
  weeks: string[];
  domains: { domain: string; label: string; values: (number | null)[][]; counts: number[][] }[];
};

type DomainPoint = { week: string; counts: Record<string, number> } & Record<string, unknown>;

/**
 * The section's weeks from `start` (chartStart over the weeks with any value, so no week with a
 * value is left out) for the series shown.
 */
export function domainScoresData(
  domains: readonly { domain: string; label: string; points: readonly DomainPoint[] }[],
  series: ChartSeries,
  start: number,
): DomainScoresData {
  const weeks = (domains[0]?.points ?? []).slice(start).map((p) => p.week);
  return {
    series,
    weeks,
    domains: domains.map((d) => {
      const points = d.points.slice(start);
      return {
        domain: d.domain,
        label: d.label,
        values: series.map((s) => points.map((p) => (p[s.key] as number | null) ?? null)),
        counts: series.map((s) => points.map((p) => p.counts[s.key] ?? 0)),
      };
    }),
  };
}

/** The charts' points: one per week shown, its short date and each series' value. */
export function domainChartPoints(data: DomainScoresData): DomainChartData[] {
  const labels = data.weeks.map(shortDate);
  return data.domains.map((d) => ({
    domain: d.domain,
    label: d.label,
    points: labels.map((week, i) => Object.fromEntries([["week", week], ...data.series.map((s, j) => [s.key, d.values[j]![i]!] as const)])),
  }));
}

/** The table's rows: each domain's weeks with a value, the week's date, the domain, each series' score and how many are behind them. */
export function domainTableRows(data: DomainScoresData): string[][] {
  return data.domains.flatMap((d) =>
    data.weeks.flatMap((week, i) =>
      d.values.some((v) => v[i] !== null) ? [[formatDate(week), d.label, ...d.values.map((v) => fmtScore(v[i]!)), d.counts.map((c) => c[i]!).join(" / ")]] : [],
    ),
  );
}
