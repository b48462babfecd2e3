import { describe, expect, it } from "vitest";
import { heatmapOf, levelOf, monthlyActivity } from "@/lib/progress/heatmap";
import { localDay, streakOf } from "@/lib/progress/streak";
import { weekStart, weekStarts } from "@/lib/progress/weeks";

describe("weeks", () => {
  it("starts on Monday", () => {
    expect(weekStart("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(weekStart("2026-12-06")).toBe("2026-11-30"); // the Sunday after
    expect(weekStart("2026-12-07")).toBe("2026-12-07");
    expect(weekStart("2027-01-01")).toBe("2026-12-28"); // across the year end
    expect(weekStart("1970-01-01")).toBe("1969-12-29"); // day 0 was a Thursday
  });
  it("lists the Mondays ending with this week", () => {
    expect(weekStarts("2026-12-02", 3)).toEqual(["2026-11-16", "2026-11-23", "2026-11-30"]);
  });
});

describe("local days across time zones", () => {
  // 2026-11-30T23:30Z is still the 30th in London, already 1 December in Berlin (UTC+1)
  // and Auckland (UTC+13 in summer), and 30 November 15:30 in Los Angeles (UTC-8).
  const at = new Date("2026-11-30T23:30:00Z");
  it.each([
    ["UTC", "2026-11-30"],
    ["Europe/London", "2026-11-30"],
    ["Europe/Berlin", "2026-12-01"],
    ["Pacific/Auckland", "2026-12-01"],
    ["America/Los_Angeles", "2026-11-30"],
    ["Asia/Kolkata", "2026-12-01"], // UTC+5:30 → 05:00 on the 1st
  ])("%s → %s", (tz, day) => expect(localDay(at, tz)).toBe(day));
});

describe("streaks", () => {
  it("is empty with no activity", () => {
    expect(streakOf([], "2026-12-01")).toEqual({ current: 0, longest: 0, activeToday: false, lastActiveOn: null });
  });

  it("counts consecutive days ending today, ignoring duplicates and order", () => {
    const days = ["2026-12-01", "2026-11-29", "2026-11-30", "2026-11-30"];
    expect(streakOf(days, "2026-12-01")).toEqual({ current: 3, longest: 3, activeToday: true, lastActiveOn: "2026-12-01" });
  });

  it("keeps the streak alive through today until the day is over (last activity yesterday)", () => {
    expect(streakOf(["2026-11-29", "2026-11-30"], "2026-12-01")).toEqual({ current: 2, longest: 2, activeToday: false, lastActiveOn: "2026-11-30" });
  });

  it("breaks after a gap of a whole day, and keeps the longest run", () => {
    // Run of 4 (20-23 Nov), gap on the 24th, run of 2 (25-26 Nov); today 28 Nov: 27 Nov was missed.
    const days = ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-25", "2026-11-26"];
    expect(streakOf(days, "2026-11-28")).toEqual({ current: 0, longest: 4, activeToday: false, lastActiveOn: "2026-11-26" });
    expect(streakOf(days, "2026-11-27")).toMatchObject({ current: 2, longest: 4 });
  });

  it("runs across month and year ends", () => {
    expect(streakOf(["2026-12-30", "2026-12-31", "2027-01-01"], "2027-01-01").current).toBe(3);
    expect(streakOf(["2028-02-28", "2028-02-29", "2028-03-01"], "2028-03-01").current).toBe(3); // leap day
  });

  it("ignores days after today", () => {
    expect(streakOf(["2026-12-01", "2026-12-02"], "2026-12-01")).toMatchObject({ current: 1, lastActiveOn: "2026-12-01" });
  });

  it("depends on the time zone the instants are read in", () => {
    // Practised at 22:30 UTC on 29 and 30 November and at 00:30 UTC on 2 December.
    const instants = ["2026-11-29T22:30:00Z", "2026-11-30T22:30:00Z", "2026-12-02T00:30:00Z"].map((s) => new Date(s));
    const now = new Date("2026-12-02T12:00:00Z");
    const run = (tz: string) => streakOf(instants.map((i) => localDay(i, tz)), localDay(now, tz));
    // UTC: days 29, 30 Nov and 2 Dec; 1 Dec is missing → the streak is 1 (today), longest 2.
    expect(run("UTC")).toEqual({ current: 1, longest: 2, activeToday: true, lastActiveOn: "2026-12-02" });
    // Berlin (UTC+1): 29 → 23:30 on the 29th, 30 → 23:30 on the 30th, 2 Dec 01:30 → 2 Dec: same gap.
    expect(run("Europe/Berlin")).toMatchObject({ current: 1, longest: 2 });
    // Auckland (UTC+13): 30 Nov 11:30, 1 Dec 11:30, 2 Dec 13:30 → three days in a row; now is
    // already 3 Dec 01:00 there, so today has no activity yet but the streak is alive.
    expect(run("Pacific/Auckland")).toEqual({ current: 3, longest: 3, activeToday: false, lastActiveOn: "2026-12-02" });
    // Los Angeles (UTC-8): 29 Nov 14:30, 30 Nov 14:30, 1 Dec 16:30; now is 2 Dec 04:00 → alive, 3.
    expect(run("America/Los_Angeles")).toEqual({ current: 3, longest: 3, activeToday: false, lastActiveOn: "2026-12-01" });
  });
});

describe("heatmap", () => {
  it("levels counts by thresholds", () => {
    expect([0, 1, 2, 3, 4, 6, 7, 30].map((c) => levelOf(c, [1, 2, 4, 7]))).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("lays whole weeks out, Monday first, with no days after today", () => {
    // Today is Wednesday 2 December 2026; two weeks: 23 Nov - 29 Nov and 30 Nov - 2 Dec.
    const map = heatmapOf(
      [
        { date: "2026-11-23", count: 1 },
        { date: "2026-11-29", count: 7 },
        { date: "2026-12-02", count: 3 },
        { date: "2026-11-01", count: 9 }, // outside the two weeks
      ],
      "2026-12-02",
      2,
      [1, 2, 4, 7],
    );
    expect(map.weeks.map((w) => w.start)).toEqual(["2026-11-23", "2026-11-30"]);
    expect(map.weeks[0]!.days.map((d) => d?.level)).toEqual([1, 0, 0, 0, 0, 0, 4]);
    expect(map.weeks[1]!.days.map((d) => d && `${d.date}:${d.count}`)).toEqual(["2026-11-30:0", "2026-12-01:0", "2026-12-02:3", null, null, null, null]);
    expect(map).toMatchObject({ activeDays: 3, total: 11, busiest: { date: "2026-11-29", count: 7 } });
  });
});

describe("heatmap by month (its text alternative)", () => {
  it("counts active days and activities per month", () => {
    const map = heatmapOf(
      [
        { date: "2026-11-23", count: 1 },
        { date: "2026-11-29", count: 7 },
        { date: "2026-12-02", count: 3 },
      ],
      "2026-12-02",
      2,
      [1, 2, 4, 7],
    );
    expect(monthlyActivity(map)).toEqual([
      { month: "2026-11", activeDays: 2, total: 8 },
      { month: "2026-12", activeDays: 1, total: 3 },
    ]);
  });
});
