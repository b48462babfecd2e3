import { describe, expect, it } from "vitest";
import { MIN_CHART_WEEKS, chartStart, fitWeeks } from "@/lib/progress/chart-range";
import { weekStarts } from "@/lib/progress/weeks";

/** The dashboard's 26-week window ending in the week of 2026-12-06, and data in its last `n` weeks. */
const WEEKS = weekStarts("2026-12-06", 26);
const lastWeeksWithData = (n: number) => WEEKS.map((week, i) => ({ week, value: i >= 26 - n ? 7 : null }));
const shown = (n: number) => fitWeeks(lastWeeksWithData(n), (p) => p.value !== null).map((p) => p.week);

describe("chart range", () => {
  it("shows the minimum span of six weeks, the current one last, with no data", () => {
    expect(MIN_CHART_WEEKS).toBe(6);
    expect(shown(0)).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
    expect(chartStart(Array(26).fill(false))).toBe(20);
  });

  it("shows six weeks, not 26, for one week of data", () => {
    expect(shown(1)).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
  });

  it("shows six weeks for three weeks of data", () => {
    expect(shown(3)).toHaveLength(6);
    expect(shown(3)[0]).toBe("2026-10-26");
  });

  it("starts at the first week with data past the minimum span", () => {
    expect(shown(10)).toHaveLength(10);
    expect(shown(10)[0]).toBe("2026-09-28");
    // Gaps after the first data week stay in the range.
    const sparse = WEEKS.map((_, i) => i === 12 || i === 25);
    expect(chartStart(sparse)).toBe(12);
  });

  it("shows the whole window when the data is longer than it (30 weeks of data, 26 in the window)", () => {
    expect(shown(30)).toHaveLength(26);
    expect(shown(30)[0]).toBe("2026-06-08");
    expect(shown(30).at(-1)).toBe("2026-11-30");
  });

  it("never starts before the window, even when it is shorter than the minimum span", () => {
    expect(chartStart([false, true, false])).toBe(0);
    expect(chartStart([])).toBe(0);
    expect(chartStart([false, false, false, true], 2)).toBe(2);
  });
});
