// The demo account's sample history is data: every question it names must be in the bank,
// every answer must have the shape practice stores for that question type, and the mock's
// answers must fit its template's blocks in order.
import { describe, expect, it } from "vitest";
import { planStages } from "@/lib/mocks/clock";
import { reportScores } from "@/lib/mocks/scoring";
import { getTemplate } from "@/lib/mocks/templates";
import { answerSchemaFor, formatForType } from "@/lib/practice/answer";
import { PLAN_DAYS } from "@/lib/plan/data/preparation-phases";
import { DEMO_ASSESSMENTS, DEMO_ATTEMPTS, DEMO_INTERVIEW_IN_DAYS, DEMO_MOCK } from "@/prisma/seed/demo-history-data";
import { DEMO_OPEN_REQUESTS, DEMO_REQUEST_HOURS_AGO, DEMO_REVIEWS } from "@/prisma/seed/demo-mentoring-data";
import { readQuestionFiles } from "@/prisma/seed/questions";
import { calibration } from "@/lib/mentors/calibration";
import { COMMENT_MAX } from "@/lib/mentors/data/settings";
import { reviewSchema } from "@/lib/mentors/schema";

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

describe("demo mentoring data", () => {
  const attemptAt = (slug: string, daysAgo: number) => DEMO_ATTEMPTS.find((a) => a.slug === slug && a.daysAgo === daysAgo);
  const points = (s: readonly number[]) => ({
    technicalAccuracy: s[0]!,
    communicationClarity: s[1]!,
    problemSolving: s[2]!,
    practicalConsiderations: s[3]!,
  });

  it("reviews attempts of the demo history, after they were made and before today, within the API's limits", () => {
    for (const r of DEMO_REVIEWS) {
      const a = attemptAt(r.slug, r.daysAgo);
      expect(a, `${r.slug} ${r.daysAgo}`).toBeDefined();
      expect(reviewSchema.safeParse({ scores: points(r.scores), summary: r.summary }).success, r.slug).toBe(true);
      expect(r.afterDays).toBeGreaterThan(0);
      expect(r.afterDays).toBeLessThan(r.daysAgo);
      if (r.thread) {
        expect(r.thread.mentor.length).toBeLessThanOrEqual(COMMENT_MAX);
        expect(r.thread.reply.length).toBeLessThanOrEqual(COMMENT_MAX);
      }
    }
    for (const q of DEMO_OPEN_REQUESTS) if (!("mock" in q)) expect(attemptAt(q.slug, q.daysAgo), q.slug).toBeDefined();
    // The mock (finished 4 days ago) and the attempt were made before their requests.
    expect(DEMO_REQUEST_HOURS_AGO[0]).toBeLessThan(DEMO_MOCK.daysAgo * 24);
  });

  it("gives the calibration view a story: self-scores above the mentor's at first, converging later", () => {
    const c = calibration(
      DEMO_REVIEWS.map((r) => {
        const a = attemptAt(r.slug, r.daysAgo)!;
        return {
          attemptId: `${r.slug}@${r.daysAgo}`,
          questionTitle: r.slug,
          focusArea: r.slug.split("/")[0]!,
          mentorName: "Demo Mentor",
          reviewedAt: new Date(Date.UTC(2026, 0, 60 - r.daysAgo + r.afterDays)),
          self: points(a.scores),
          mentor: points(r.scores),
        };
      }),
    );
    // Gaps of the four-point means, oldest first: 0.5, 0.75, 1, 1.5, 0, 0.25, 0 → mean 4/7.
    expect(c.overall).toMatchObject({ items: 7, gapMean: 0.57, trend: -0.67, flagged: false });
    expect(c.points.find((p) => p.point === "problemSolving")).toMatchObject({ gapMean: 1, flagged: false });
    expect(c.items.filter((i) => i.points.some((p) => p.flagged))).toHaveLength(3);
  });
});
