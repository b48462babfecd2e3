import "server-only";
// Mentor reviews (four 0-10 scores and a Markdown summary per attempt and mentor) and the
// comment thread between an attempt's owner and each mentor. Mentor-side functions take the
// grant from `mentorAccess`; candidate-side ones check ownership of the attempt.
import { type Prisma } from "@/lib/generated/prisma/client";
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { scoreSum, scoresOf } from "@/lib/practice/rating";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { type ItemGrant, itemKey, itemsVisibleToMentor } from "./access";
import { notify } from "./notifications";
import { type CommentInput, type ReviewInput } from "./schema";
import { FIX_FIELDS_MESSAGE } from "@/lib/messages";

type ReviewScores = ReviewInput["scores"];
export type ReviewView = {
  mentorId: string;
  mentorName: string;
  scores: ReviewScores;
  average: number;
  summary: string;
  createdAt: string;
  updatedAt: string;
};
export type CommentView = {
  id: string;
  parentId: string | null;
  author: { id: string; name: string; role: "candidate" | "mentor" };
  body: string;
  createdAt: string;
};
export type ThreadView = {
  mentor: { id: string; name: string };
  active: boolean;
  review: ReviewView | null;
  comments: CommentView[];
};

const reviewSelect = {
  mentorId: true,
  ...SCORE_SELECT,
  summary: true,
  createdAt: true,
  updatedAt: true,
  mentor: { select: { displayName: true } },
} satisfies Prisma.MentorReviewSelect;

type ReviewRow = Prisma.MentorReviewGetPayload<{ select: typeof reviewSelect }>;

function presentReview(r: ReviewRow): ReviewView {
  const scores = scoresOf(r);
  return {
    mentorId: r.mentorId,
    mentorName: r.mentor.displayName,
    scores,
    average: Math.round((scoreSum(scores) / 4) * 100) / 100,
    summary: r.summary,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const commentSelect = {
  id: true,
  parentId: true,
  authorId: true,
  body: true,
  createdAt: true,
  author: { select: { displayName: true } },
} as const;

function presentComments(
  rows: {
    id: string;
    parentId: string | null;
    authorId: string;
    body: string;
    createdAt: Date;
    author: { displayName: string };
  }[],
  mentorId: string,
): CommentView[] {
  return rows.map((c) => ({
    id: c.id,
    parentId: c.parentId,
    author: {
      id: c.authorId,
      name: c.author.displayName,
      role: c.authorId === mentorId ? "mentor" : "candidate",
    },
    body: c.body,
    createdAt: c.createdAt.toISOString(),
  }));
}

/** The mentor's own review and thread on an attempt they may see. */
export async function mentorThread(
  grant: ItemGrant,
): Promise<{ review: ReviewView | null; comments: CommentView[] }> {
  const [review, comments] = await Promise.all([
    db.mentorReview.findUnique({
      where: { attemptId_mentorId: { attemptId: grant.item.id, mentorId: grant.mentorId } },
      select: reviewSelect,
    }),
    db.reviewComment.findMany({
      where: { attemptId: grant.item.id, mentorId: grant.mentorId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
      select: commentSelect,
    }),
  ]);
  return {
    review: review ? presentReview(review) : null,
    comments: presentComments(comments, grant.mentorId),
  };
}

/** Creates or updates the mentor's review; completes the open request for the attempt (and for its mock once every answer is reviewed). */
export async function saveReview(
  grant: ItemGrant,
  input: ReviewInput,
  now = new Date(),
): Promise<ReviewView> {
  const attemptId = grant.item.id;
  const data = { ...input.scores, summary: input.summary };
  return db.$transaction(async (tx) => {
    const before = await tx.mentorReview.findUnique({
      where: { attemptId_mentorId: { attemptId, mentorId: grant.mentorId } },
      select: { id: true },
    });
    const row = await tx.mentorReview.upsert({
      where: { attemptId_mentorId: { attemptId, mentorId: grant.mentorId } },
      create: { attemptId, mentorId: grant.mentorId, candidateId: grant.candidateId, ...data },
      update: data,
      select: reviewSelect,
    });
    await tx.reviewRequest.updateMany({
      where: { mentorshipId: grant.mentorshipId, attemptId, completedAt: null, withdrawnAt: null },
      data: { completedAt: now },
    });
    if (grant.item.mockId) {
      const unreviewed = await tx.practiceAttempt.count({
        where: {
          mockId: grant.item.mockId,
          userId: grant.candidateId,
          mentorReviews: { none: { mentorId: grant.mentorId } },
        },
      });
      if (unreviewed === 0) {
        await tx.reviewRequest.updateMany({
          where: {
            mentorshipId: grant.mentorshipId,
            mockId: grant.item.mockId,
            completedAt: null,
            withdrawnAt: null,
          },
          data: { completedAt: now },
        });
      }
    }
    await notify(tx, grant.candidateId, "REVIEW_ARRIVED", {
      actorId: grant.mentorId,
      candidateId: grant.candidateId,
      attemptId,
      mockId: grant.item.mockId,
      again: before !== null,
    });
    return presentReview(row);
  });
}

async function addComment(
  tx: Prisma.TransactionClient,
  attemptId: string,
  mentorId: string,
  authorId: string,
  input: CommentInput,
) {
  if (input.parentId) {
    const parent = await tx.reviewComment.findFirst({
      where: { id: input.parentId, attemptId, mentorId },
      select: { id: true },
    });
    if (!parent)
      throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
        parentId: "Reply to a comment in this thread.",
      });
  }
  const row = await tx.reviewComment.create({
    data: { attemptId, mentorId, authorId, parentId: input.parentId ?? null, body: input.body },
    select: commentSelect,
  });
  return presentComments([row], mentorId)[0]!;
}

export async function mentorComment(grant: ItemGrant, input: CommentInput): Promise<CommentView> {
  if (input.mentorId && input.mentorId !== grant.mentorId) {
    throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      mentorId: "A mentor writes in their own thread; leave this out.",
    });
  }
  return db.$transaction(async (tx) => {
    const c = await addComment(tx, grant.item.id, grant.mentorId, grant.mentorId, input);
    await notify(tx, grant.candidateId, "COMMENT_ADDED", {
      actorId: grant.mentorId,
      candidateId: grant.candidateId,
      attemptId: grant.item.id,
      mockId: grant.item.mockId,
    });
    return c;
  });
}

async function ownAttempt(candidateId: string, attemptId: string) {
  const a = await db.practiceAttempt.findFirst({
    where: { id: attemptId, userId: candidateId },
    select: { id: true, mockId: true },
  });
  if (!a) throw notFound("That attempt does not exist or is not yours.");
  return a;
}

/** The candidate replies in one mentor's thread; that mentor must still be a current mentor. */
export async function candidateComment(
  candidateId: string,
  attemptId: string,
  input: CommentInput,
): Promise<CommentView> {
  const a = await ownAttempt(candidateId, attemptId);
  if (!input.mentorId)
    throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      mentorId: "Choose the mentor whose thread this is.",
    });
  const m = await db.mentorship.findFirst({
    where: { candidateId, mentorId: input.mentorId, endedAt: null },
    select: { id: true },
  });
  if (!m)
    throw new HttpError(400, "invalid_input", FIX_FIELDS_MESSAGE, {
      mentorId: "That person is not one of your current mentors.",
    });
  // The mentor hears of the reply only if they may open the attempt now (no title of an item
  // they cannot see reaches them); the reply waits in the thread either way.
  const ref = { candidateId, attemptId, mockId: a.mockId };
  const visible = (await itemsVisibleToMentor(input.mentorId, [ref])).has(itemKey(ref));
  return db.$transaction(async (tx) => {
    const c = await addComment(tx, attemptId, input.mentorId!, candidateId, input);
    if (visible) await notify(tx, input.mentorId!, "COMMENT_ADDED", { actorId: candidateId, ...ref });
    return c;
  });
}

/** Every mentor's review and thread on the candidate's attempt (mentors with neither are left out). */
export async function attemptThreads(candidateId: string, attemptId: string): Promise<ThreadView[]> {
  await ownAttempt(candidateId, attemptId);
  const [reviews, comments, active] = await Promise.all([
    db.mentorReview.findMany({ where: { attemptId }, select: reviewSelect }),
    db.reviewComment.findMany({
      where: { attemptId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 1000,
      select: { ...commentSelect, mentorId: true },
    }),
    db.mentorship.findMany({
      where: { candidateId, endedAt: null },
      select: { mentorId: true, mentor: { select: { displayName: true } } },
    }),
  ]);
  const mentorIds = [...new Set([...reviews.map((r) => r.mentorId), ...comments.map((c) => c.mentorId)])];
  const names = new Map<string, string>([
    ...active.map((m) => [m.mentorId, m.mentor.displayName] as const),
    ...reviews.map((r) => [r.mentorId, r.mentor.displayName] as const),
  ]);
  const missing = mentorIds.filter((id) => !names.has(id));
  if (missing.length)
    for (const u of await db.user.findMany({
      where: { id: { in: missing } },
      select: { id: true, displayName: true },
    }))
      names.set(u.id, u.displayName);
  const activeIds = new Set(active.map((m) => m.mentorId));
  return mentorIds.map((mentorId) => {
    const review = reviews.find((r) => r.mentorId === mentorId);
    return {
      mentor: { id: mentorId, name: names.get(mentorId) ?? "Former mentor" },
      active: activeIds.has(mentorId),
      review: review ? presentReview(review) : null,
      comments: presentComments(
        comments.filter((c) => c.mentorId === mentorId),
        mentorId,
      ),
    };
  });
}

/** Mentor reviews of a set of attempts (a mock's answers), optionally one mentor's only. */
export async function reviewsOfAttempts(attemptIds: string[], mentorId?: string) {
  if (attemptIds.length === 0) return [];
  const rows = await db.mentorReview.findMany({
    where: { attemptId: { in: attemptIds }, ...(mentorId ? { mentorId } : {}) },
    select: { ...reviewSelect, attemptId: true },
  });
  return rows.map((r) => ({ attemptId: r.attemptId, ...presentReview(r) }));
}
