import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/calendar/dates";
import { fitPreparationPlan, phaseTarget, preparationStart, preparationTimeline, progressText } from "@/lib/plan/preparation";

const TODAY = "2026-11-30"; // a Monday
/** The interview `days` from today, with the date set today (a new user filling in the profile). */
const setToday = (days: number, practised: Record<string, number> = {}, today = TODAY) =>
  preparationTimeline(addDays(TODAY, days), today, practised, TODAY);
const rows = (t: ReturnType<typeof setToday>) => ("phases" in t ? t.phases.map((p) => [p.key, p.weeks, p.start, p.end, p.target]) : null);

describe("the guide's plan fitted to the days left (decision 0021)", () => {
  it("no date: asks for one", () => {
    expect(preparationTimeline(null, TODAY, {}, TODAY)).toMatchObject({ state: "no-date" });
  });

  it("a past interview date: asks for the next one", () => {
    expect(setToday(-1)).toMatchObject({ state: "passed", daysSince: 1 });
  });

  it("0 days (set on the interview day): interview today, no phases", () => {
    const t = setToday(0);
    expect(t).toMatchObject({ state: "interview-today", planStart: TODAY, daysLeft: 0, phases: [], next: null, fit: { kind: "short", days: 0 } });
  });

  it("57 days: the full plan, starting tomorrow so it ends the day before the interview", () => {
    const t = setToday(57);
    expect(t).toMatchObject({ state: "not-started", planStart: "2026-12-01", planWeeks: 8, fit: { kind: "full", days: 56, note: "" } });
    expect(t.message).toBe("Your 8-week plan starts on 2026-12-01. Until then, practise at your own pace and record a self-assessment as a baseline.");
  });

  it("56 days: the full plan from today, four two-week phases", () => {
    const t = setToday(56);
    expect(t).toMatchObject({ state: "in-plan", planStart: TODAY, currentWeek: 1, planWeeks: 8, fit: { kind: "full", days: 56 } });
    expect(rows(t)).toEqual([
      ["fundamentals", "Weeks 1-2", "2026-11-30", "2026-12-13", 6],
      ["design-behavioural", "Weeks 3-4", "2026-12-14", "2026-12-27", 6],
      ["mock-interviews", "Weeks 5-6", "2026-12-28", "2027-01-10", 2],
      ["company-research", "Weeks 7-8", "2027-01-11", "2027-01-24", 6],
    ]);
    expect(t.message).toBe("Week 1 of 8: technical fundamentals review.");
  });

  it("55 days: compressed by one day, off company research", () => {
    const t = setToday(55);
    expect(rows(t)).toEqual([
      ["fundamentals", "Weeks 1-2", "2026-11-30", "2026-12-13", 6],
      ["design-behavioural", "Weeks 3-4", "2026-12-14", "2026-12-27", 6],
      ["mock-interviews", "Weeks 5-6", "2026-12-28", "2027-01-10", 2],
      ["company-research", "Days 43-55", "2027-01-11", "2027-01-23", 6],
    ]);
    expect(t).toMatchObject({
      fit: {
        kind: "compressed",
        note: "Compressed to 55 days: company research and final preparation from 14 to 13 days. System design and behavioural preparation and the mock interviews keep their two weeks each.",
      },
    });
  });

  it("42 days (6 weeks): compressed, research and fundamentals one week each", () => {
    const t = setToday(42);
    expect(t).toMatchObject({ state: "in-plan", planStart: TODAY, daysLeft: 42, planWeeks: 6, currentWeek: 1 });
    expect(rows(t)).toEqual([
      ["fundamentals", "Week 1", "2026-11-30", "2026-12-06", 3],
      ["design-behavioural", "Weeks 2-3", "2026-12-07", "2026-12-20", 6],
      ["mock-interviews", "Weeks 4-5", "2026-12-21", "2027-01-03", 2],
      ["company-research", "Week 6", "2027-01-04", "2027-01-10", 3],
    ]);
    expect(t).toMatchObject({
      fit: {
        kind: "compressed",
        days: 42,
        dropped: [],
        note: "Compressed to 42 days: company research and final preparation from 14 to 7 days; technical fundamentals review from 14 to 7 days. System design and behavioural preparation and the mock interviews keep their two weeks each.",
      },
    });
    expect(t.message).toBe("Week 1 of 6: technical fundamentals review.");
  });

  it("41 days: a short plan, fundamentals dropped, the days shared 2:2:1", () => {
    const t = setToday(41);
    expect(t).toMatchObject({ state: "in-plan", planWeeks: 6, fit: { kind: "short", days: 41, dropped: [{ key: "fundamentals" }] } });
    expect(rows(t)).toEqual([
      ["design-behavioural", "Days 1-16", "2026-11-30", "2026-12-15", 7],
      ["mock-interviews", "Days 17-33", "2026-12-16", "2027-01-01", 2],
      ["company-research", "Days 34-41", "2027-01-02", "2027-01-09", 4],
    ]);
    expect(t.message).toBe("Week 1 of 6: system design and behavioural preparation.");
  });

  it("35 days (5 weeks): the short plan says what is kept, in which order, and what is dropped", () => {
    const t = setToday(35);
    expect(rows(t)).toEqual([
      ["design-behavioural", "Weeks 1-2", "2026-11-30", "2026-12-13", 6],
      ["mock-interviews", "Weeks 3-4", "2026-12-14", "2026-12-27", 2],
      ["company-research", "Week 5", "2026-12-28", "2027-01-03", 3],
    ]);
    expect("fit" in t && t.fit.note).toBe(
      "Only 35 days left, less than the guide's 6 weeks: a short plan. Kept, in this order: 1. System design and behavioural preparation (14 days), 2. Mock interviews and refinement (14 days), 3. Company research and final preparation (7 days). Dropped: technical fundamentals review (each mock interview's first session asks fundamentals questions, and its report shows which areas to revisit).",
    );
  });

  it("under a week: mock interviews, then research on the last day; one day: research only", () => {
    expect(rows(setToday(6))).toEqual([
      ["mock-interviews", "Days 1-5", "2026-11-30", "2026-12-04", 1],
      ["company-research", "Day 6", "2026-12-05", "2026-12-05", 3],
    ]);
    expect(fitPreparationPlan(6).dropped.map((d) => d.key)).toEqual(["fundamentals", "design-behavioural"]);
    expect(rows(setToday(1))).toEqual([["company-research", "Day 1", "2026-11-30", "2026-11-30", 3]]);
    expect(fitPreparationPlan(1).dropped.map((d) => d.key)).toEqual(["fundamentals", "design-behavioural", "mock-interviews"]);
    expect(rows(setToday(7))).toEqual([
      ["design-behavioural", "Days 1-3", "2026-11-30", "2026-12-02", 3],
      ["mock-interviews", "Days 4-6", "2026-12-03", "2026-12-05", 1],
      ["company-research", "Day 7", "2026-12-06", "2026-12-06", 3],
    ]);
  });

  it("every fitted plan covers exactly its days, phases back to back", () => {
    for (let d = 0; d <= 56; d++) {
      const fit = fitPreparationPlan(d);
      expect(fit.phases.reduce((a, p) => a + p.days, 0)).toBe(d);
      fit.phases.forEach((p, i) => expect(p.offset).toBe(i === 0 ? 0 : fit.phases[i - 1]!.offset + fit.phases[i - 1]!.days));
      expect(fit.kind).toBe(d === 56 ? "full" : d >= 42 ? "compressed" : "short");
    }
  });

  it("the plan stays where it was set: three weeks later the 5-week plan is in its mock phase", () => {
    const later = "2026-12-21";
    const t = setToday(35, { "design-behavioural": 6 }, later);
    expect(t).toMatchObject({ state: "in-plan", planStart: TODAY, daysLeft: 14, currentWeek: 4, next: { key: "mock-interviews" } });
    expect("phases" in t && t.phases[0]).toMatchObject({ key: "design-behavioural", status: "done" });
  });

  it("a phase is done only on real work: one answer (or five of six) is behind, never done", () => {
    const later = "2026-12-21";
    const status = (n: number) => {
      const t = setToday(35, { "design-behavioural": n }, later);
      return "phases" in t ? t.phases[0]!.status : null;
    };
    expect([0, 1, 5, 6, 9].map(status)).toEqual(["missed", "behind", "behind", "done", "done"]);
    const t = setToday(35, { "design-behavioural": 1 }, later);
    expect(t.message).toBe("Week 4 of 5: mock interviews and refinement. System design and behavioural preparation: 1 of 6 answers — fit more in.");
  });

  it("targets: 3 answers per week of a phase (at least 3), 2 mocks (1 under a week)", () => {
    expect([1, 6, 7, 8, 13, 14, 17].map((d) => phaseTarget("answers", d))).toEqual([3, 3, 3, 4, 6, 6, 8]);
    expect([1, 6, 7, 14].map((d) => phaseTarget("mocks", d))).toEqual([1, 1, 2, 2]);
  });

  it("the start: the set day, or 8 weeks before the interview, whichever is later (never after the interview)", () => {
    expect(preparationStart("2027-01-25", null)).toBe("2026-11-30");
    expect(preparationStart("2027-01-25", "2026-10-01")).toBe("2026-11-30");
    expect(preparationStart("2027-01-25", "2026-12-20")).toBe("2026-12-20");
    expect(preparationStart("2027-01-25", "2027-02-01")).toBe("2027-01-25");
  });
});

describe("a phase's progress in words", () => {
  it("counts up to the target, and past it names the target instead of '517 of 6'", () => {
    expect(progressText({ measure: "answers", practised: 0, target: 6 })).toBe("0 of 6 answers");
    expect(progressText({ measure: "answers", practised: 6, target: 6 })).toBe("6 of 6 answers");
    expect(progressText({ measure: "answers", practised: 517, target: 6 })).toBe("517 answers (target 6)");
    expect(progressText({ measure: "answers", practised: 2, target: 1 })).toBe("2 answers (target 1)");
    expect(progressText({ measure: "mocks", practised: 1, target: 1 })).toBe("1 of 1 mock interview");
    expect(progressText({ measure: "mocks", practised: 1, target: 2 })).toBe("1 of 2 mock interviews");
    expect(progressText({ measure: "mocks", practised: 3, target: 2 })).toBe("3 mock interviews (target 2)");
  });
});
