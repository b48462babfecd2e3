import "server-only";
// What the candidate's attempt page and mock report show of mentoring: current mentors (to
// ask), open and completed requests, and every mentor's review and thread.
import { db } from "@/lib/server/db";
import { requestsForItem } from "./review-requests";
import { attemptThreads, reviewsOfAttempts } from "./reviews";

async function currentMentors(candidateId: string) {
  const rows = await db.mentorship.findMany({
    where: { candidateId, endedAt: null },
    orderBy: { startedAt: "asc" },
    select: { id: true, mentor: { select: { displayName: true } } },
  });
  return rows.map((r) => ({ mentorshipId: r.id, name: r.mentor.displayName }));
}

export async function attemptMentoring(candidateId: string, attemptId: string) {
  const [threads, mentors, requests] = await Promise.all([
    attemptThreads(candidateId, attemptId),
    currentMentors(candidateId),
    requestsForItem(candidateId, { attemptId }),
  ]);
  return { threads, mentors, requests };
}

export async function mockMentoring(candidateId: string, mockId: string, attemptIds: string[]) {
  const [reviews, mentors, requests] = await Promise.all([
    reviewsOfAttempts(attemptIds),
    currentMentors(candidateId),
    requestsForItem(candidateId, { mockId }),
  ]);
  return { reviews, mentors, requests };
}
