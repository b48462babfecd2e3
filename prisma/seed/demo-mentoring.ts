// The demo account's sample mentoring (prisma/seed/demo-mentoring-data.ts), written right after
// the demo history (prisma/seed/demo-history.ts), so its reviews point at that history's
// attempts. Whatever the pair had before (an older sample) is cleared first. Anyone can sign in
// as the demo mentor and see the queue from the other side.
import type { SeedDb } from "./db";
import {
  DEMO_MENTORSHIP,
  DEMO_OPEN_REQUESTS,
  DEMO_REQUEST_HOURS_AGO,
  DEMO_REQUEST_NOTES,
  DEMO_REVIEWS,
} from "./demo-mentoring-data";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export async function seedDemoMentoring(db: SeedDb, candidateId: string, mentorId: string, now = new Date()) {
  // A fresh sample: the pair's old mentorship (with its requests), reviews, threads, notifications
  // and reads go.
  await db.mentorship.deleteMany({ where: { candidateId, mentorId } });
  await db.mentorReview.deleteMany({ where: { candidateId, mentorId } });
  await db.reviewComment.deleteMany({ where: { mentorId, attempt: { userId: candidateId } } });
  await db.notification.deleteMany({ where: { userId: { in: [candidateId, mentorId] } } });
  await db.mentorAccessLog.deleteMany({ where: { candidateId, mentorId } });

  const [attempts, mock] = await Promise.all([
    db.practiceAttempt.findMany({
      where: { userId: candidateId, mockId: null, status: "SCORED" },
      select: { id: true, submittedAt: true, question: { select: { slug: true, title: true } } },
    }),
    db.mock.findFirst({
      where: { userId: candidateId, status: "FINISHED" },
      orderBy: { finishedAt: "desc" },
      select: { id: true },
    }),
  ]);
  // The history writes each attempt `daysAgo` days (plus a few hours) before `now`.
  const attemptOf = (slug: string, daysAgo: number) =>
    attempts.find(
      (a) =>
        a.question.slug === slug.split("/")[1] &&
        Math.floor((now.getTime() - a.submittedAt!.getTime()) / DAY) === daysAgo,
    );

  const mentorship = await db.mentorship.create({
    data: { candidateId, mentorId, ...DEMO_MENTORSHIP.scopes, startedAt: new Date(now.getTime() - DEMO_MENTORSHIP.daysAgo * DAY) },
    select: { id: true },
  });

  for (const r of DEMO_REVIEWS) {
    const a = attemptOf(r.slug, r.daysAgo);
    if (!a) continue; // a question retired from the bank since: the history skipped it too
    const at = new Date(a.submittedAt!.getTime() + r.afterDays * DAY);
    const requestedAt = new Date(a.submittedAt!.getTime() + HOUR);
    await db.reviewRequest.create({
      data: { mentorshipId: mentorship.id, candidateId, mentorId, attemptId: a.id, requestedAt, completedAt: at },
    });
    await db.mentorAccessLog.create({
      data: { candidateId, mentorId, itemKind: "attempt", itemId: a.id, itemLabel: a.question.title, at },
    });
    await db.mentorReview.create({
      data: {
        attemptId: a.id,
        candidateId,
        mentorId,
        technicalAccuracy: r.scores[0],
        communicationClarity: r.scores[1],
        problemSolving: r.scores[2],
        practicalConsiderations: r.scores[3],
        summary: r.summary,
        createdAt: at,
        updatedAt: at,
      },
    });
    // Older reviews have been read; the newest one is the candidate's unread notification.
    const newest = r === DEMO_REVIEWS.at(-1);
    await db.notification.create({
      data: {
        userId: candidateId,
        kind: "REVIEW_ARRIVED",
        actorId: mentorId,
        candidateId,
        attemptId: a.id,
        createdAt: at,
        readAt: newest ? null : new Date(at.getTime() + HOUR),
      },
    });
    if (r.thread) {
      const question = await db.reviewComment.create({
        data: { attemptId: a.id, mentorId, authorId: mentorId, body: r.thread.mentor, createdAt: at },
        select: { id: true },
      });
      await db.reviewComment.create({
        data: {
          attemptId: a.id,
          mentorId,
          authorId: candidateId,
          parentId: question.id,
          body: r.thread.reply,
          createdAt: new Date(at.getTime() + DAY),
        },
      });
    }
  }

  // Two requests waiting in the mentor's queue, each announced to the mentor.
  for (const [i, req] of DEMO_OPEN_REQUESTS.entries()) {
    const requestedAt = new Date(now.getTime() - DEMO_REQUEST_HOURS_AGO[i]! * HOUR);
    const item =
      "mock" in req
        ? mock && { mockId: mock.id }
        : (() => {
            const a = attemptOf(req.slug, req.daysAgo);
            return a && { attemptId: a.id };
          })();
    if (!item) continue;
    await db.reviewRequest.create({
      data: {
        mentorshipId: mentorship.id,
        candidateId,
        mentorId,
        attemptId: "attemptId" in item ? item.attemptId : null,
        mockId: "mockId" in item ? item.mockId : null,
        note: DEMO_REQUEST_NOTES[i]!,
        requestedAt,
      },
    });
    await db.notification.create({
      data: {
        userId: mentorId,
        kind: "REVIEW_REQUESTED",
        actorId: candidateId,
        candidateId,
        attemptId: "attemptId" in item ? item.attemptId : null,
        mockId: "mockId" in item ? item.mockId : null,
        createdAt: requestedAt,
      },
    });
  }
}
