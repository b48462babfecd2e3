import "server-only";
import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { ratingFromQuiz } from "./rating";
import { recordReview } from "./review";

export type QuizItem = { id: string; title: string; prompt: string; answer: string; keyPoints: string[]; due: string | null };

/**
 * A quiz round: the bank's quiz questions, due ones first (oldest due first), then those
 * never reviewed, then the rest by next due date. The answer is part of the round: the quiz
 * is a self-test where the user reveals it after answering in their head.
 */
export async function getQuizRound(userId: string, size = 10): Promise<QuizItem[]> {
  const questions = await db.question.findMany({
    where: { type: "QUIZ", ownerId: null, retiredAt: null },
    select: {
      id: true,
      title: true,
      prompt: true,
      modelAnswer: true,
      keyPoints: true,
      reviewCards: { where: { userId }, select: { due: true }, take: 1 },
    },
    orderBy: { title: "asc" },
  });
  const now = Date.now();
  const rank = (due: Date | undefined) => (due === undefined ? 1 : due.getTime() <= now ? 0 : 2);
  return questions
    .map((q) => ({ q, due: q.reviewCards[0]?.due }))
    .sort((a, b) => rank(a.due) - rank(b.due) || (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0))
    .slice(0, size)
    .map(({ q, due }) => ({ id: q.id, title: q.title, prompt: q.prompt, answer: q.modelAnswer, keyPoints: q.keyPoints, due: due?.toISOString() ?? null }));
}

/** Records "knew it" / "missed it" and reviews the question (Good / Again). */
export async function recordQuizResult(userId: string, input: { questionId: string; knew: boolean; response: string }) {
  const q = await db.question.findFirst({ where: { id: input.questionId, type: "QUIZ", ownerId: null }, select: { id: true } });
  if (!q) throw notFound("That quiz question does not exist.");
  const now = new Date();
  return db.$transaction(async (tx) => {
    const result = await tx.quizResult.create({
      data: { userId, questionId: q.id, knew: input.knew, response: input.response },
      select: { id: true, knew: true, createdAt: true },
    });
    const card = await recordReview(tx, userId, q.id, ratingFromQuiz(input.knew), now);
    return { result: { ...result, createdAt: result.createdAt.toISOString() }, nextDue: card.due.toISOString() };
  });
}

/** Totals of the user's quiz answers: all time and in the last 7 days. */
export async function getQuizStats(userId: string) {
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  const [all, knew, week, weekKnew] = await Promise.all([
    db.quizResult.count({ where: { userId } }),
    db.quizResult.count({ where: { userId, knew: true } }),
    db.quizResult.count({ where: { userId, createdAt: { gte: weekAgo } } }),
    db.quizResult.count({ where: { userId, knew: true, createdAt: { gte: weekAgo } } }),
  ]);
  return { all, knew, week, weekKnew };
}
