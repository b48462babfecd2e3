import { describe, expect, it } from "vitest";
import { BANDS, DOMAINS, EVALUATION_POINTS } from "@/lib/rubric/data";
import { EVALUATION_POINTS as SCORED_POINTS, SCORE_FIELDS } from "@/lib/practice/data/evaluation";
import { bandFor, levelDescriptor, mean } from "@/lib/rubric/scores";

describe("readiness bands (the guide's performance thresholds, half-open)", () => {
  const cases: [number, string][] = [
    [10, "excellent"],
    [8.5, "excellent"],
    [8.49, "good"],
    [8.45, "good"], // inside the guide's printed gap between 8.4 and 8.5
    [7, "good"],
    [6.99, "developing"],
    [6.95, "developing"], // inside the gap between 6.9 and 7
    [5.5, "developing"],
    [5.49, "needs-improvement"],
    [0, "needs-improvement"],
  ];
  for (const [score, band] of cases) {
    it(`${score} → ${band}`, () => expect(bandFor(score).value).toBe(band));
  }
  it("carries the guide's meanings", () => {
    expect(BANDS.map((b) => [b.label, b.meaning])).toEqual([
      ["Excellent", "Ready for senior/lead positions"],
      ["Good", "Suitable for mid-level positions"],
      ["Developing", "Entry-level to junior positions"],
      ["Needs improvement", "Additional preparation required"],
    ]);
  });
  it("refuses scores outside 0-10", () => {
    expect(() => bandFor(-0.01)).toThrow(RangeError);
    expect(() => bandFor(10.01)).toThrow(RangeError);
    expect(() => bandFor(Number.NaN)).toThrow(RangeError);
  });
});

describe("rubric data", () => {
  it("has the guide's four domains, each covering 0-10 in five levels", () => {
    expect(DOMAINS.map((d) => d.label)).toEqual([
      "Machine learning fundamentals",
      "Deep learning proficiency",
      "System design capabilities",
      "Communication & leadership",
    ]);
    for (const d of DOMAINS) {
      expect(d.levels.map((l) => [l.min, l.max])).toEqual([
        [0, 2],
        [3, 4],
        [5, 6],
        [7, 8],
        [9, 10],
      ]);
    }
  });
  it("has the template's four evaluation points", () => {
    expect(EVALUATION_POINTS.map((p) => p.label)).toEqual([
      "Technical accuracy",
      "Communication clarity",
      "Problem-solving approach",
      "Practical considerations",
    ]);
  });
  it("scores the template's four points in the attempt's four columns, in order, each with a hint", () => {
    expect(SCORED_POINTS.map((p) => p.field)).toEqual([...SCORE_FIELDS]);
    expect(SCORED_POINTS.map((p) => p.label)).toEqual(EVALUATION_POINTS.map((p) => p.label));
    for (const p of SCORED_POINTS) expect(p.hint.trim().length, p.field).toBeGreaterThan(10);
  });
  it("gives the descriptor for the level of a score", () => {
    expect(levelDescriptor("deep-learning", 0)).toBe("Basic neural network knowledge");
    expect(levelDescriptor("deep-learning", 2.9)).toBe("Basic neural network knowledge");
    expect(levelDescriptor("deep-learning", 3)).toBe("Understands backpropagation, basic architectures");
    expect(levelDescriptor("system-design", 8)).toBe("Advanced system design, handles production challenges");
    expect(levelDescriptor("communication-leadership", 10)).toBe(
      "Exceptional leader, can influence technical direction",
    );
  });
});

describe("mean", () => {
  it("rounds to two decimals and is null for nothing", () => {
    expect(mean([7, 8, 8])).toBe(7.67);
    expect(mean([8.5])).toBe(8.5);
    expect(mean([])).toBeNull();
  });
});
