import { describe, expect, it } from "vitest";
import { type CoverageQuestion, analyseAnswer } from "@/lib/feedback/coverage";

const stats = { documents: 1000, df: {} };
const behavioural: CoverageQuestion = {
  slug: "t-star",
  type: "behavioural",
  allocatedMinutes: 3,
  keyPoints: ["Owns the mistake", "Quantifies the impact"],
};

const parts = (q: CoverageQuestion, answer: Parameters<typeof analyseAnswer>[1]) => {
  const star = analyseAnswer(q, answer, { stats }).star!;
  return {
    source: star.source,
    parts: star.parts.map((p) => [p.part, p.status, p.evidence.map((e) => e.sentence)]),
    quantified: star.quantifiedResult,
  };
};

describe("behavioural answers: STAR parts", () => {
  it("uses the structured STAR fields and sees a quantified result", () => {
    expect(
      parts(behavioural, {
        situation: "At a lending startup I changed the feature pipeline for our credit model.",
        task: "Fix it.",
        action: "I turned the change off within fifteen minutes and told the credit lead what had happened.",
        result: "About 1,900 applicants were declined over three days; we contacted all of them.",
      }),
    ).toEqual({
      source: "fields",
      parts: [
        ["situation", "present", [0]],
        ["task", "thin", [1]],
        ["action", "present", [2]],
        ["result", "present", [3]],
      ],
      quantified: true,
    });
  });

  it("reads labelled parts from free text; an unquantified result is said so", () => {
    expect(
      parts(behavioural, {
        text: "**Situation:** Our churn model drifted last year at my previous company.\n**Action:** I rebuilt the features and retrained it.\n**Result:** Precision went back up.",
      }),
    ).toEqual({
      source: "labels",
      parts: [
        ["situation", "present", [0]],
        ["task", "missing", []],
        ["action", "present", [1]],
        ["result", "thin", [2]],
      ],
      quantified: false,
    });
  });

  it("falls back to cue phrases when nothing is labelled", () => {
    expect(
      parts(behavioural, {
        text: "When I was at a bank, we had a broken model. I needed to fix it quickly. I rolled it back and wrote a postmortem. As a result, the error rate halved.",
      }),
    ).toEqual({
      source: "cues",
      parts: [
        ["situation", "present", [0]],
        ["task", "thin", [1]],
        ["action", "present", [1, 2]],
        ["result", "thin", [3]],
      ],
      quantified: true,
    });
  });

  it("only analyses STAR for behavioural questions", () => {
    expect(
      analyseAnswer({ ...behavioural, type: "technical" }, { text: "I did it." }, { stats }).star,
    ).toBeNull();
  });
});

describe("system-design answers: required components", () => {
  it("names each component found, with evidence, and the missing one", () => {
    const q: CoverageQuestion = {
      slug: "t-sd",
      type: "system-design",
      allocatedMinutes: 30,
      keyPoints: ["Sizes the load"],
    };
    const r = analyseAnswer(
      q,
      {
        text: "First I clarify the requirements and the latency SLA. Labels come from user reports and the features are logged at serving time. A gradient boosting model is the baseline. It is served behind an API with a cache. We handle 20k requests per second at peak by sharding.",
      },
      { stats },
    );
    expect(r.components!.components.map((c) => [c.id, c.status, c.evidence.map((e) => e.sentence)])).toEqual([
      ["requirements", "named", [0]],
      ["data", "named", [1]],
      ["model", "named", [2]],
      ["serving", "named", [0, 1, 3]],
      ["monitoring", "missing", []],
      ["scale", "named", [4]],
    ]);
    expect(r.components!.named).toBe(5);
    expect(analyseAnswer({ ...q, type: "technical" }, { text: "x" }, { stats }).components).toBeNull();
  });
});
