import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { BANK_STATS, computeBankStats, idf } from "@/lib/feedback/bank-stats";
import { SNAPSHOT_PATH, snapshotText } from "@/lib/feedback/build-bank-stats";
import { loadEvalSet } from "@/tests/fixtures/coverage/load";

describe("bank term statistics", () => {
  it("the committed snapshot matches the question bank (else: npx tsx lib/feedback/build-bank-stats.ts)", () => {
    expect(JSON.parse(fs.readFileSync(SNAPSHOT_PATH, "utf8"))).toEqual(JSON.parse(snapshotText()));
  }, 60_000);

  it("counts one document per key point and per model answer, with concepts", () => {
    const stats = computeBankStats([
      { keyPoints: ["Uses GBDT", "Uses k8s"], prompt: "p", modelAnswer: "Gradient boosting on Kubernetes." },
    ]);
    expect(stats.documents).toBe(3);
    expect(stats.df["=gradient-boosting"]).toBe(2);
    expect(stats.df["=kubernetes"]).toBe(2);
    expect(stats.df["use"]).toBe(2);
    // BM25 IDF: rarer terms weigh more; unseen terms weigh most.
    expect(idf(stats, "use")).toBeCloseTo(Math.log(1 + 1.5 / 2.5), 10);
    expect(idf(BANK_STATS, "model")).toBeLessThan(idf(BANK_STATS, "platt"));
    expect(idf(BANK_STATS, "never-seen-term")).toBeGreaterThan(idf(BANK_STATS, "platt"));
  });
});

describe("coverage evaluation set", () => {
  it("has at least 150 labelled triples, one label per key point, across the five answer types", () => {
    const cases = loadEvalSet();
    const triples = cases.reduce((s, c) => s + c.labels.length, 0);
    expect(triples).toBeGreaterThanOrEqual(150);
    expect(new Set(cases.map((c) => c.question.type))).toEqual(
      new Set(["technical", "behavioural", "system-design", "coding", "business-case"]),
    );
    for (const c of cases) expect(c.labels.length).toBe(c.question.keyPoints.length);
    expect(cases.some((c) => c.kind === "stuffing")).toBe(true);
  }, 60_000);
});
