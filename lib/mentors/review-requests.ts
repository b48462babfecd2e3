import "server-only";
// "Ask for a review": a candidate shares one attempt or one finished mock with one mentor and
// puts it in that mentor's queue. Saving a review completes the request.
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { planTitle as titleOfPlan } from "./access";
import { notify } from "./notifications";
import { byWaitingTime, waitedLabel } from "./waiting";

export const attemptPath = (candidateId: string, attemptId: string) =>
  `/mentoring/${candidateId}/attempts/${attemptId}`;
export const mockPath = (candidateId: string, mockId: string) => `/mentoring/${candidateId}/mocks/${mockId}`;

export type ReviewRequestView = {
  id: string;
  kind: "attempt" | "mock";
  itemId: string;
  title: string;
  mentorshipId: string;
  mentorName: string;
  note: string;
  requestedAt: string;
  completedAt: string | null;
};

export async function createReviewRequest(
  candidateId: string,
  input: { mentorshipId: string; attemptId?: string; mockId?: string; note: string },
) {
  const m = await db.mentorship.findFirst({
    where: { id: input.mentorshipId, candidateId, endedAt: null },
    select: {
      id: true,
      mentorId: true,
      mentor: { select: { displayName: true } },
    },
  });
  if (!m)
    throw new HttpError(404, "not_found", "That mentor is not one of your current mentors.", {
      mentorshipId: "Choose one of your mentors.",
    });
  let title: string;
  if (input.attemptId) {
    const a = await db.practiceAttempt.findFirst({
      where: { id: input.attemptId, userId: candidateId },
      select: { status: true, question: { select: { title: true } } },
    });
    if (!a) throw notFound("That attempt does not exist or is not yours.");
    if (a.status === "IN_PROGRESS")
      throw new HttpError(409, "attempt_in_progress", "Submit the attempt before asking for a review.");
    title = a.question.title;
  } else {
    const mock = await db.mock.findFirst({
      where: { id: input.mockId!, userId: candidateId },
      select: { status: true, plan: true },
    });
    if (!mock) throw notFound("That mock interview does not exist or is not yours.");
    if (mock.status !== "FINISHED")
      throw new HttpError(409, "mock_not_finished", "Finish the mock interview before asking for a review.");
    title = titleOfPlan(mock.plan);
  }
  const open = await db.reviewRequest.findFirst({
    where: {
      mentorshipId: m.id,
      completedAt: null,
      withdrawnAt: null,
      ...(input.attemptId ? { attemptId: input.attemptId } : { mockId: input.mockId }),
    },
    select: { id: true },
  });
  if (open)
    throw new HttpError(
      409,
      "already_requested",
      `${m.mentor.displayName} already has this in their review queue.`,
    );
  return db.$transaction(async (tx) => {
    const r = await tx.reviewRequest.create({
      data: {
        mentorshipId: m.id,
        candidateId,
        mentorId: m.mentorId,
        attemptId: input.attemptId ?? null,
        mockId: input.mockId ?? null,
        note: input.note,
      },
      select: { id: true, requestedAt: true },
    });
    await notify(tx, m.mentorId, "REVIEW_REQUESTED", {
      actorId: candidateId,
      candidateId,
      attemptId: input.attemptId ?? null,
      mockId: input.mockId ?? null,
    });
    const view: ReviewRequestView = {
      id: r.id,
      kind: input.attemptId ? "attempt" : "mock",
      itemId: (input.attemptId ?? input.mockId)!,
      title,
      mentorshipId: m.id,
      mentorName: m.mentor.displayName,
      note: input.note,
      requestedAt: r.requestedAt.toISOString(),
      completedAt: null,
    };
    return view;
  });
}

/**
 * Withdraws a request, pending or completed: the item stops being shared with that mentor at
 * once (unless a scope or another open request still shares it) and leaves their queue. The
 * mentor's review stays on the candidate's attempt: it is the candidate's feedback.
 */
export async function withdrawReviewRequest(candidateId: string, id: string, now = new Date()) {
  const res = await db.reviewRequest.updateMany({
    where: { id, candidateId, withdrawnAt: null },
    data: { withdrawnAt: now },
  });
  if (res.count === 0)
    throw notFound("That review request does not exist, is not yours or is already withdrawn.");
  return { ok: true };
}

/** The candidate's requests (not withdrawn) for one item, newest first: shown beside the "Ask for a review" button. */
export async function requestsForItem(
  candidateId: string,
  item: { attemptId?: string; mockId?: string },
): Promise<ReviewRequestView[]> {
  const rows = await db.reviewRequest.findMany({
    where: {
      candidateId,
      withdrawnAt: null,
      ...(item.attemptId ? { attemptId: item.attemptId } : { mockId: item.mockId }),
      mentorship: { endedAt: null },
    },
    orderBy: { requestedAt: "desc" },
    select: {
      id: true,
      attemptId: true,
      mockId: true,
      note: true,
      requestedAt: true,
      completedAt: true,
      mentorshipId: true,
      mentorship: { select: { mentor: { select: { displayName: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.attemptId ? "attempt" : "mock",
    itemId: (r.attemptId ?? r.mockId)!,
    title: "",
    mentorshipId: r.mentorshipId,
    mentorName: r.mentorship.mentor.displayName,
    note: r.note,
    requestedAt: r.requestedAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
  }));
}

type QueueItem = {
  id: string;
  kind: "attempt" | "mock";
  title: string;
  candidate: { id: string; name: string };
  note: string;
  requestedAt: string;
  waited: string;
  waitedMs: number;
  link: string;
};

/** The mentor's open requests from active mentorships, oldest first. */
export async function reviewQueue(mentorId: string, now = new Date()): Promise<QueueItem[]> {
  // One statement with its joins (issue 20): Prisma's nested select ran one query per relation.
  const rows = await db.$queryRaw<QueueRow[]>`
    SELECT r."id", r."candidateId", r."attemptId", r."mockId", r."note", r."requestedAt",
           q."title" AS "questionTitle",
           CASE WHEN jsonb_typeof(m."plan"->'title') = 'string' THEN m."plan"->>'title' END AS "mockTitle",
           u."displayName" AS "candidateName"
    FROM "ReviewRequest" r
    JOIN "Mentorship" ms ON ms."id" = r."mentorshipId" AND ms."endedAt" IS NULL
    JOIN "User" u ON u."id" = ms."candidateId"
    LEFT JOIN "PracticeAttempt" a ON a."id" = r."attemptId"
    LEFT JOIN "Question" q ON q."id" = a."questionId"
    LEFT JOIN "Mock" m ON m."id" = r."mockId"
    WHERE r."mentorId" = ${mentorId} AND r."completedAt" IS NULL AND r."withdrawnAt" IS NULL
    ORDER BY r."requestedAt" ASC, r."id" ASC
    LIMIT 200`;
  return byWaitingTime(rows).map((r) => ({
    id: r.id,
    kind: r.attemptId ? "attempt" : "mock",
    title: r.attemptId ? (r.questionTitle ?? "") : (r.mockTitle ?? titleOfPlan(null)),
    candidate: { id: r.candidateId, name: r.candidateName },
    note: r.note,
    requestedAt: r.requestedAt.toISOString(),
    waited: waitedLabel(r.requestedAt, now),
    waitedMs: now.getTime() - r.requestedAt.getTime(),
    link: r.attemptId ? attemptPath(r.candidateId, r.attemptId) : mockPath(r.candidateId, r.mockId!),
  }));
}

type QueueRow = {
  id: string;
  candidateId: string;
  attemptId: string | null;
  mockId: string | null;
  note: string;
  requestedAt: Date;
  questionTitle: string | null;
  mockTitle: string | null;
  candidateName: string;
};
