import { describe, expect, it } from "vitest";
import { type CalibrationPair, calibration, gapStats } from "@/lib/mentors/calibration";

const s = (a: number, b: number, c: number, d: number) => ({
  technicalAccuracy: a,
  communicationClarity: b,
  problemSolving: c,
  practicalConsiderations: d,
});
const pair = (
  day: number,
  focusArea: string,
  self: CalibrationPair["self"],
  mentor: CalibrationPair["mentor"],
): CalibrationPair => ({
  attemptId: `a${day}`,
  questionTitle: `Q${day}`,
  focusArea,
  mentorName: "Mo",
  reviewedAt: new Date(Date.UTC(2026, 10, day)),
  self,
  mentor,
});

/** A row of expected statistics, in the order the function's fields are listed. */
const stats = (items: number, selfMean: number | null, mentorMean: number | null, gapMean: number | null, trend: number | null, flagged: boolean) => ({
  items,
  selfMean,
  mentorMean,
  gapMean,
  trend,
  flagged,
});

// Given out of order on purpose: the function sorts by review time.
const PAIRS = [
  pair(4, "ml-algorithms", s(9, 9, 9, 9), s(9, 8, 9, 9)),
  pair(1, "ml-algorithms", s(8, 8, 8, 8), s(5, 6, 7, 8)),
  pair(3, "behavioural", s(6, 6, 6, 6), s(8, 8, 8, 8)),
  pair(2, "deep-learning", s(7, 7, 7, 7), s(7, 7, 7, 7)),
];

describe("calibration", () => {
  const c = calibration(PAIRS);

  it("overall: means of the four-point averages, the mean gap and its trend", () => {
    // gaps in time order 1.5, 0, -2, 0.25; |gap| later half (2 + 0.25)/2 = 1.125, earlier (1.5 + 0)/2 = 0.75.
    expect(c.overall).toEqual(stats(4, 7.5, 7.56, -0.06, 0.38, false));
  });

  it("per evaluation point", () => {
    expect(c.points.map(({ label: _l, ...p }) => p)).toEqual([
      { point: "technicalAccuracy", ...stats(4, 7.5, 7.25, 0.25, -0.5, false) },
      { point: "communicationClarity", ...stats(4, 7.5, 7.25, 0.25, 0.5, false) },
      { point: "problemSolving", ...stats(4, 7.5, 7.75, -0.25, 0.5, false) },
      { point: "practicalConsiderations", ...stats(4, 7.5, 8, -0.5, 1, false) },
    ]);
  });

  it("per rubric domain through the focus-area mapping; a gap of 2 either way is flagged", () => {
    expect(c.domains.map(({ label: _l, ...d }) => d)).toEqual([
      { domain: "ml-fundamentals", ...stats(2, 8.5, 7.63, 0.88, null, false) },
      { domain: "deep-learning", ...stats(1, 7, 7, 0, null, false) },
      { domain: "system-design", ...stats(0, null, null, null, null, false) },
      { domain: "communication-leadership", ...stats(1, 6, 8, -2, null, true) },
    ]);
  });

  it("items newest first, flagged on the average gap or on any point's gap", () => {
    expect(c.items.map((i) => [i.attemptId, i.self, i.mentor, i.gap, i.flagged, i.domain])).toEqual([
      ["a4", 9, 8.75, 0.25, false, "ml-fundamentals"],
      ["a3", 6, 8, -2, true, "communication-leadership"],
      ["a2", 7, 7, 0, false, "deep-learning"],
      ["a1", 8, 6.5, 1.5, true, "ml-fundamentals"],
    ]);
    expect(c.items[3]!.points.map((p) => [p.gap, p.flagged])).toEqual([
      [3, true],
      [2, true],
      [1, false],
      [0, false],
    ]);
  });

  it("lists at most the newest `itemsLimit` items while the statistics use all", () => {
    const limited = calibration(PAIRS, 2);
    expect(limited.items.map((i) => i.attemptId)).toEqual(["a4", "a3"]);
    expect(limited.overall).toEqual(c.overall);
  });

  it("edges: nothing reviewed; the trend needs 4 items and skips the middle of an odd count; 1.99 is not flagged", () => {
    expect(calibration([]).overall).toEqual({
      items: 0,
      selfMean: null,
      mentorMean: null,
      gapMean: null,
      trend: null,
      flagged: false,
    });
    expect(
      gapStats([
        { self: 5, mentor: 4 },
        { self: 5, mentor: 4 },
        { self: 5, mentor: 4 },
      ]).trend,
    ).toBeNull();
    // Five items, |gaps| 4, 9, 1, 1, 0: halves of two, the middle (1) in neither → (1 + 0)/2 − (4 + 9)/2 = −6.
    expect(
      gapStats([
        { self: 9, mentor: 5 },
        { self: 10, mentor: 1 },
        { self: 5, mentor: 4 },
        { self: 6, mentor: 5 },
        { self: 3, mentor: 3 },
      ]).trend,
    ).toBe(-6);
    expect(gapStats([{ self: 7.99, mentor: 6 }]).flagged).toBe(false);
    expect(gapStats([{ self: 6, mentor: 8 }]).flagged).toBe(true);
  });
});
