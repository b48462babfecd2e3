import { describe, expect, it } from "vitest";
import { dropoutQuestion, flatStats } from "../support/feedback";
import { type CoverageQuestion, analyseAnswer, suggestedScore } from "@/lib/feedback/coverage";
import { countWords, lengthVerdict } from "@/lib/feedback/length";

// Flat term statistics (every term equally rare) keep these pinned results independent of the
// bank's contents; one test below uses the real bank statistics.
const stats = flatStats;

const dropout = dropoutQuestion;

const summary = (q: CoverageQuestion, text: string) =>
  analyseAnswer(q, { text }, { stats }).keyPoints.map((k) => [
    k.status,
    k.score,
    k.evidence.map((e) => e.sentence),
  ]);

describe("key-point coverage", () => {
  it("marks a paraphrased answer key point by key point, with evidence sentences and offsets", () => {
    const text =
      "During training, dropout zeroes each unit with probability p and rescales the surviving units by 1/(1-p). That keeps the expected activation the same as at test time. Calling model.eval() switches dropout off.";
    const r = analyseAnswer(dropout, { text }, { stats });
    expect(r.keyPoints.map((k) => [k.status, k.score, k.evidence.map((e) => e.sentence)])).toEqual([
      ["covered", 0.78, [0, 1]],
      ["covered", 0.667, [0, 2]],
      ["missing", 0, []],
      ["partly", 0.333, [0]],
    ]);
    expect(r.counts).toEqual({ covered: 2, partly: 1, missing: 1 });
    expect(r.keyPoints[2]!.missing).toEqual(["MC dropout", "estimates", "uncertainty"]);
    // Offsets point into the answer text so the UI can highlight the evidence.
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(r.sentences.map((s) => s.text)).toEqual([
      "During training, dropout zeroes each unit with probability p and rescales the surviving units by 1/(1-p).",
      "That keeps the expected activation the same as at test time.",
      "Calling model.eval() switches dropout off.",
    ]);
    // 2 covered + 1 partly of 4 → round(10 × 2.5 / 4) = 6.
    expect(r.suggestedScore).toEqual({ field: "practicalConsiderations", value: 6 });
    expect(r.length).toEqual({
      verdict: "too-short",
      words: 34,
      minWords: 45,
      maxWords: 450,
      allocatedMinutes: 3,
    });
  });

  it("never marks a keyword-stuffed list as covered", () => {
    const text =
      "Dropout: zeroes units, probability p, survivors, scaling 1/(1-p), expected activation, model.eval(), torch.no_grad(), MC dropout, uncertainty, co-adaptation, regularisation.";
    const r = analyseAnswer(dropout, { text }, { stats });
    expect(r.keyPoints.map((k) => k.status)).toEqual(["partly", "partly", "partly", "partly"]);
    expect(r.sentences.every((s) => s.listLike)).toBe(true);
    // Without the defence the same list would count as covered.
    const undefended = analyseAnswer(
      dropout,
      { text },
      { stats, params: { listFactor: 1, requireExplanation: false } },
    );
    expect(undefended.counts.covered).toBeGreaterThan(0);
  });

  it("uses the synonym list: abbreviations both ways, narrower terms one way", () => {
    const q: CoverageQuestion = {
      slug: "t-syn",
      type: "technical",
      allocatedMinutes: 3,
      keyPoints: [
        "Prefers gradient boosting for tabular data",
        "Deploys the service on Kubernetes",
        "Tunes XGBoost carefully",
      ],
    };
    // GBDT ~ gradient boosting, k8s ~ Kubernetes.
    expect(
      summary(q, "We train a GBDT on the tabular data because it wins there. We run it on k8s.").map(
        (x) => x[0],
      ),
    ).toEqual(["covered", "partly", "missing"]);
    // XGBoost implies gradient boosting …
    expect(summary(q, "XGBoost works best for tabular data.")[0]![0]).toBe("covered");
    // … but "gradient boosting" does not imply XGBoost.
    const r = analyseAnswer(q, { text: "Gradient boosting wins on tabular data." }, { stats });
    expect(r.keyPoints[2]!.matched).toEqual([]);
  });

  it("reads an ambiguous abbreviation from the question's own text", () => {
    const lr = { type: "technical", allocatedMinutes: 3 };
    // The question is about learning rates: LR is the learning rate.
    const rate = { ...lr, slug: "t-lr", keyPoints: ["Lowers the learning rate when the loss diverges"] };
    expect(summary(rate, "I would lower the LR when the loss diverges.")[0]![0]).toBe("covered");
    // The question is about logistic regression: LR is logistic regression.
    const logit = { ...lr, slug: "t-logit", keyPoints: ["Starts from a logistic regression baseline"] };
    expect(
      analyseAnswer(logit, { text: "Start from an LR baseline." }, { stats }).keyPoints[0]!.matched,
    ).toContain("logistic regression");
    // Both readings occur in the question: LR stays a literal word and matches neither.
    const both = {
      ...lr,
      slug: "t-both",
      keyPoints: ["Fits a logistic regression with a small learning rate"],
    };
    const r = analyseAnswer(both, { text: "Fit an LR." }, { stats });
    expect(r.keyPoints[0]!.matched).toEqual(["Fits"]);
  });

  it("reads code line by line, comments included", () => {
    const q: CoverageQuestion = {
      slug: "t-code",
      type: "coding",
      allocatedMinutes: 20,
      keyPoints: ["Computes the loss from logits with np.logaddexp instead of log(sigmoid(z))"],
    };
    const code =
      "import numpy as np\n\ndef loss(z, y):\n    # log-loss from the logits, stable for large |z|\n    return np.mean(np.logaddexp(0, z) - y * z)\n";
    const r = analyseAnswer(q, { code }, { stats });
    expect(r.format).toBe("CODE");
    expect(r.keyPoints[0]!.status).toBe("covered");
    expect(r.keyPoints[0]!.score).toBe(0.526);
    expect(r.sentences.map((s) => [s.field, s.text, s.listLike])).toEqual([
      ["code", "import numpy as np", false],
      ["code", "def loss(z, y):", false],
      ["code", "# log-loss from the logits, stable for large |z|", true],
      ["code", "return np.mean(np.logaddexp(0, z) - y * z)", false],
    ]);
  });

  it("handles empty, blank, non-English and 10,000-word answers", () => {
    for (const text of ["", "   \n\t "]) {
      const r = analyseAnswer(dropout, { text }, { stats });
      expect(r.sentences).toEqual([]);
      expect(r.counts).toEqual({ covered: 0, partly: 0, missing: 4 });
      expect(r.length.verdict).toBe("empty");
      expect(r.suggestedScore.value).toBe(0);
    }
    const intl = analyseAnswer(
      dropout,
      { text: "東京 の モデル は 速い。Ça marche très bien — naïve café." },
      { stats },
    );
    expect([intl.words, intl.length.verdict, intl.counts.missing]).toEqual([11, "too-short", 4]);
    const long = "Dropout zeroes units at random during training. ".repeat(1500); // 10,500 words
    const r = analyseAnswer(dropout, { text: long }, { stats });
    expect(r.words).toBe(10_500);
    expect(r.length.verdict).toBe("too-long");
    expect(r.sentences).toHaveLength(1500);
  });

  it("matches a key point made only of stop words on its stop words", () => {
    const q: CoverageQuestion = {
      slug: "t-stop",
      type: "technical",
      allocatedMinutes: 3,
      keyPoints: ["It is what it is", "Explains dropout"],
    };
    expect(summary(q, "Well, it is what it is.")[0]![0]).toBe("covered");
    expect(summary(q, "Nothing here.")).toEqual([
      ["missing", 0, []],
      ["missing", 0, []],
    ]);
  });

  it("rejects an answer of no stored shape", () => {
    expect(() => analyseAnswer(dropout, { words: "x" } as never, { stats })).toThrow(TypeError);
  });

  it("scores a labelled answer from the evaluation set with the real bank statistics", () => {
    const q: CoverageQuestion = {
      slug: "which-models-need-feature-scaling",
      type: "technical",
      allocatedMinutes: 3,
      keyPoints: [
        "Lists the scale-sensitive families with the reason for each (distance-based kNN/k-means/RBF SVM, penalised linear models, gradient-descent training, PCA)",
        "States that tree ensembles are invariant to monotone feature transforms and do not need scaling",
      ],
    };
    const r = analyseAnswer(q, {
      text: "Needs scaling: kNN, k-means, SVM, logistic regression, neural networks, PCA.\n\nNo scaling: decision trees, random forest, XGBoost.",
    });
    expect(r.keyPoints.map((k) => k.status)).toEqual(["partly", "partly"]);
  });
});

describe("suggested score and length", () => {
  it("credits covered 1, partly ½, missing 0, on 0-10", () => {
    expect(suggestedScore([])).toBe(0);
    expect(suggestedScore(["covered", "covered", "covered"])).toBe(10);
    expect(suggestedScore(["covered", "partly", "missing"])).toBe(5);
    expect(suggestedScore(["partly", "missing", "missing", "missing", "missing", "missing"])).toBe(1);
  });

  it("weighs must-haves 8 of 10 and bonus points 2 when the question has bonus points", () => {
    // 3 must-haves + 2 bonus points, every must-have and no bonus point: 8 (a flat count would say 6).
    expect(suggestedScore(["covered", "covered", "covered", "missing", "missing"], 2)).toBe(8);
    expect(suggestedScore(["covered", "covered", "covered", "covered", "covered"], 2)).toBe(10);
    // Bonus points alone: 2 (a flat count would say 4).
    expect(suggestedScore(["missing", "missing", "missing", "covered", "covered"], 2)).toBe(2);
    // 8 × 1.5/3 = 4, plus 2 × 1/2 = 1 → 5.
    expect(suggestedScore(["covered", "partly", "missing", "covered", "missing"], 2)).toBe(5);
    // No bonus points: the must-haves carry all 10, as before.
    expect(suggestedScore(["covered", "covered", "covered"], 0)).toBe(10);
  });

  it("analyses bonus points after the must-haves, tells them apart and weighs the suggested score", () => {
    const withBonus: CoverageQuestion = {
      ...dropout,
      keyPoints: dropout.keyPoints.slice(0, 2),
      bonusPoints: dropout.keyPoints.slice(2),
    };
    const text =
      "During training, dropout zeroes each unit with probability p and rescales the surviving units by 1/(1-p). That keeps the expected activation the same as at test time. Calling model.eval() switches dropout off.";
    const r = analyseAnswer(withBonus, { text }, { stats });
    expect(r.keyPoints.map((k) => [k.index, k.kind, k.status])).toEqual([
      [0, "must", "covered"],
      [1, "must", "covered"],
      [2, "bonus", "missing"],
      [3, "bonus", "partly"],
    ]);
    // Both must-haves: 8; bonus ½ of 2 points: 2 × 0.5/2 = 0.5 → 8.5 → 9. Unweighted it was 6.
    expect(r.suggestedScore.value).toBe(9);
    expect(analyseAnswer(dropout, { text }, { stats }).suggestedScore.value).toBe(6);
  });

  it("judges length against the minutes given: 15 to 150 words a minute", () => {
    expect(lengthVerdict(0, 3).verdict).toBe("empty");
    expect(lengthVerdict(44, 3).verdict).toBe("too-short");
    expect(lengthVerdict(45, 3).verdict).toBe("fine");
    expect(lengthVerdict(450, 3).verdict).toBe("fine");
    expect(lengthVerdict(451, 3).verdict).toBe("too-long");
    expect(lengthVerdict(149, 10)).toEqual({
      verdict: "too-short",
      words: 149,
      minWords: 150,
      maxWords: 1500,
      allocatedMinutes: 10,
    });
    expect(countWords("k-means++ isn't O(n²) — it's 3×; 東京")).toBe(7);
  });
});
