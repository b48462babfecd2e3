import { describe, expect, it } from "vitest";
import { preparationTimeline } from "@/lib/plan/preparation";

const TODAY = "2026-11-30"; // a Monday

describe("preparation timeline without a set day (the guide's full 8-week plan before the interview)", () => {
  it("asks for a date when the profile has none", () => {
    expect(preparationTimeline(null, TODAY, {})).toMatchObject({ state: "no-date" });
  });

  it("an interview 8 weeks away starts week 1 today", () => {
    const t = preparationTimeline("2027-01-25", TODAY, {});
    if (t.state !== "in-plan") throw new Error(t.state);
    expect(t).toMatchObject({ planStart: "2026-11-30", daysLeft: 56, currentWeek: 1, catchUp: [] });
    expect(t.phases.map((p) => [p.key, p.start, p.end, p.status, p.measure, p.practised, p.target])).toEqual([
      ["fundamentals", "2026-11-30", "2026-12-13", "current", "answers", 0, 6],
      ["design-behavioural", "2026-12-14", "2026-12-27", "upcoming", "answers", 0, 6],
      ["mock-interviews", "2026-12-28", "2027-01-10", "upcoming", "mocks", 0, 2],
      ["company-research", "2027-01-11", "2027-01-24", "upcoming", "answers", 0, 6],
    ]);
    expect(t.fit).toMatchObject({ kind: "full", days: 56, note: "", dropped: [] });
    expect(t.next?.key).toBe("fundamentals");
    expect(t.message).toBe("Week 1 of 8: technical fundamentals review.");
  });

  it("an interview 3 weeks away is in week 6: past phases done or missed by the practice since the plan started", () => {
    const t = preparationTimeline("2026-12-21", TODAY, { fundamentals: 6, "design-behavioural": 0, "mock-interviews": 1, "company-research": 1 });
    if (t.state !== "in-plan") throw new Error(t.state);
    // Plan start 56 days before: 26 October; today is day 35 of the plan → week 6.
    expect(t).toMatchObject({ planStart: "2026-10-26", daysLeft: 21, currentWeek: 6 });
    expect(t.phases.map((p) => [p.key, p.start, p.end, p.status, p.practised])).toEqual([
      ["fundamentals", "2026-10-26", "2026-11-08", "done", 6],
      ["design-behavioural", "2026-11-09", "2026-11-22", "missed", 0],
      ["mock-interviews", "2026-11-23", "2026-12-06", "current", 1],
      ["company-research", "2026-12-07", "2026-12-20", "upcoming", 1],
    ]);
    expect(t.next?.key).toBe("mock-interviews");
    expect(t.catchUp.map((p) => p.key)).toEqual(["design-behavioural"]);
    expect(t.message).toBe(
      "Week 6 of 8: mock interviews and refinement. You have not practised for: system design and behavioural preparation — fit some in.",
    );
  });

  it("an interview in the past asks for the next date", () => {
    expect(preparationTimeline("2026-11-20", TODAY, { fundamentals: 9 })).toMatchObject({ state: "passed", interviewOn: "2026-11-20", daysSince: 10 });
    expect(preparationTimeline("2026-11-29", TODAY, {})).toMatchObject({ state: "passed", daysSince: 1 });
  });

  it("an interview more than 8 weeks away has not started yet", () => {
    const t = preparationTimeline("2027-03-01", TODAY, {});
    expect(t).toMatchObject({ state: "not-started", planStart: "2027-01-04", daysLeft: 91, currentWeek: null, next: { key: "fundamentals" } });
  });

  it("on the interview day every phase is behind", () => {
    const t = preparationTimeline(TODAY, TODAY, { fundamentals: 6, "design-behavioural": 5 });
    if (t.state !== "interview-today") throw new Error(t.state);
    expect(t.phases.map((p) => p.status)).toEqual(["done", "behind", "missed", "missed"]);
  });

  describe("weeks 5-6: finished mock interviews against the target of 2", () => {
    // Interview on 2026-12-07: plan from 2026-10-12, mock phase 9-22 November (past), today in week 8.
    const at = (mocks: number | undefined) => {
      const t = preparationTimeline("2026-12-07", TODAY, { fundamentals: 6, "design-behavioural": 7, ...(mocks === undefined ? {} : { "mock-interviews": mocks }) });
      if (t.state !== "in-plan") throw new Error(t.state);
      return t;
    };

    it("two or more finished mocks: done", () => {
      for (const n of [2, 3]) {
        const t = at(n);
        expect(t.phases[2]).toMatchObject({ key: "mock-interviews", start: "2026-11-09", end: "2026-11-22", status: "done", measure: "mocks", practised: n, target: 2 });
        expect(t.catchUp.map((p) => p.key)).toEqual([]);
      }
    });

    it("one finished mock: behind, with how many are missing", () => {
      const t = at(1);
      expect(t.phases[2]).toMatchObject({ status: "behind", practised: 1, target: 2 });
      expect(t.catchUp.map((p) => p.key)).toEqual(["mock-interviews"]);
      expect(t.message).toBe("Week 8 of 8: company research and final preparation. Mock interviews and refinement: 1 of 2 mock interviews — fit more in.");
    });

    it("none (or no count given): not practised", () => {
      for (const n of [0, undefined]) {
        const t = at(n);
        expect(t.phases[2]).toMatchObject({ status: "missed", practised: 0 });
        expect(t.message).toBe(
          "Week 8 of 8: company research and final preparation. You have not practised for: mock interviews and refinement — fit some in.",
        );
      }
    });

    it("in weeks 5-6 the phase is the current one and next, however many mocks are done", () => {
      const t = preparationTimeline("2026-12-28", TODAY, { "mock-interviews": 2 });
      if (t.state !== "in-plan") throw new Error(t.state);
      expect(t).toMatchObject({ currentWeek: 5, next: { key: "mock-interviews", status: "current", practised: 2, action: { href: "/mocks" } } });
      expect(t.message).toBe(
        "Week 5 of 8: mock interviews and refinement. You have not practised for: technical fundamentals review; system design and behavioural preparation — fit some in.",
      );
    });

    it("before weeks 5-6 it is upcoming", () => {
      const t = preparationTimeline("2027-01-25", TODAY, { "mock-interviews": 1 });
      expect(t).toMatchObject({ state: "in-plan", phases: [{}, {}, { key: "mock-interviews", status: "upcoming", practised: 1 }, {}] });
    });
  });

  it("the last day of week 8 is the day before the interview", () => {
    const t = preparationTimeline("2026-12-01", TODAY, {});
    expect(t).toMatchObject({ state: "in-plan", currentWeek: 8, daysLeft: 1, next: { key: "company-research", end: "2026-11-30" } });
  });
});
