// The bar charts' one copy of the numbers (components/progress/bar-data.ts): the bars and the
// table rows derived from it in the browser must be what the page built on the server before.
import { describe, expect, it } from "vitest";
import { focusAreaBars, focusAreaRows, focusAreasData, weeklyTimeBars, weeklyTimeData, weeklyTimeRows } from "@/components/progress/bar-data";
import { fmtScore, shortDate } from "@/components/progress/labels";
import { formatDate } from "@/lib/calendar/dates";
import { fitWeeks } from "@/lib/progress/chart-range";

const areas = [
  { focusArea: "ml-algorithms", label: "Machine learning algorithms", attempts: 12, scored: 9, mean: 6.25 },
  { focusArea: "negotiation", label: "Salary negotiation", attempts: 0, scored: 0, mean: null },
  { focusArea: "behavioural", label: "Behavioural scenarios", attempts: 3, scored: 1, mean: 7 },
];
const weeks = Array.from({ length: 26 }, (_, i) => ({
  week: new Date(Date.UTC(2026, 5, 8) + i * 7 * 86_400_000).toISOString().slice(0, 10),
  minutes: i === 15 ? 0 : i >= 12 ? (i * 7) % 50 : 0,
  attempts: i === 15 ? 1 : i >= 12 ? 1 + (i % 3) : 0,
}));

describe("bar data", () => {
  it("gives the focus areas' bars and rows the page built before", () => {
    const d = focusAreasData(areas);
    expect(focusAreaBars(d)).toEqual(areas.map((a) => ({ label: a.label, value: a.attempts })));
    expect(focusAreaRows(d)).toEqual(areas.map((a) => [a.label, a.attempts, a.scored, fmtScore(a.mean)]));
    expect(focusAreaRows(d)[1]).toEqual(["Salary negotiation", 0, 0, "–"]);
  });

  it("gives the weekly time's bars (the weeks charted) and rows (every week with an answer) the page built before", () => {
    const shown = fitWeeks(weeks, (w) => w.attempts > 0);
    const d = weeklyTimeData(shown);
    expect(weeklyTimeBars(d)).toEqual(shown.map((w) => ({ label: shortDate(w.week), value: w.minutes })));
    expect(weeklyTimeRows(d)).toEqual(weeks.filter((w) => w.attempts > 0).map((w) => [formatDate(w.week), w.minutes, w.attempts]));
    expect(weeklyTimeRows(d)).toHaveLength(14);
    // An answer that rounds to 0 minutes still lists its week.
    expect(weeklyTimeRows(d)[3]).toEqual(["21 Sep 2026", 0, 1]);
  });
});
