import "server-only";
// Loads the pairs behind the calibration view: every mentor review of the candidate's
// attempts that the candidate also self-scored (the newest 2,000; `calibration` orders them).
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
      technicalAccuracy: true,
      communicationClarity: true,
      problemSolving: true,
      practicalConsiderations: true,
      mentor: { select: { displayName: true } },
      attempt: {
        select: {
          technicalAccuracy: true,
          communicationClarity: true,
          problemSolving: true,
          practicalConsiderations: true,
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
      self: {
        technicalAccuracy: r.attempt.technicalAccuracy!,
        communicationClarity: r.attempt.communicationClarity!,
        problemSolving: r.attempt.problemSolving!,
        practicalConsiderations: r.attempt.practicalConsiderations!,
      },
      mentor: {
        technicalAccuracy: r.technicalAccuracy,
        communicationClarity: r.communicationClarity,
        problemSolving: r.problemSolving,
        practicalConsiderations: r.practicalConsiderations,
      },
    })),
  );
}
