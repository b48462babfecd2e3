// The two bar charts' one copy of the numbers (issue 20, decision 0024 session 10), as the
// readiness and domain sections (readiness-data.ts, domain-data.ts): each card sent its chart's
// bars and its table's rows side by side (the focus area's label or the week twice). It now sends
// columns once; the chart's bars and the table's rows are derived from them in the browser with
// the functions the server used. Pure, no I/O: imported on both sides.
import { formatDate } from "@/lib/calendar/dates";
import { type BarDatum } from "./chart-data";
import { fmtScore, shortDate } from "./labels";

/** Submitted answers, scored answers and mean score per focus area, in the section's order. */
export type FocusAreasData = { labels: string[]; attempts: number[]; scored: number[]; mean: (number | null)[] };

export function focusAreasData(areas: readonly { label: string; attempts: number; scored: number; mean: number | null }[]): FocusAreasData {
  return { labels: areas.map((a) => a.label), attempts: areas.map((a) => a.attempts), scored: areas.map((a) => a.scored), mean: areas.map((a) => a.mean) };
}

export const focusAreaBars = (d: FocusAreasData): BarDatum[] => d.labels.map((label, i) => ({ label, value: d.attempts[i]! }));

export const focusAreaRows = (d: FocusAreasData) => d.labels.map((label, i) => [label, d.attempts[i]!, d.scored[i]!, fmtScore(d.mean[i]!)]);

/** Minutes and answers per week over the weeks the chart shows (ISO Mondays, oldest first). */
export type WeeklyTimeData = { weeks: string[]; minutes: number[]; attempts: number[] };

export function weeklyTimeData(weeks: readonly { week: string; minutes: number; attempts: number }[]): WeeklyTimeData {
  return { weeks: weeks.map((w) => w.week), minutes: weeks.map((w) => w.minutes), attempts: weeks.map((w) => w.attempts) };
}

export const weeklyTimeBars = (d: WeeklyTimeData): BarDatum[] => d.weeks.map((w, i) => ({ label: shortDate(w), value: d.minutes[i]! }));

/** The weeks with an answer: date, minutes, answers. */
export const weeklyTimeRows = (d: WeeklyTimeData) => d.weeks.flatMap((w, i) => (d.attempts[i]! > 0 ? [[formatDate(w), d.minutes[i]!, d.attempts[i]!]] : []));
