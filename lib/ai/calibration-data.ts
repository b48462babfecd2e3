import "server-only";
// Loads the three voices for the calibration view: the newest AI review of each of the user's
// answers (at most 2,000 answers), their self-scores when scored, and the mean of the mentors'
// reviews of the same answer.
import { SCORE_FIELDS, SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { scoresOf } from "@/lib/practice/rating";
import { db } from "@/lib/server/db";
import { type PointScores, type Voices, threeVoices } from "./calibration";

export async function getThreeVoices(userId: string): Promise<Voices> {
  const reviews = await db.aiReview.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 4000,
    select: {
      attemptId: true,
      createdAt: true,
      ...SCORE_SELECT,
      attempt: {
        select: {
          status: true,
          ...SCORE_SELECT,
          question: { select: { title: true, focusArea: true } },
          mentorReviews: {
            select: SCORE_SELECT,
          },
        },
      },
    },
  });
  const newest = new Map<string, (typeof reviews)[number]>();
  for (const r of reviews) if (!newest.has(r.attemptId) && newest.size < 2000) newest.set(r.attemptId, r);
  return threeVoices(
    [...newest.values()].map((r) => {
      const m = r.attempt.mentorReviews;
      return {
        attemptId: r.attemptId,
        questionTitle: r.attempt.question.title,
        focusArea: r.attempt.question.focusArea,
        reviewedAt: r.createdAt,
        ai: scoresOf(r),
        self: r.attempt.status === "SCORED" ? scoresOf(r.attempt) : null,
        mentor: m.length
          ? (Object.fromEntries(SCORE_FIELDS.map((f) => [f, m.reduce((a, x) => a + x[f], 0) / m.length])) as PointScores)
          : null,
      };
    }),
  );
}
