import { describe, expect, it } from "vitest";
import { dropoutQuestion, flatStats } from "../support/feedback";
import { analyseAnswer } from "@/lib/feedback/coverage";
import { evidenceRanges, highlightSegments } from "@/lib/feedback/highlight";
import { ENGINE_VERSION, feedbackInputHash, feedbackView, isCurrent, toStored } from "@/lib/feedback/stored";

const stats = flatStats;
const dropout = dropoutQuestion;
const text =
  "During training, dropout zeroes each unit with probability p and rescales the surviving units by 1/(1-p). That keeps the expected activation the same as at test time. Calling model.eval() switches dropout off.";

describe("highlightSegments", () => {
  it("cuts at every boundary and lists the key points covering each run", () => {
    expect(
      highlightSegments("abcdefghij", [
        { start: 2, end: 5, keyPoint: 1 },
        { start: 4, end: 8, keyPoint: 2 },
      ]),
    ).toEqual([
      { start: 0, end: 2, text: "ab", keyPoints: [] },
      { start: 2, end: 4, text: "cd", keyPoints: [1] },
      { start: 4, end: 5, text: "e", keyPoints: [1, 2] },
      { start: 5, end: 8, text: "fgh", keyPoints: [2] },
      { start: 8, end: 10, text: "ij", keyPoints: [] },
    ]);
  });

  it("merges touching runs of the same key points, clips out-of-range and drops empty ranges", () => {
    expect(
      highlightSegments("abcdef", [
        { start: -3, end: 2, keyPoint: 3 },
        { start: 2, end: 4, keyPoint: 3 },
        { start: 2, end: 4, keyPoint: 3 },
        { start: 5, end: 5, keyPoint: 1 },
        { start: 5, end: 99, keyPoint: 2 },
      ]),
    ).toEqual([
      { start: 0, end: 4, text: "abcd", keyPoints: [3] },
      { start: 4, end: 5, text: "e", keyPoints: [] },
      { start: 5, end: 6, text: "f", keyPoints: [2] },
    ]);
    expect(highlightSegments("", [{ start: 0, end: 3, keyPoint: 1 }])).toEqual([]);
    expect(highlightSegments("abc", [])).toEqual([{ start: 0, end: 3, text: "abc", keyPoints: [] }]);
  });
});

describe("stored coverage", () => {
  const result = analyseAnswer(dropout, { text }, { stats });
  const stored = toStored(result);
  const computedAt = new Date("2026-12-06T08:00:00Z");
  const view = feedbackView(
    { attemptId: "a1", engineVersion: ENGINE_VERSION, computedAt, coverage: stored },
    { text },
  );

  it("keeps offsets, not the sentences' text (the answer holds it)", () => {
    expect(stored.sentences).toEqual([
      { index: 0, field: "text", start: 0, end: 105, listLike: false },
      { index: 1, field: "text", start: 106, end: 166, listLike: false },
      { index: 2, field: "text", start: 167, end: 209, listLike: false },
    ]);
    expect(JSON.stringify(stored)).not.toContain("During training");
  });

  it("gives readers statuses, evidence quotes cut from the answer, and the suggestion", () => {
    expect(view.keyPoints.map((k) => [k.status, k.evidence.map((e) => e.text)])).toEqual([
      [
        "covered",
        [
          "During training, dropout zeroes each unit with probability p and rescales the surviving units by 1/(1-p).",
          "That keeps the expected activation the same as at test time.",
        ],
      ],
      [
        "covered",
        [
          "During training, dropout zeroes each unit with probability p and rescales the surviving units by 1/(1-p).",
          "Calling model.eval() switches dropout off.",
        ],
      ],
      ["missing", []],
      [
        "partly",
        [
          "During training, dropout zeroes each unit with probability p and rescales the surviving units by 1/(1-p).",
        ],
      ],
    ]);
    expect(view.keyPoints[2]!.notFound).toEqual(["MC dropout", "estimates", "uncertainty"]);
    expect(view.counts).toEqual({ covered: 2, partly: 1, missing: 1 });
    expect(view.suggestedScore).toEqual({ field: "practicalConsiderations", value: 6 });
    expect(view.computedAt).toBe("2026-12-06T08:00:00.000Z");
    expect(view.star).toBeNull();
    expect(view.components).toBeNull();
  });

  it("numbers evidence ranges from 1 for the marked answer", () => {
    expect(evidenceRanges(view, "text")).toEqual([
      { start: 0, end: 105, keyPoint: 1 },
      { start: 106, end: 166, keyPoint: 1 },
      { start: 0, end: 105, keyPoint: 2 },
      { start: 167, end: 209, keyPoint: 2 },
      { start: 0, end: 105, keyPoint: 4 },
    ]);
    expect(evidenceRanges(view, "code")).toEqual([]);
  });

  it("maps STAR evidence to its own field's text", () => {
    const star = {
      situation: "At my last company our churn model drifted badly.",
      task: "Fix it.",
      action: "I retrained it on fresh labels and added a drift alarm.",
      result: "Churn recall rose by 12 points within two weeks.",
    };
    const q = { ...dropout, slug: "t-star", type: "behavioural", keyPoints: ["Adds a drift alarm"] };
    const v = feedbackView(
      {
        attemptId: "a2",
        engineVersion: ENGINE_VERSION,
        computedAt,
        coverage: toStored(analyseAnswer(q, star, { stats })),
      },
      star,
    );
    expect(v.star!.parts.map((p) => [p.part, p.status, p.evidence.map((e) => e.text)])).toEqual([
      ["situation", "present", [star.situation]],
      ["task", "thin", [star.task]],
      ["action", "present", [star.action]],
      ["result", "present", [star.result]],
    ]);
    expect(v.star!.quantifiedResult).toBe(true);
    expect(v.keyPoints[0]!.evidence).toEqual([
      { field: "action", start: 0, end: star.action.length, text: star.action },
    ]);
  });
});

describe("what is said to be missing", () => {
  it("lists each missing word once and leaves out the key point's opening rubric verb", () => {
    const q = {
      ...dropout,
      slug: "t-audit",
      keyPoints: ["Audits feature availability time against the prediction time"],
    };
    const answer = { text: "I would look at the prediction time." };
    const v = feedbackView(
      {
        attemptId: "a3",
        engineVersion: ENGINE_VERSION,
        computedAt: new Date(0),
        coverage: toStored(analyseAnswer(q, answer, { stats })),
      },
      answer,
    );
    expect(v.keyPoints[0]!.found).toEqual(["prediction", "time"]);
    expect(v.keyPoints[0]!.notFound).toEqual(["availability", "feature"]);
  });
});

describe("when a stored result is recomputed", () => {
  const hash = feedbackInputHash(dropout, { text });

  it("keeps it while the engine and every input are the same", () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(feedbackInputHash({ ...dropout }, { text })).toBe(hash);
    expect(isCurrent({ engineVersion: ENGINE_VERSION, inputHash: hash }, hash)).toBe(true);
  });

  it("recomputes when missing, on a new engine version, or when the answer or question changed", () => {
    expect(isCurrent(null, hash)).toBe(false);
    expect(isCurrent({ engineVersion: ENGINE_VERSION - 1, inputHash: hash }, hash)).toBe(false);
    expect(feedbackInputHash(dropout, { text: `${text} More.` })).not.toBe(hash);
    expect(feedbackInputHash({ ...dropout, keyPoints: dropout.keyPoints.slice(1) }, { text })).not.toBe(hash);
    expect(feedbackInputHash({ ...dropout, allocatedMinutes: 10 }, { text })).not.toBe(hash);
    expect(feedbackInputHash({ ...dropout, type: "coding" }, { text })).not.toBe(hash);
  });
});
