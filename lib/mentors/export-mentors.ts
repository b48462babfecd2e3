import "server-only";
// The mentoring part of the data export: both roles. As a candidate: invitations (without
// secrets), mentorships, review requests, the reviews and comments received, the access log.
// As a mentor: mentorships, and the reviews and comments the user wrote.
import { db } from "@/lib/server/db";
import { listAccessLog } from "./access-log";
import { listInvitations } from "./invitations";
import { scopesOf } from "./scopes";

export async function exportMentoring(userId: string) {
  const [invitations, ships, requests, reviewsReceived, reviewsWritten, comments, notifications, accessLog] =
    await Promise.all([
      listInvitations(userId),
      db.mentorship.findMany({
        where: { OR: [{ candidateId: userId }, { mentorId: userId }] },
        orderBy: { startedAt: "asc" },
        select: {
          id: true,
          candidateId: true,
          mentorId: true,
          shareAttempts: true,
          shareMocks: true,
          shareProgress: true,
          shareOffers: true,
          sharePlan: true,
          startedAt: true,
          endedAt: true,
          candidate: { select: { displayName: true } },
          mentor: { select: { displayName: true } },
        },
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
      db.mentorReview.findMany({
        where: { candidateId: userId },
        orderBy: { createdAt: "asc" },
        select: {
          attemptId: true,
          mentorId: true,
          technicalAccuracy: true,
          communicationClarity: true,
          problemSolving: true,
          practicalConsiderations: true,
          summary: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
      db.mentorReview.findMany({
        where: { mentorId: userId },
        orderBy: { createdAt: "asc" },
        select: {
          attemptId: true,
          candidateId: true,
          technicalAccuracy: true,
          communicationClarity: true,
          problemSolving: true,
          practicalConsiderations: true,
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
      db.notification.findMany({
        where: { userId },
        orderBy: { createdAt: "asc" },
        take: 10_000,
        select: { kind: true, text: true, link: true, readAt: true, createdAt: true },
      }),
      listAccessLog(userId, 10_000),
    ]);
  const mentorships = ships.map((m) => ({
    id: m.id,
    role: m.candidateId === userId ? "candidate" : "mentor",
    candidate: { id: m.candidateId, name: m.candidate.displayName },
    mentor: { id: m.mentorId, name: m.mentor.displayName },
    scopes: scopesOf(m),
    startedAt: m.startedAt.toISOString(),
    endedAt: m.endedAt?.toISOString() ?? null,
  }));
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
