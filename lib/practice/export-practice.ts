import "server-only";
import { db } from "@/lib/server/db";
import { RESULT_SELECT } from "./attempts";

/** Practice attempts (with answers and scores), review schedule, quiz results, journal and interviews, for the data export. */
export async function exportPractice(userId: string) {
  const [attempts, reviewCards, quizResults, journalEntries, interviews] = await Promise.all([
    db.practiceAttempt.findMany({
      where: { userId },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        questionId: true,
        question: { select: { title: true } },
        status: true,
        format: true,
        answer: true,
        allocatedSeconds: true,
        startedAt: true,
        ...RESULT_SELECT,
        mockId: true,
        mockSlot: true,
      },
    }),
    db.reviewCard.findMany({
      where: { userId },
      select: { questionId: true, due: true, reps: true, lapses: true, state: true, lastReview: true },
    }),
    db.quizResult.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { questionId: true, knew: true, response: true, createdAt: true },
    }),
    db.journalEntry.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
    db.interview.findMany({
      where: { userId },
      orderBy: { date: "asc" },
      select: {
        id: true,
        company: true,
        date: true,
        kind: true,
        notes: true,
        checks: { select: { itemKey: true, checkedAt: true } },
      },
    }),
  ]);
  return {
    attempts: attempts.map(({ question, ...a }) => ({ ...a, questionTitle: question.title })),
    reviewCards,
    quizResults,
    journalEntries: journalEntries.map(({ userId: _u, ...e }) => e),
    interviews,
  };
}
