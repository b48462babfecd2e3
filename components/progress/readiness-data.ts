// The readiness section's one copy of the numbers (issue 20, decision 0024 session 10), as the
// domain scores have had since session 9 (domain-data.ts): the page sent the weekly points twice,
// as the chart's points (an object per week, every key repeated) and again as the table's rows
// (each score already formatted). It now sends this compact shape once; the chart
// (readiness-chart.tsx, loaded near the screen) and the table (readiness-scores.tsx, built when
// its <details> is opened) are derived from it in the browser with the functions the server used.
// Pure, no I/O: imported on both sides.
import { formatDate } from "@/lib/calendar/dates";
import { BANDS } from "@/lib/rubric/data";
import { type ChartSeries, type ReadinessChartData } from "./chart-data";
import { fmtScore, shortDate } from "./labels";

export type ReadinessData = {
  series: ChartSeries;
  /** The Mondays the chart shows (ISO dates), oldest first: every week with a score is among them. */
  weeks: string[];
  /** Per series (in `series` order), the week's value. */
  values: (number | null)[][];
  /** The week's readiness score and band (null: no score that week). */
  score: (number | null)[];
  band: (string | null)[];
};

type ReadinessPoint = { week: string; score: number | null; band: string | null } & Record<string, unknown>;

/** A band's name ("Needs improvement"), "–" for none. */
export const bandLabel = (b: string | null) => (b ? (BANDS.find((x) => x.value === b)?.label ?? b) : "–");

/** The section's numbers from week `start` (chartStart over the weeks with a score) for the series shown. */
export function readinessData(points: readonly ReadinessPoint[], series: ChartSeries, start: number): ReadinessData {
  const shown = points.slice(start);
  return {
    series,
    weeks: shown.map((p) => p.week),
    values: series.map((s) => shown.map((p) => (p[s.key] as number | null | undefined) ?? null)),
    score: shown.map((p) => p.score),
    band: shown.map((p) => p.band),
  };
}

/** The chart's points: one per week shown, its short date, each series' value, the score and band. */
export function readinessChartPoints(data: ReadinessData): ReadinessChartData {
  return data.weeks.map((week, i) =>
    Object.fromEntries([
      ["week", shortDate(week)],
      ...data.series.map((s, j) => [s.key, data.values[j]![i]!] as const),
      ["score", data.score[i]!],
      ["band", data.band[i]!],
    ]) as ReadinessChartData[number],
  );
}

/** The table's rows: each week with a score, its date, each series' score, the score and the band's name. */
export function readinessTableRows(data: ReadinessData): string[][] {
  return data.weeks.flatMap((week, i) =>
    data.score[i] === null
      ? []
      : [[formatDate(week), ...data.values.map((v) => fmtScore(v[i]!)), fmtScore(data.score[i]!), bandLabel(data.band[i]!)]],
  );
}
