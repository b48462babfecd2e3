import { describe, expect, it } from "vitest";
import { addYears, todayIn } from "@/lib/calendar/dates";
import {
  completionByHorizon,
  horizonOf,
  isOverdue,
  isWithinPlan,
  planWindow,
  type MilestoneStatus,
} from "@/lib/plan/horizons";

const m = (targetDate: string, status: MilestoneStatus, progress = 0) => ({ targetDate, status, progress });

describe("plan window and horizons", () => {
  it("covers five years from the start, split into year 1, years 2-3 and years 4-5", () => {
    expect(planWindow("2026-01-15")).toEqual({
      start: "2026-01-15",
      end: "2031-01-14",
      horizons: [
        { id: "year1", label: "Year 1", start: "2026-01-15", end: "2027-01-14" },
        { id: "years2to3", label: "Years 2-3", start: "2027-01-15", end: "2029-01-14" },
        { id: "years4to5", label: "Years 4-5", start: "2029-01-15", end: "2031-01-14" },
      ],
    });
  });

  it("treats 29 February's anniversary as 28 February", () => {
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
    // Year 1 runs up to the day before the first anniversary.
    expect(planWindow("2028-02-29").horizons[0]).toMatchObject({ start: "2028-02-29", end: "2029-02-27" });
  });

  it("places dates on the boundaries in the right horizon", () => {
    expect(horizonOf("2026-01-15", "2026-01-14")).toBeNull();
    expect(horizonOf("2026-01-15", "2026-01-15")).toBe("year1");
    expect(horizonOf("2026-01-15", "2027-01-14")).toBe("year1");
    expect(horizonOf("2026-01-15", "2027-01-15")).toBe("years2to3");
    expect(horizonOf("2026-01-15", "2029-01-15")).toBe("years4to5");
    expect(horizonOf("2026-01-15", "2031-01-14")).toBe("years4to5");
    expect(horizonOf("2026-01-15", "2031-01-15")).toBeNull();
    expect(isWithinPlan("2026-01-15", "2031-01-14")).toBe(true);
    expect(isWithinPlan("2026-01-15", "2031-01-15")).toBe(false);
  });
});

describe("overdue detection around today", () => {
  const today = "2026-11-30";
  it("flags open milestones due before today only", () => {
    expect(isOverdue(m("2026-11-29", "NOT_STARTED"), today)).toBe(true);
    expect(isOverdue(m("2026-11-29", "IN_PROGRESS", 40), today)).toBe(true);
    expect(isOverdue(m("2026-11-30", "NOT_STARTED"), today)).toBe(false); // due today: not yet late
    expect(isOverdue(m("2026-12-01", "IN_PROGRESS"), today)).toBe(false);
    expect(isOverdue(m("2026-11-01", "DONE", 100), today)).toBe(false);
    expect(isOverdue(m("2026-11-01", "DROPPED", 10), today)).toBe(false);
  });

  it("uses the user's own calendar day", () => {
    const now = new Date("2026-11-30T23:30:00Z");
    expect(todayIn("UTC", now)).toBe("2026-11-30");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-12-01"); // UTC+9: already 08:30 next day
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-30"); // UTC-8: 15:30
    // A milestone due 30 November is overdue in Tokyo but not in Los Angeles at this instant.
    expect(isOverdue(m("2026-11-30", "NOT_STARTED"), todayIn("Asia/Tokyo", now))).toBe(true);
    expect(isOverdue(m("2026-11-30", "NOT_STARTED"), todayIn("America/Los_Angeles", now))).toBe(false);
  });
});

describe("completion per horizon", () => {
  it("counts done, dropped and overdue milestones with exact percentages", () => {
    const start = "2026-01-15";
    const today = "2026-11-30";
    const milestones = [
      // Year 1: 3 counted (the dropped one is not), 1 done.
      m("2026-03-01", "DONE", 60), // done counts as 100 % progress
      m("2026-06-30", "IN_PROGRESS", 50), // overdue
      m("2026-12-31", "NOT_STARTED", 0),
      m("2026-05-01", "DROPPED", 30),
      // Years 2-3: 2 counted, both done.
      m("2027-01-15", "DONE", 100),
      m("2029-01-14", "DONE", 100),
      // Years 4-5: 3 counted, none done.
      m("2029-01-15", "IN_PROGRESS", 25),
      m("2030-06-01", "NOT_STARTED", 0),
      m("2031-01-14", "IN_PROGRESS", 10),
    ];
    const [y1, y23, y45] = completionByHorizon(start, milestones, today);
    // Year 1: done 1 of 3 → 33.33 % → 33; progress (100 + 50 + 0) / 3 = 50.
    expect(y1).toMatchObject({
      total: 3,
      done: 1,
      dropped: 1,
      overdue: 1,
      percentDone: 33,
      averageProgress: 50,
    });
    // Years 2-3: 2 of 2 → 100 %; progress (100 + 100) / 2 = 100.
    expect(y23).toMatchObject({
      total: 2,
      done: 2,
      dropped: 0,
      overdue: 0,
      percentDone: 100,
      averageProgress: 100,
    });
    // Years 4-5: 0 of 3 → 0 %; progress (25 + 0 + 10) / 3 = 11.67 → 12.
    expect(y45).toMatchObject({
      total: 3,
      done: 0,
      dropped: 0,
      overdue: 0,
      percentDone: 0,
      averageProgress: 12,
    });
  });

  it("rounds halves up and reports null for an empty horizon", () => {
    const start = "2026-01-15";
    // 1 done of 8 → 12.5 % → 13.
    const eight = [
      m("2026-02-01", "DONE"),
      ...Array.from({ length: 7 }, () => m("2026-12-01", "NOT_STARTED")),
    ];
    const [y1, y23] = completionByHorizon(start, eight, "2026-01-20");
    expect(y1).toMatchObject({ total: 8, done: 1, percentDone: 13, averageProgress: 13 });
    expect(y23).toMatchObject({ total: 0, done: 0, percentDone: null, averageProgress: null });
  });
});
