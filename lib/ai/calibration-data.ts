import "server-only";
// Loads the three voices for the calibration view: the newest AI review of each of the user's
// answers (at most 2,000 answers), their self-scores when scored, and the mean of the mentors'
// reviews of the same answer.
import { SCORE_FIELDS } from "@/lib/practice/data/evaluation";
import { db } from "@/lib/server/db";
import { type PointScores, type Voices, threeVoices } from "./calibration";

const pick = (r: Record<string, unknown>): PointScores =>
  Object.fromEntries(SCORE_FIELDS.map((f) => [f, r[f] as number])) as PointScores;

export async function getThreeVoices(userId: string): Promise<Voices> {
  const reviews = await db.aiReview.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 4000,
    select: {
      attemptId: true,
      createdAt: true,
      technicalAccuracy: true,
      communicationClarity: true,
      problemSolving: true,
      practicalConsiderations: true,
      attempt: {
        select: {
          status: true,
          technicalAccuracy: true,
          communicationClarity: true,
          problemSolving: true,
          practicalConsiderations: true,
          question: { select: { title: true, focusArea: true } },
          mentorReviews: {
            select: { technicalAccuracy: true, communicationClarity: true, problemSolving: true, practicalConsiderations: true },
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
        ai: pick(r),
        self: r.attempt.status === "SCORED" ? pick(r.attempt) : null,
        mentor: m.length
          ? (Object.fromEntries(SCORE_FIELDS.map((f) => [f, m.reduce((a, x) => a + x[f], 0) / m.length])) as PointScores)
          : null,
      };
    }),
  );
}
