import "server-only";
import { db } from "@/lib/server/db";

/** The user's own questions, bookmarks, notes and reveals, for the data export. */
export async function exportQuestions(userId: string) {
  const [personal, states] = await Promise.all([
    db.question.findMany({
      where: { ownerId: userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        prompt: true,
        type: true,
        focusArea: true,
        difficulty: true,
        allocatedMinutes: true,
        expectedMinutes: true,
        keyPoints: true,
        modelAnswer: true,
        discussionPoints: true,
        tags: true,
        companyType: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.userQuestionState.findMany({
      where: { userId },
      select: {
        questionId: true,
        challenged: true,
        note: true,
        revealedAt: true,
        updatedAt: true,
        question: { select: { title: true } },
      },
    }),
  ]);
  return {
    personalQuestions: personal,
    questionStates: states.map(({ question, ...s }) => ({ ...s, questionTitle: question.title })),
  };
}
