import "server-only";
import { type Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { type RatingValue } from "./rating";
import { nextCard } from "./scheduler";
import { forecast } from "./forecast";
import { QUESTION_TYPES, fromDb } from "@/lib/questions/taxonomy";

type Tx = Prisma.TransactionClient;

/** Applies one review to the user's card for the question, inside the caller's transaction. */
export async function recordReview(tx: Tx, userId: string, questionId: string, rating: RatingValue, now: Date) {
  // Lock the card row (if any) so two reviews of one question apply one after the other.
  await tx.$queryRaw`SELECT 1 FROM "ReviewCard" WHERE "userId" = ${userId} AND "questionId" = ${questionId} FOR UPDATE`;
  const existing = await tx.reviewCard.findUnique({ where: { userId_questionId: { userId, questionId } } });
  const card = nextCard(existing, rating, now);
  await tx.reviewCard.upsert({
    where: { userId_questionId: { userId, questionId } },
    create: { userId, questionId, ...card },
    update: card,
  });
  return card;
}

type ReviewItem = {
  questionId: string;
  title: string;
  type: string;
  due: string;
  state: number;
  reps: number;
  lapses: number;
};

/** Questions due now (oldest first) and how many fall due on each of the next 14 days. */
export async function getReviewQueue(userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const horizon = new Date(now.getTime() + 15 * 86_400_000);
  const [due, upcoming, total] = await Promise.all([
    db.reviewCard.findMany({
      where: { userId, due: { lte: now } },
      orderBy: { due: "asc" },
      take: 50,
      select: {
        questionId: true,
        due: true,
        state: true,
        reps: true,
        lapses: true,
        question: { select: { title: true, type: true } },
      },
    }),
    db.reviewCard.findMany({ where: { userId, due: { lte: horizon } }, select: { due: true } }),
    db.reviewCard.count({ where: { userId } }),
  ]);
  return {
    due: due.map(
      (c): ReviewItem => ({
        questionId: c.questionId,
        title: c.question.title,
        type: fromDb(QUESTION_TYPES, c.question.type),
        due: c.due.toISOString(),
        state: c.state,
        reps: c.reps,
        lapses: c.lapses,
      }),
    ),
    dueCount: upcoming.filter((c) => c.due <= now).length,
    forecast: forecast(
      upcoming.map((c) => c.due),
      now,
      user.timeZone,
    ),
    scheduledTotal: total,
    timeZone: user.timeZone,
  };
}
