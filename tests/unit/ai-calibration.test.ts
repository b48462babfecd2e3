import { describe, expect, it } from "vitest";
import { type VoicesInput, threeVoices } from "@/lib/ai/calibration";

const s = (a: number, b: number, c: number, d: number) => ({ technicalAccuracy: a, communicationClarity: b, problemSolving: c, practicalConsiderations: d });
const item = (id: string, day: number, focusArea: string, ai: VoicesInput["ai"], self: VoicesInput["self"], mentor: VoicesInput["mentor"]): VoicesInput => ({
  attemptId: id,
  questionTitle: `Q ${id}`,
  focusArea,
  reviewedAt: new Date(Date.UTC(2026, 11, day)),
  ai,
  self,
  mentor,
});

describe("self / mentor / AI calibration", () => {
  const v = threeVoices([
    item("b", 2, "ml-system-design", s(5, 6, 5, 4), s(8, 8, 7, 7), null),
    item("a", 1, "ml-algorithms", s(7, 8, 6, 5), s(7, 9, 6, 4), s(6, 8, 6, 5)),
  ]);

  it("averages each voice per evaluation point, gaps measured against the AI, 2+ flagged", () => {
    expect(v.items).toBe(2);
    const ta = v.points[0]!;
    expect(ta).toMatchObject({ key: "technicalAccuracy", items: 2, ai: 6 });
    // self − AI: a 7 − 7 = 0, b 8 − 5 = 3 → mean 1.5; mentor − AI: a 6 − 7 = −1.
    expect(ta.selfVsAi).toMatchObject({ items: 2, selfMean: 7.5, mentorMean: 6, gapMean: 1.5, flagged: false });
    expect(ta.mentorVsAi).toMatchObject({ items: 1, selfMean: 6, mentorMean: 7, gapMean: -1, flagged: false });
    const pc = v.points[3]!;
    // self − AI: a 4 − 5 = −1, b 7 − 4 = 3 → 1.
    expect(pc.selfVsAi.gapMean).toBe(1);
  });

  it("rolls focus areas up to rubric domains on the mean of the four points", () => {
    const sd = v.domains.find((d) => d.key === "system-design")!;
    // AI mean (5+6+5+4)/4 = 5; self (8+8+7+7)/4 = 7.5 → gap 2.5, flagged.
    expect(sd).toMatchObject({ items: 1, ai: 5 });
    expect(sd.selfVsAi).toMatchObject({ gapMean: 2.5, flagged: true });
    expect(sd.mentorVsAi).toMatchObject({ items: 0, gapMean: null, flagged: false });
    expect(v.domains.find((d) => d.key === "deep-learning")).toMatchObject({ items: 0, ai: null });
  });

  it("lists answers newest first with every point's three scores and its flag", () => {
    expect(v.answers.map((a) => a.attemptId)).toEqual(["b", "a"]);
    expect(v.answers[0]).toMatchObject({ domain: "system-design", flagged: true, reviewedAt: "2026-12-02T00:00:00.000Z" });
    expect(v.answers[0]!.points[0]).toEqual({ point: "technicalAccuracy", self: 8, mentor: null, ai: 5, flagged: true });
    expect(v.answers[1]!.points.map((p) => p.flagged)).toEqual([false, false, false, false]);
  });

  it("is empty without AI reviews", () => {
    expect(threeVoices([])).toMatchObject({ items: 0, answers: [] });
  });
});

describe("review schedule with AI reviews", () => {
  it("rates the question on the strictest of the self-scores and the AI review", async () => {
    const { scheduleRating } = await import("@/lib/practice/schedule-rating");
    expect(scheduleRating(s(9, 9, 8, 9), null)).toBe(4); // sum 35: Easy
    expect(scheduleRating(s(9, 9, 8, 9), s(7, 8, 6, 5))).toBe(2); // AI sum 26: Hard
    expect(scheduleRating(s(5, 5, 5, 5), s(10, 10, 10, 10))).toBe(1); // self sum 20: Again
    expect(scheduleRating(s(7, 7, 7, 7), s(7, 7, 7, 7))).toBe(3);
  });
});
