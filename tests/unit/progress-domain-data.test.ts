// The domain section's one copy of the numbers (components/progress/domain-data.ts): the chart's
// points and the table's rows derived from it in the browser must be exactly what the page
// built on the server before (session 8: chart points and table rows sent side by side).
import { describe, expect, it } from "vitest";
import { domainChartPoints, domainScoresData, domainTableRows } from "@/components/progress/domain-data";
import { fmtScore, shortDate } from "@/components/progress/labels";
import { formatDate } from "@/lib/calendar/dates";
import { chartStart } from "@/lib/progress/chart-range";
import { SCORE_SERIES } from "@/lib/progress/data/settings";
import { type ScoreCell, type SeriesCells, domainSeries } from "@/lib/progress/series";

const weeks = Array.from({ length: 26 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 5, 8) + i * 7 * 86_400_000);
  return d.toISOString().slice(0, 10);
});
const cell = (week: number, domain: ScoreCell["domain"], sum: number, count: number, items: number): ScoreCell => ({ week: weeks[week]!, domain, sum, count, items });
const cells: SeriesCells = {
  self: [cell(12, "ml-fundamentals", 6.5, 1, 1), cell(20, "system-design", 7, 1, 1)],
  practice: [cell(14, "ml-fundamentals", 25, 4, 1), cell(14, "deep-learning", 53, 8, 2), cell(25, "system-design", 31, 4, 1)],
  mock: [cell(18, "communication-leadership", 30, 4, 1)],
  mentor: [cell(25, "ml-fundamentals", 19, 3, 1)],
  ai: [cell(25, "deep-learning", 9, 1, 1)],
};
const domains = domainSeries(weeks, cells);

// A busy history: every domain has practice scores in most weeks from week 4, the other sources in some.
const DOMAIN_VALUES = ["ml-fundamentals", "deep-learning", "system-design", "communication-leadership"] as const;
const dense: SeriesCells = { self: [], practice: [], mock: [], mentor: [], ai: [] };
for (let w = 4; w < 26; w++) {
  for (const [j, d] of DOMAIN_VALUES.entries()) {
    if ((w + j) % 5 !== 0) (dense.practice as ScoreCell[]).push(cell(w, d, 20 + ((w * 7 + j * 3) % 20), 4 + (w % 3), 1 + (w % 3)));
    if (w % 2 === 0) (dense.self as ScoreCell[]).push(cell(w, d, 5 + ((w + j) % 5), 1, 1));
    if (w % 4 === j) (dense.mock as ScoreCell[]).push(cell(w, d, 27 + j, 4, 1));
    if ((w + j) % 3 === 0) (dense.mentor as ScoreCell[]).push(cell(w, d, 23 + (w % 7), 4, 1));
    if ((w * j) % 7 === 1) (dense.ai as ScoreCell[]).push(cell(w, d, 6 + (j % 4), 1, 1));
  }
}

/** What the page built before: the chart's points from the chart's first week, the table's rows over every week. */
function before(series: readonly { key: (typeof SCORE_SERIES)[number]["key"]; label: string }[], domains = domainSeries(weeks, cells)) {
  const start = chartStart(weeks.map((_, i) => domains.some((d) => SCORE_SERIES.some((s) => d.points[i]![s.key] !== null))));
  const chart = domains.map((d) => ({
    domain: d.domain,
    label: d.label,
    points: d.points.slice(start).map(({ counts: _, ...x }) => ({ ...x, week: shortDate(x.week) })),
  }));
  const rows = domains.flatMap((d) =>
    d.points
      .filter((x) => series.some((s) => x[s.key] !== null))
      .map((x) => [formatDate(x.week), d.label, ...series.map((s) => fmtScore(x[s.key])), series.map((s) => x.counts[s.key]).join(" / ")]),
  );
  return { start, chart, rows };
}

describe("domainScoresData", () => {
  for (const [name, series] of [
    ["with the AI series", SCORE_SERIES],
    ["without it", SCORE_SERIES.filter((s) => s.key !== "ai")],
  ] as const) {
    it(`gives the same table rows and chart values as the page built before (${name})`, () => {
      const old = before(series);
      expect(old.start).toBe(12);
      const data = domainScoresData(domains, [...series], old.start);
      expect(data.weeks).toEqual(weeks.slice(12));
      expect(domainTableRows(data)).toEqual(old.rows);
      expect(old.rows).toContainEqual(["14 Sep 2026", "Machine learning fundamentals", "–", "6.25", "–", "–", ...(series.length === 5 ? ["–"] : []), `0 / 1 / 0 / 0${series.length === 5 ? " / 0" : ""}`]);
      // The chart draws one line per series shown: those values, by week, are the same.
      const points = domainChartPoints(data);
      expect(points.map((d) => [d.domain, d.label])).toEqual(old.chart.map((d) => [d.domain, d.label]));
      for (const [i, d] of points.entries()) {
        expect(d.points).toEqual(old.chart[i]!.points.map((x) => Object.fromEntries([["week", x.week], ...series.map((s) => [s.key, x[s.key]])])));
      }
    });
  }

  it("gives the same rows and values for a busy history, in under half the bytes of the chart points and table rows it replaces", () => {
    const busy = domainSeries(weeks, dense);
    const old = before(SCORE_SERIES, busy);
    expect(old.start).toBe(4);
    const data = domainScoresData(busy, [...SCORE_SERIES], old.start);
    expect(domainTableRows(data)).toEqual(old.rows);
    expect(old.rows.length).toBeGreaterThan(80);
    const points = domainChartPoints(data);
    for (const [i, d] of points.entries()) expect(d.points).toEqual(old.chart[i]!.points.map(({ week, self, practice, mock, mentor, ai }) => ({ week, self, practice, mock, mentor, ai })));
    expect(JSON.stringify(data).length * 2).toBeLessThan(JSON.stringify(old.chart).length + JSON.stringify(old.rows).length);
  });

  it("has no weeks and no rows without domains", () => {
    const data = domainScoresData([], [...SCORE_SERIES], 0);
    expect(data).toEqual({ series: [...SCORE_SERIES], weeks: [], domains: [] });
    expect(domainTableRows(data)).toEqual([]);
  });
});
