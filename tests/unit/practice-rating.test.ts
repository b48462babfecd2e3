import { describe, expect, it } from "vitest";
import { RATING, averageTenths, keyPointCoveragePercent, ratingFromQuiz, ratingFromScores, scoreSum, scoresOf, type Scores } from "@/lib/practice/rating";

const s = (a: number, b: number, c: number, d: number): Scores => ({
  technicalAccuracy: a,
  communicationClarity: b,
  problemSolving: c,
  practicalConsiderations: d,
});

describe("score → FSRS rating (thresholds of the guide on the exact mean = sum / 4)", () => {
  it.each([
    // scores, sum, mean, rating
    [s(0, 0, 0, 0), 0, RATING.Again], // mean 0
    [s(5, 5, 5, 6), 21, RATING.Again], // mean 5.25 < 5.5
    [s(5, 5, 6, 6), 22, RATING.Hard], // mean 5.5: Developing starts
    [s(7, 7, 7, 6), 27, RATING.Hard], // mean 6.75 < 7
    [s(7, 7, 7, 7), 28, RATING.Good], // mean 7: Good starts
    [s(9, 8, 8, 8), 33, RATING.Good], // mean 8.25 < 8.5
    [s(9, 9, 8, 8), 34, RATING.Easy], // mean 8.5: Excellent starts
    [s(10, 10, 10, 10), 40, RATING.Easy], // mean 10
  ])("%o (sum %i) → %i", (scores, sum, rating) => {
    expect(scoreSum(scores)).toBe(sum);
    expect(ratingFromScores(scores)).toBe(rating);
  });

  it("has no gap between bands: 8.45 cannot occur, 8.25 and 8.5 are the neighbours", () => {
    // Means move in steps of 0.25, so 33 → 8.25 (Good) and 34 → 8.5 (Easy) are adjacent.
    expect(ratingFromScores(s(8, 8, 8, 9))).toBe(RATING.Good);
    expect(ratingFromScores(s(8, 8, 9, 9))).toBe(RATING.Easy);
  });

  it("quiz: knew it → Good (3), missed it → Again (1)", () => {
    expect(ratingFromQuiz(true)).toBe(3);
    expect(ratingFromQuiz(false)).toBe(1);
  });
});

describe("attempt totals", () => {
  it("averages in tenths, rounding half up", () => {
    expect(averageTenths(s(7, 7, 7, 8))).toBe(73); // 29 / 4 = 7.25 → 7.3
    expect(averageTenths(s(7, 7, 7, 7))).toBe(70); // 7.0
    expect(averageTenths(s(6, 6, 6, 7))).toBe(63); // 25 / 4 = 6.25 → 6.3
    expect(averageTenths(s(5, 5, 6, 6))).toBe(55); // 5.5
    expect(averageTenths(s(0, 0, 0, 1))).toBe(3); // 0.25 → 0.3
    expect(averageTenths(s(10, 10, 10, 10))).toBe(100);
  });

  it("key point coverage as a whole percentage, rounded down", () => {
    expect(keyPointCoveragePercent(2, 3)).toBe(66); // 66.67
    expect(keyPointCoveragePercent(3, 3)).toBe(100);
    expect(keyPointCoveragePercent(5, 3)).toBe(100); // capped
    expect(keyPointCoveragePercent(0, 0)).toBe(0);
  });
});

describe("scoresOf", () => {
  it("picks the four scores of a row and nothing else", () => {
    const row = { id: "a1", technicalAccuracy: 8, communicationClarity: 7, problemSolving: 0, practicalConsiderations: 10, summary: "x" };
    expect(scoresOf(row)).toEqual(s(8, 7, 0, 10));
  });

  it("is null while any one of the four is unset (0 is a score, not unset)", () => {
    for (const f of ["technicalAccuracy", "communicationClarity", "problemSolving", "practicalConsiderations"] as const) {
      expect(scoresOf({ ...s(0, 0, 0, 0), [f]: null })).toBeNull();
    }
    expect(scoresOf(s(0, 0, 0, 0))).toEqual(s(0, 0, 0, 0));
  });
});
