import "server-only";
// The mentoring part of the data export: both roles. As a candidate: invitations (without
// secrets), mentorships, review requests, the reviews and comments received, the access log.
// As a mentor: mentorships, and the reviews and comments the user wrote.
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { db } from "@/lib/server/db";
import { listAccessLog } from "./access-log";
import { listInvitations } from "./invitations";
import { mentorshipSelect, presentMentorship } from "./mentorships";
import { exportNotifications } from "./notifications";

export async function exportMentoring(userId: string) {
  const [invitations, ships, requests, reviews, comments, notifications, accessLog] = await Promise.all([
    listInvitations(userId),
    db.mentorship.findMany({
      where: { OR: [{ candidateId: userId }, { mentorId: userId }] },
      orderBy: { startedAt: "asc" },
      select: mentorshipSelect,
    }),
    db.reviewRequest.findMany({
      where: { candidateId: userId },
      orderBy: { requestedAt: "asc" },
      select: {
        id: true,
        mentorshipId: true,
        attemptId: true,
        mockId: true,
        note: true,
        requestedAt: true,
        completedAt: true,
        withdrawnAt: true,
      },
    }),
    // Both roles in one read: the reviews received and the reviews written.
    db.mentorReview.findMany({
      where: { OR: [{ candidateId: userId }, { mentorId: userId }] },
      orderBy: { createdAt: "asc" },
      select: {
        attemptId: true,
        candidateId: true,
        mentorId: true,
        ...SCORE_SELECT,
        summary: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.reviewComment.findMany({
      where: { OR: [{ authorId: userId }, { attempt: { userId } }] },
      orderBy: { createdAt: "asc" },
      take: 10_000,
      select: {
        id: true,
        attemptId: true,
        mentorId: true,
        authorId: true,
        parentId: true,
        body: true,
        createdAt: true,
      },
    }),
    // Rendered as the user may read them now: no title of an item they can no longer see.
    exportNotifications(userId),
    listAccessLog(userId, 10_000),
  ]);
  const mentorships = ships.map((m) => ({
    role: m.candidateId === userId ? "candidate" : "mentor",
    ...presentMentorship(m),
  }));
  const reviewsReceived = reviews
    .filter((r) => r.candidateId === userId)
    .map(({ candidateId: _, ...r }) => r);
  const reviewsWritten = reviews.filter((r) => r.mentorId === userId).map(({ mentorId: _, ...r }) => r);
  return {
    invitations,
    mentorships,
    reviewRequests: requests,
    reviewsReceived,
    reviewsWritten,
    comments,
    notifications,
    accessLog,
  };
}
