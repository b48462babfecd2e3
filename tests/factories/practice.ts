import type { Prisma } from "../../lib/generated/prisma/client";
import { formatForType } from "../../lib/practice/answer";
import { type Scores, ratingFromScores } from "../../lib/practice/rating";
import { QUESTION_TYPES, fromDb } from "../../lib/questions/taxonomy";
import type { FactoryDb } from "./db";

/** A bank question as the factories need it (type as stored, e.g. "TECHNICAL"). */
export type FactoryQuestion = { id: string; type: string; allocatedMinutes: number };

export type ScoredAttempt = {
  userId: string;
  question: FactoryQuestion;
  answer: Prisma.InputJsonValue;
  scores: Scores;
  keyPointsCovered?: number[];
  startedAt: Date;
  /** Active time on the clock, fixed at submission. */
  activeMs: number;
  submittedAt: Date;
  scoredAt: Date;
  /** Allocated time in seconds (default: the question's). */
  allocatedSeconds?: number;
  /** One question of a mock interview: its mock and slot. */
  mock?: { id: string; slot: number };
};

/** A submitted and self-scored attempt as a row (with its FSRS rating), for createMany. */
export function scoredAttemptData(a: ScoredAttempt): Prisma.PracticeAttemptCreateManyInput {
  return {
    userId: a.userId,
    questionId: a.question.id,
    ...(a.mock ? { mockId: a.mock.id, mockSlot: a.mock.slot } : {}),
    status: "SCORED",
    format: formatForType(fromDb(QUESTION_TYPES, a.question.type)),
    answer: a.answer,
    allocatedSeconds: a.allocatedSeconds ?? a.question.allocatedMinutes * 60,
    startedAt: a.startedAt,
    activeMs: a.activeMs,
    submittedAt: a.submittedAt,
    timeSpentMs: a.activeMs,
    ...a.scores,
    keyPointsCovered: a.keyPointsCovered ?? [],
    rating: ratingFromScores(a.scores),
    scoredAt: a.scoredAt,
    createdAt: a.startedAt,
  };
}

/** One scored practice attempt of `userId` on a bank question, answered `daysAgo` days back. */
export async function createScoredAttempt(
  db: FactoryDb,
  userId: string,
  { question, scores, answer = { text: "An answer written by the test factory." }, daysAgo = 0, minutes = 10 }: {
    question: FactoryQuestion;
    scores: Scores;
    answer?: Prisma.InputJsonValue;
    daysAgo?: number;
    minutes?: number;
  },
) {
  const submittedAt = new Date(Date.now() - daysAgo * 86_400_000 - 60_000);
  const startedAt = new Date(submittedAt.getTime() - minutes * 60_000);
  return db.practiceAttempt.create({
    data: scoredAttemptData({ userId, question, answer, scores, startedAt, activeMs: minutes * 60_000, submittedAt, scoredAt: submittedAt }),
    select: { id: true },
  });
}

/** The first bank question of a stored type ("TECHNICAL", "BEHAVIOURAL", ...). */
export async function bankQuestion(db: FactoryDb, type: string): Promise<FactoryQuestion> {
  return db.question.findFirstOrThrow({
    where: { type: type as never, ownerId: null, retiredAt: null },
    orderBy: { slug: "asc" },
    select: { id: true, type: true, allocatedMinutes: true },
  });
}
