import "server-only";
// Loads the pairs behind the calibration view: every mentor review of the candidate's
// attempts that the candidate also self-scored (the newest 2,000; `calibration` orders them).
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { scoresOf } from "@/lib/practice/rating";
import { db } from "@/lib/server/db";
import { type Calibration, calibration } from "./calibration";

export async function getCalibration(candidateId: string): Promise<Calibration> {
  const rows = await db.mentorReview.findMany({
    where: { candidateId, attempt: { userId: candidateId, status: "SCORED" } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 2000,
    select: {
      attemptId: true,
      updatedAt: true,
      ...SCORE_SELECT,
      mentor: { select: { displayName: true } },
      attempt: {
        select: {
          ...SCORE_SELECT,
          question: { select: { title: true, focusArea: true } },
        },
      },
    },
  });
  return calibration(
    rows.map((r) => ({
      attemptId: r.attemptId,
      questionTitle: r.attempt.question.title,
      focusArea: r.attempt.question.focusArea,
      mentorName: r.mentor.displayName,
      reviewedAt: r.updatedAt,
      // The query reads scored attempts only, so their four scores are set.
      self: scoresOf(r.attempt)!,
      mentor: scoresOf(r),
    })),
  );
}
