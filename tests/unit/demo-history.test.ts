// The demo account's sample history is data: every question it names must be in the bank,
// every answer must have the shape practice stores for that question type, and the mock's
// answers must fit its template's blocks in order.
import { describe, expect, it } from "vitest";
import { planStages } from "@/lib/mocks/clock";
import { reportScores } from "@/lib/mocks/scoring";
import { getTemplate } from "@/lib/mocks/templates";
import { answerSchemaFor, formatForType } from "@/lib/practice/answer";
import { PLAN_DAYS } from "@/lib/progress/data/timeline";
import { DEMO_ASSESSMENTS, DEMO_ATTEMPTS, DEMO_INTERVIEW_IN_DAYS, DEMO_MOCK } from "@/prisma/seed/demo-history-data";
import { readQuestionFiles } from "@/prisma/seed/questions";

const bank = new Map(readQuestionFiles().map(({ content }) => [`${content.focusArea}/${content.slug}`, content]));
const all = [...DEMO_ATTEMPTS, ...DEMO_MOCK.answers];

describe("demo account history data", () => {
  it("names bank questions and answers each in the format practice uses for its type", () => {
    for (const a of all) {
      const q = bank.get(a.slug);
      expect(q, a.slug).toBeDefined();
      expect(["quiz", "reflection"]).not.toContain(q!.type);
      const parsed = answerSchemaFor(formatForType(q!.type)).safeParse(a.answer);
      expect(parsed.success, `${a.slug}: answer shape`).toBe(true);
      expect(a.minutes).toBeGreaterThan(0);
      expect(a.minutes).toBeLessThanOrEqual(q!.allocatedMinutes);
      for (const s of a.scores) expect(Number.isInteger(s) && s >= 0 && s <= 10, `${a.slug}: score ${s}`).toBe(true);
    }
  });

  it("spans about six weeks and several focus areas, practice in the plan's order", () => {
    expect(DEMO_ATTEMPTS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(DEMO_ATTEMPTS.map((a) => a.slug.split("/")[0])).size).toBeGreaterThanOrEqual(8);
    expect(Math.max(...DEMO_ATTEMPTS.map((a) => a.daysAgo))).toBe(40);
    expect(DEMO_ATTEMPTS.every((a, i) => i === 0 || a.daysAgo <= DEMO_ATTEMPTS[i - 1]!.daysAgo)).toBe(true);
    expect(DEMO_ASSESSMENTS.map((a) => a.daysAgo)).toEqual([41, 27, 13, 2]);
    // The interview is 20 days ahead: the plan started 36 days ago, today is in weeks 5-6.
    expect(PLAN_DAYS - DEMO_INTERVIEW_IN_DAYS).toBe(36);
  });

  it("the mock fits its template block by block and scores 6.2 overall (Developing)", () => {
    const stages = planStages(getTemplate(DEMO_MOCK.templateId)!);
    const blocks = stages.flatMap((s) => (s.kind === "block" ? Array.from({ length: s.count }, () => s) : []));
    expect(blocks).toHaveLength(DEMO_MOCK.answers.length);
    DEMO_MOCK.answers.forEach((a, slot) => expect(bank.get(a.slug)!.focusArea, a.slug).toBe(blocks[slot]!.focusArea));
    const scores = reportScores(
      DEMO_MOCK.answers.map((a, slot) => {
        const [technicalAccuracy, communicationClarity, problemSolving, practicalConsiderations] = a.scores;
        return { slot, sessionIndex: 0, focusArea: blocks[slot]!.focusArea, scores: { technicalAccuracy, communicationClarity, problemSolving, practicalConsiderations } };
      }),
    );
    // (27 + 29 + 24 + 23 + 21) / 20 = 6.2.
    expect(scores.overall).toBe(6.2);
    expect(scores.band?.value).toBe("developing");
  });
});
