// The readiness section's one copy of the numbers (components/progress/readiness-data.ts): the
// chart's points and the table's rows derived from it in the browser must be what the page built
// on the server before (session 9: chart points and table rows sent side by side).
import { describe, expect, it } from "vitest";
import { fmtScore, shortDate } from "@/components/progress/labels";
import { bandLabel, readinessChartPoints, readinessData, readinessTableRows } from "@/components/progress/readiness-data";
import { formatDate } from "@/lib/calendar/dates";
import { chartStart, fitWeeks } from "@/lib/progress/chart-range";
import { SCORE_SERIES } from "@/lib/progress/data/settings";
import { type ScoreCell, type SeriesCells, readinessSeries } from "@/lib/progress/series";

const weeks = Array.from({ length: 26 }, (_, i) => new Date(Date.UTC(2026, 5, 8) + i * 7 * 86_400_000).toISOString().slice(0, 10));
const cell = (week: number, domain: ScoreCell["domain"], sum: number, count: number): ScoreCell => ({ week: weeks[week]!, domain, sum, count, items: 1 });
const cells: SeriesCells = {
  self: [cell(12, "ml-fundamentals", 13, 2), cell(20, "system-design", 7, 1)],
  practice: [cell(14, "ml-fundamentals", 25, 4), cell(14, "deep-learning", 53, 8), cell(25, "system-design", 31, 4)],
  mock: [cell(18, "communication-leadership", 30, 4)],
  mentor: [cell(25, "ml-fundamentals", 19, 3)],
  ai: [cell(22, "deep-learning", 9, 1)],
};
const points = readinessSeries(weeks, cells);

type Series = readonly { key: (typeof SCORE_SERIES)[number]["key"]; label: string }[];

/** What the page built before: the chart's points (fitWeeks, every key, short dates) and the table's rows. */
function before(series: Series) {
  const chart = fitWeeks(points, (x) => x.score !== null).map((x) => ({ ...x, week: shortDate(x.week) }));
  const rows = points
    .filter((x) => x.score !== null)
    .map((x) => [formatDate(x.week), ...series.map((s) => fmtScore(x[s.key])), fmtScore(x.score), bandLabel(x.band)]);
  return { chart, rows };
}

describe("readinessData", () => {
  const start = chartStart(points.map((x) => x.score !== null));
  for (const [name, series] of [
    ["with the AI series", SCORE_SERIES],
    ["without it", SCORE_SERIES.filter((s) => s.key !== "ai")],
  ] as const) {
    it(`gives the same table rows and chart values as the page built before (${name})`, () => {
      const data = readinessData(points, [...series], start);
      const old = before(series);
      expect(readinessTableRows(data)).toEqual(old.rows);
      expect(old.rows).toHaveLength(6);
      // The chart draws the shown series, the score and the band; a series not shown is left out.
      const keys = ["week", ...series.map((s) => s.key), "score", "band"];
      const pick = (p: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, p[k]]));
      expect(readinessChartPoints(data)).toEqual(old.chart.map(pick));
    });
  }

  it("reads a week exactly: first chart week, values per series, the band's name in the table", () => {
    const data = readinessData(points, [...SCORE_SERIES], start);
    expect(data.weeks[0]).toBe(weeks[12]);
    expect(data.weeks).toHaveLength(14);
    expect(readinessChartPoints(data)[0]).toEqual({ week: "31 Aug", self: 6.5, practice: null, mock: null, mentor: null, ai: null, score: 6.5, band: "developing" });
    expect(readinessTableRows(data)[0]).toEqual(["31 Aug 2026", "6.5", "–", "–", "–", "–", "6.5", "Developing"]);
  });

  it("is smaller than the chart's points and the table's rows it replaces", () => {
    const data = readinessData(points, [...SCORE_SERIES], start);
    const old = before(SCORE_SERIES);
    expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(old.chart).length + JSON.stringify(old.rows).length);
  });
});
