import { describe, expect, it } from "vitest";
import { type PointScores, questionScore, reportScores } from "@/lib/mocks/scoring";
import { type Candidate, fitsSlot, pickQuestions, seriesDifficulty, slotMinutes } from "@/lib/mocks/selection";
import { summarise } from "@/lib/mocks/summary";

const s = (a: number, b: number, c: number, d: number): PointScores => ({
  technicalAccuracy: a,
  communicationClarity: b,
  problemSolving: c,
  practicalConsiderations: d,
});

describe("mock report scores", () => {
  it("a question's score is the mean of its four points", () => {
    expect(questionScore(s(8, 7, 7, 6))).toBe(7); // 28 / 4
    expect(questionScore(s(9, 8, 8, 8))).toBe(8.25); // 33 / 4
    expect(questionScore(s(10, 10, 10, 10))).toBe(10);
  });

  it("averages per session and per domain, overall and band", () => {
    const r = reportScores([
      { slot: 0, sessionIndex: 0, focusArea: "ml-algorithms", scores: s(8, 8, 8, 8) }, // 8
      { slot: 1, sessionIndex: 0, focusArea: "deep-learning", scores: s(6, 6, 6, 7) }, // 6.25
      { slot: 2, sessionIndex: 1, focusArea: "ml-system-design", scores: s(9, 9, 9, 9) }, // 9
      { slot: 3, sessionIndex: 1, focusArea: "data-preprocessing", scores: s(5, 5, 5, 5) }, // 5
      { slot: 4, sessionIndex: 2, focusArea: "behavioural", scores: null }, // not scored yet
    ]);
    expect(r.perQuestion.map((q) => q.score)).toEqual([8, 6.25, 9, 5, null]);
    // Session 0: (8 + 6.25) / 2 = 7.125 → 7.13; session 1: (9 + 5) / 2 = 7.
    expect(r.perSession).toEqual([
      { sessionIndex: 0, average: 7.13, scored: 2, answered: 2, total: 2 },
      { sessionIndex: 1, average: 7, scored: 2, answered: 2, total: 2 },
      { sessionIndex: 2, average: null, scored: 0, answered: 1, total: 1 },
    ]);
    // ML fundamentals: ml-algorithms 8 and data-preprocessing 5 → 6.5; deep learning 6.25;
    // system design 9; communication: behavioural, unscored.
    expect(r.perDomain.map((d) => [d.domain, d.average, d.scored])).toEqual([
      ["ml-fundamentals", 6.5, 2],
      ["deep-learning", 6.25, 1],
      ["system-design", 9, 1],
      ["communication-leadership", null, 0],
    ]);
    // Overall: (8 + 6.25 + 9 + 5) / 4 = 28.25 / 4 = 7.0625 → 7.06, Good.
    expect(r.overall).toBe(7.06);
    expect(r.band?.value).toBe("good");
    expect([r.scored, r.total]).toEqual([4, 5]);
  });

  it("a blank answer is neither scored nor answered, even with stored scores", () => {
    const r = reportScores([
      { slot: 0, sessionIndex: 0, focusArea: "ml-algorithms", scores: s(8, 8, 8, 8) }, // 8
      { slot: 1, sessionIndex: 0, focusArea: "deep-learning", scores: s(5, 5, 5, 5), blank: true }, // saved as 5/5/5/5 before the rule: ignored
      { slot: 2, sessionIndex: 1, focusArea: "ml-system-design", scores: null, blank: true },
      { slot: 3, sessionIndex: 1, focusArea: "data-preprocessing", scores: null }, // answered, not scored yet
    ]);
    expect(r.perQuestion.map((q) => q.score)).toEqual([8, null, null, null]);
    expect(r.perSession).toEqual([
      { sessionIndex: 0, average: 8, scored: 1, answered: 1, total: 2 },
      { sessionIndex: 1, average: null, scored: 0, answered: 1, total: 2 },
    ]);
    expect(r.perDomain.map((d) => [d.domain, d.average, d.scored])).toEqual([
      ["ml-fundamentals", 8, 1],
      ["deep-learning", null, 0],
      ["system-design", null, 0],
    ]);
    expect([r.overall, r.band?.value, r.scored, r.answered, r.total]).toEqual([8, "good", 1, 2, 4]);
    // Only blank answers: nothing answered, no overall.
    const none = reportScores([{ slot: 0, sessionIndex: 0, focusArea: "behavioural", scores: s(5, 5, 5, 5), blank: true }]);
    expect([none.overall, none.band, none.scored, none.answered, none.total]).toEqual([null, null, 0, 0, 1]);
    expect(summarise([{ ...s(5, 5, 5, 5), blank: true }, s(6, 6, 7, 7)])).toEqual({ overall: 6.5, band: "developing", scored: 1 });
  });

  it("leaves out domains the mock does not touch", () => {
    const r = reportScores([{ slot: 0, sessionIndex: 0, focusArea: "behavioural", scores: s(7, 7, 7, 7) }]);
    expect(r.perDomain.map((d) => d.domain)).toEqual(["communication-leadership"]);
  });

  it("bands at every threshold edge (half-open: ≥ 8.5, ≥ 7, ≥ 5.5)", () => {
    const band = (...points: [number, number, number, number]) => summarise([s(...points)]).band;
    expect(band(10, 10, 10, 10)).toBe("excellent"); // 10
    expect(band(9, 9, 8, 8)).toBe("excellent"); // 34 / 4 = 8.5
    expect(band(9, 8, 8, 8)).toBe("good"); // 33 / 4 = 8.25
    expect(band(7, 7, 7, 7)).toBe("good"); // 7
    expect(band(7, 7, 7, 6)).toBe("developing"); // 27 / 4 = 6.75
    expect(band(6, 6, 5, 5)).toBe("developing"); // 22 / 4 = 5.5
    expect(band(6, 5, 5, 5)).toBe("needs-improvement"); // 21 / 4 = 5.25
    expect(band(0, 0, 0, 0)).toBe("needs-improvement");
    // Across questions: (8.5 + 8.25) / 2 = 8.375 → 8.38, Good; (9 + 8) / 2 = 8.5, Excellent.
    expect(summarise([s(9, 9, 8, 8), s(9, 8, 8, 8)])).toEqual({ overall: 8.38, band: "good", scored: 2 });
    expect(summarise([s(9, 9, 9, 9), s(8, 8, 8, 8)])).toEqual({ overall: 8.5, band: "excellent", scored: 2 });
    expect(summarise([{ technicalAccuracy: null, communicationClarity: null, problemSolving: null, practicalConsiderations: null }])).toEqual({
      overall: null,
      band: null,
      scored: 0,
    });
  });
});

describe("question selection", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  const pool: Candidate[] = [
    { id: "e1", difficulty: "easy", allocatedMinutes: 3, lastAttemptAt: null },
    { id: "m1", difficulty: "medium", allocatedMinutes: 3, lastAttemptAt: null },
    { id: "m2", difficulty: "medium", allocatedMinutes: 2, lastAttemptAt: daysAgo(30) },
    { id: "h1", difficulty: "hard", allocatedMinutes: 3, lastAttemptAt: daysAgo(2) }, // recent
    { id: "h2", difficulty: "hard", allocatedMinutes: 3, lastAttemptAt: null },
    { id: "x1", difficulty: "expert", allocatedMinutes: 3, lastAttemptAt: daysAgo(8) },
    { id: "long", difficulty: "hard", allocatedMinutes: 10, lastAttemptAt: null }, // fits 10-minute slots only
  ];
  const noRandom = () => 0;
  const slot = (count: number, minutes = 3) => ({ count, minutes });

  it("avoids recent attempts and prefers the difficulty asked for (harder before easier), then the never attempted", () => {
    expect(pickQuestions(pool, slot(2), "hard", now, noRandom)).toEqual({ ids: ["h2", "x1"], recentReused: 0 });
    expect(pickQuestions(pool, slot(3), "medium", now, noRandom)).toEqual({ ids: ["m1", "m2", "h2"], recentReused: 0 });
    expect(pickQuestions(pool, slot(5), "mixed", now, noRandom)?.ids.sort()).toEqual(["e1", "h2", "m1", "m2", "x1"]);
  });

  it("draws only questions that fit the slot: allocatedMinutes at most the slot's minutes", () => {
    expect(fitsSlot({ allocatedMinutes: 3 }, 3)).toBe(true);
    expect(fitsSlot({ allocatedMinutes: 4 }, 10 / 3)).toBe(false);
    expect(fitsSlot({ allocatedMinutes: 3 }, 10 / 3)).toBe(true);
    expect(slotMinutes({ minutes: 15, questionCount: 5 })).toBe(3);
    expect(pickQuestions(pool, slot(6, 30), "mixed", now, noRandom)).toEqual({ ids: expect.arrayContaining(["long"]), recentReused: 0 });
    expect(pickQuestions(pool, slot(6, 9), "mixed", now, noRandom)?.ids).not.toContain("long");
    expect(pickQuestions(pool, slot(1, 9), "hard", now, noRandom)?.ids).toEqual(["h2"]);
    expect(pickQuestions(pool, slot(1, 1), "hard", now, noRandom)).toBeNull();
  });

  it("relaxes the 7-day rule only when the fitting pool is too small, and counts the reused", () => {
    expect(pickQuestions(pool, slot(6), "mixed", now, noRandom)).toEqual({ ids: expect.arrayContaining(["h1"]), recentReused: 1 });
    expect(pickQuestions(pool, slot(6), "mixed", now, noRandom)?.ids).toHaveLength(6);
  });

  it("returns null when a block cannot be filled with fitting questions (excluded ones do not count)", () => {
    expect(pickQuestions(pool, slot(7), "mixed", now, noRandom)).toBeNull();
    expect(pickQuestions(pool, slot(6), "mixed", now, noRandom, new Set(["e1"]))).toBeNull();
  });

  it("a series rises one difficulty per mock, capped at expert", () => {
    expect(seriesDifficulty(null, "mixed")).toBe("easy");
    expect(seriesDifficulty(null, "hard")).toBe("hard");
    expect(seriesDifficulty("easy", "mixed")).toBe("medium");
    expect(seriesDifficulty("hard", "easy")).toBe("expert");
    expect(seriesDifficulty("expert", "easy")).toBe("expert");
  });
});
