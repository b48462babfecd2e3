import { describe, expect, it } from "vitest";
import { withMentorScores } from "@/lib/progress/mentor-series";
import { domainSeries } from "@/lib/progress/series";

describe("the dashboard's mentor scores series", () => {
  it("is the mean mentor score per domain and week (four points per review), null without reviews", () => {
    const weeks = ["2026-11-16", "2026-11-23"];
    const series = withMentorScores(domainSeries(weeks, [], []), [
      { week: "2026-11-16", focusArea: "ml-algorithms", reviews: 1, scoreSum: 24 },
      { week: "2026-11-16", focusArea: "data-preprocessing", reviews: 2, scoreSum: 50 },
      { week: "2026-11-23", focusArea: "behavioural", reviews: 3, scoreSum: 97 },
      { week: "2026-11-23", focusArea: "unknown-area", reviews: 5, scoreSum: 200 },
    ]);
    const pick = (domain: string) =>
      series.find((d) => d.domain === domain)!.points.map((p) => [p.mentor, p.mentorReviews]);
    expect(pick("ml-fundamentals")).toEqual([
      [6.17, 3], // (24 + 50) / 12
      [null, 0],
    ]);
    expect(pick("communication-leadership")).toEqual([
      [null, 0],
      [8.08, 3], // 97 / 12
    ]);
    expect(pick("system-design")).toEqual([
      [null, 0],
      [null, 0],
    ]);
  });
});
