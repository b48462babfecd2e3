// The activity calendar: whole weeks (Monday first) ending with the current one. Pure.
import { addDays } from "@/lib/calendar/dates";
import { weekStarts } from "./weeks";

type HeatmapDay = { date: string; count: number; level: 0 | 1 | 2 | 3 | 4 };
export type Heatmap = {
  /** One column per week; each has 7 days Monday..Sunday, null for days after today. */
  weeks: { start: string; days: (HeatmapDay | null)[] }[];
  activeDays: number;
  total: number;
  busiest: { date: string; count: number } | null;
};

/** Level i + 1 for a count of at least thresholds[i] (thresholds ascending). */
export function levelOf(count: number, thresholds: readonly number[]): HeatmapDay["level"] {
  return thresholds.filter((t) => count >= t).length as HeatmapDay["level"];
}

export function heatmapOf(
  counts: readonly { date: string; count: number }[],
  today: string,
  weeks: number,
  thresholds: readonly number[],
): Heatmap {
  const byDate = new Map(counts.map((c) => [c.date, c.count]));
  let activeDays = 0;
  let total = 0;
  let busiest: Heatmap["busiest"] = null;
  const columns = weekStarts(today, weeks).map((start) => ({
    start,
    days: Array.from({ length: 7 }, (_, i): HeatmapDay | null => {
      const date = addDays(start, i);
      if (date > today) return null;
      const count = byDate.get(date) ?? 0;
      if (count > 0) {
        activeDays++;
        total += count;
        if (!busiest || count > busiest.count) busiest = { date, count };
      }
      return { date, count, level: levelOf(count, thresholds) };
    }),
  }));
  return { weeks: columns, activeDays, total, busiest };
}

/** Active days and activities per calendar month of the heatmap, oldest first (its text alternative). */
export function monthlyActivity(map: Heatmap): { month: string; activeDays: number; total: number }[] {
  const out = new Map<string, { month: string; activeDays: number; total: number }>();
  for (const w of map.weeks) {
    for (const d of w.days) {
      if (!d) continue;
      const month = d.date.slice(0, 7);
      const m = out.get(month) ?? { month, activeDays: 0, total: 0 };
      if (d.count > 0) {
        m.activeDays++;
        m.total += d.count;
      }
      out.set(month, m);
    }
  }
  return [...out.values()];
}
