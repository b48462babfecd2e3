import { describe, expect, it } from "vitest";
import { MONTHLY_TARGET_MINUTES } from "@/lib/plan/content";
import { addMonths, monthRange } from "@/lib/calendar/dates";
import {
  exceedsDay,
  formatHours,
  hoursToMinutes,
  monthlyLearning,
  type LearningRow,
} from "@/lib/plan/learning-totals";

describe("monthly learning targets", () => {
  it("are the seed's 20 h technical, 10 h soft skills and 10 h industry knowledge", () => {
    expect(MONTHLY_TARGET_MINUTES).toEqual({ TECHNICAL: 1200, SOFT_SKILLS: 600, INDUSTRY: 600 });
  });
});

describe("months", () => {
  it("cross year boundaries", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(monthRange("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});

describe("monthly totals against targets", () => {
  const rows: LearningRow[] = [
    { date: "2025-12-31", category: "TECHNICAL", minutes: 300 }, // before the range: ignored
    { date: "2026-01-31", category: "TECHNICAL", minutes: 600 }, // last day of January
    { date: "2026-02-01", category: "TECHNICAL", minutes: 720 }, // first day of February
    { date: "2026-02-28", category: "TECHNICAL", minutes: 480 }, // last day of February
    { date: "2026-02-15", category: "SOFT_SKILLS", minutes: 600 },
    { date: "2026-02-15", category: "INDUSTRY", minutes: 45 },
    { date: "2026-03-01", category: "INDUSTRY", minutes: 90 },
  ];
  const [jan, feb, mar] = monthlyLearning(rows, ["2026-01", "2026-02", "2026-03"], MONTHLY_TARGET_MINUTES);

  it("puts each day in its own month", () => {
    // January: technical 600 of 1200 → 50 %.
    expect(jan!.categories).toEqual([
      { category: "TECHNICAL", minutes: 600, targetMinutes: 1200, percent: 50, met: false },
      { category: "SOFT_SKILLS", minutes: 0, targetMinutes: 600, percent: 0, met: false },
      { category: "INDUSTRY", minutes: 0, targetMinutes: 600, percent: 0, met: false },
    ]);
    // February: technical 720 + 480 = 1200 of 1200 → 100 %, met; soft 600 of 600 → met; industry 45 of 600 → 7.5 → 7 %.
    expect(feb!.categories).toEqual([
      { category: "TECHNICAL", minutes: 1200, targetMinutes: 1200, percent: 100, met: true },
      { category: "SOFT_SKILLS", minutes: 600, targetMinutes: 600, percent: 100, met: true },
      { category: "INDUSTRY", minutes: 45, targetMinutes: 600, percent: 7, met: false },
    ]);
    expect(feb).toMatchObject({ month: "2026-02", minutes: 1845, targetMinutes: 2400 });
    // March: industry 90 of 600 → 15 %.
    expect(mar!.categories[2]).toEqual({
      category: "INDUSTRY",
      minutes: 90,
      targetMinutes: 600,
      percent: 15,
      met: false,
    });
    expect(mar!.minutes).toBe(90);
    expect(jan!.minutes).toBe(600);
  });

  it("shows percentages above 100 when the target is exceeded", () => {
    const [only] = monthlyLearning(
      [{ date: "2026-05-10", category: "SOFT_SKILLS", minutes: 915 }],
      ["2026-05"],
      MONTHLY_TARGET_MINUTES,
    );
    // 915 / 600 = 152.5 % → 152.
    expect(only!.categories[1]).toMatchObject({ minutes: 915, percent: 152, met: true });
  });
});

describe("hours and the 24-hour day", () => {
  it("converts quarter hours to whole minutes and back", () => {
    expect(hoursToMinutes(1.25)).toBe(75);
    expect(hoursToMinutes(0.25)).toBe(15);
    expect(hoursToMinutes(24)).toBe(1440);
    expect(formatHours(75)).toBe("1.25");
    expect(formatHours(1200)).toBe("20");
    // 0.1 + 0.2 would drift in floating point; minutes do not: 6 + 12 quarter-hours = 4.5 h.
    expect(formatHours(hoursToMinutes(1.5) + hoursToMinutes(3))).toBe("4.5");
  });

  it("allows exactly 24 hours in a day and no more", () => {
    expect(exceedsDay(1380, 60)).toBe(false); // 23 h + 1 h = 24 h
    expect(exceedsDay(1380, 75)).toBe(true); // 23 h + 1.25 h
    expect(exceedsDay(0, 1440)).toBe(false);
  });
});
