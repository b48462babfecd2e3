import { describe, expect, it } from "vitest";
import { countTicked, selfScoreFromTicks, tickedSummary, weighCoverage, weightedKeyPoints } from "@/lib/questions/key-points";

const q = { keyPoints: ["a", "b", "c", "d"], bonusPoints: ["x", "y"] };

describe("must-have and bonus key points", () => {
  it("number must-haves first, then bonus points; must-haves share 8 of 10, bonus points 2", () => {
    expect(weightedKeyPoints(q)).toEqual([
      { index: 0, text: "a", kind: "must", weight: 2 },
      { index: 1, text: "b", kind: "must", weight: 2 },
      { index: 2, text: "c", kind: "must", weight: 2 },
      { index: 3, text: "d", kind: "must", weight: 2 },
      { index: 4, text: "x", kind: "bonus", weight: 1 },
      { index: 5, text: "y", kind: "bonus", weight: 1 },
    ]);
    expect(weightedKeyPoints({ keyPoints: ["a", "b", "c"] }).map((p) => p.weight)).toEqual([3.33, 3.33, 3.33]);
    expect(weightedKeyPoints({ keyPoints: [], bonusPoints: [] })).toEqual([]);
  });

  it("every must-have covered is an 8; bonus points take it to 10; bonus points never make up for a missed must-have", () => {
    expect(weighCoverage(q, ["covered", "covered", "covered", "covered", "missing", "missing"]).score).toBe(8);
    expect(weighCoverage(q, ["covered", "covered", "covered", "covered", "covered", "covered"]).score).toBe(10);
    const missedOne = weighCoverage(q, ["covered", "covered", "covered", "missing", "covered", "covered"]);
    expect(missedOne).toEqual({
      score: 8,
      must: { total: 4, covered: 3, partly: 0, missing: 1 },
      bonus: { total: 2, covered: 2, partly: 0, missing: 0 },
      missingMustHaves: [3],
      allMustHaves: false,
    });
    // A bonus-only answer scores 2 where an unweighted count would say 3 of 10 (2 of 6 points).
    expect(weighCoverage(q, ["missing", "missing", "missing", "missing", "covered", "covered"]).score).toBe(2);
  });

  it("counts a partly covered point as half, and rounds to a whole score", () => {
    const r = weighCoverage(q, ["partly", "covered", "covered", "covered", "partly", "missing"]);
    expect(r.score).toBe(8); // 8 × 3.5/4 = 7 + 2 × 0.5/2 = 0.5 → 7.5 → 8
    expect(r.missingMustHaves).toEqual([0]);
    expect(weighCoverage({ keyPoints: ["a", "b", "c"] }, ["covered", "partly", "missing"]).score).toBe(5);
  });

  it("without bonus points, must-haves carry all 10", () => {
    expect(weighCoverage({ keyPoints: ["a", "b", "c"] }, ["covered", "covered", "covered"])).toMatchObject({ score: 10, allMustHaves: true });
  });

  it("refuses statuses for a different number of points", () => {
    expect(() => weighCoverage(q, ["covered"])).toThrow("Expected 6 key point statuses, got 1");
  });

  it("self-scoring weighs the ticked points the same way", () => {
    expect(selfScoreFromTicks(q, [0, 1, 2, 3]).score).toBe(8);
    expect(selfScoreFromTicks(q, [4, 5]).score).toBe(2);
    expect(selfScoreFromTicks(q, [0, 1, 2, 3, 4]).score).toBe(9);
  });
});

describe("ticked key points, counted apart", () => {
  it("counts must-haves below the must-have count and bonus points after them, ignoring repeats and strays", () => {
    expect(countTicked([0, 2, 3, 4], 3, 2)).toEqual({ must: 2, bonus: 2 });
    expect(countTicked([0, 0, 5, -1, 1.5], 3, 2)).toEqual({ must: 1, bonus: 0 });
    expect(countTicked([], 4)).toEqual({ must: 0, bonus: 0 });
  });

  it("says how many must-haves and bonus points were ticked", () => {
    expect(tickedSummary([0, 1, 3], 3, 2)).toBe("2 of 3 must-have key points covered, 1 of 2 bonus");
    expect(tickedSummary([0], 1)).toBe("1 of 1 must-have key point covered");
    expect(tickedSummary([0, 1, 2], 4, 0)).toBe("3 of 4 must-have key points covered");
  });
});
