import type { Prisma } from "../../lib/generated/prisma/client";
import { planStages } from "../../lib/mocks/clock";
import { type MockTemplate } from "../../lib/mocks/templates";
import type { FactoryDb } from "./db";

/**
 * A finished mock interview of `template`, each stage used for `stageMs[i]` and each question
 * for `slotMs[i]`, with the interview it is logged as. Its answers are attempts with
 * `mock: { id, slot }` (see scoredAttemptData).
 */
export async function createFinishedMock(
  db: FactoryDb,
  userId: string,
  { template, stageMs, slotMs, startedAt, difficulty = "mixed" }: {
    template: MockTemplate;
    stageMs: number[];
    slotMs: number[];
    startedAt: Date;
    difficulty?: string;
  },
) {
  const stages = planStages(template);
  const finishedAt = new Date(startedAt.getTime() + stageMs.reduce((x, y) => x + y, 0));
  const interview = await db.interview.create({
    data: { userId, company: template.title, date: new Date(`${finishedAt.toISOString().slice(0, 10)}T00:00:00Z`), kind: "MOCK" },
    select: { id: true },
  });
  const mock = await db.mock.create({
    data: {
      userId,
      templateId: template.id,
      plan: template as unknown as Prisma.InputJsonValue,
      difficulty,
      stageMs,
      slotMs,
      status: "FINISHED",
      stage: stages.length,
      question: 0,
      resumedAt: null,
      stageStartedAt: finishedAt,
      clockVersion: stages.length + 1,
      startedAt,
      finishedAt,
      interviewId: interview.id,
      createdAt: startedAt,
    },
    select: { id: true },
  });
  return { id: mock.id, finishedAt, stages };
}
