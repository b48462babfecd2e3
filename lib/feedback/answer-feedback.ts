import "server-only";
// Key-point coverage of submitted answers, stored in AnswerFeedback: computed when an answer is
// submitted (or its mock finishes) and, for older or stale rows, when first read. Readers get
// the owner's, the mentor's (through mentorAccess) or the mock report's view of it.
import { type Prisma } from "@/lib/generated/prisma/client";
import { readAttemptAccess } from "@/lib/mentors/mentor-reads";
import { loadSettled } from "@/lib/mocks/store";
import { type Answer } from "@/lib/practice/answer";
import { QUESTION_TYPES, fromDb } from "@/lib/questions/taxonomy";
import { db } from "@/lib/server/db";
import { HttpError, conflict, notFound } from "@/lib/server/errors";
import { log } from "@/lib/server/log";
import { type CoverageQuestion, analyseAnswer } from "./coverage";
import {
  ENGINE_VERSION,
  type FeedbackView,
  type StoredCoverage,
  feedbackInputHash,
  feedbackView,
  isCurrent,
  toStored,
} from "./stored";

const attemptSelect = {
  id: true,
  status: true,
  answer: true,
  allocatedSeconds: true,
  mockId: true,
  question: {
    select: {
      slug: true,
      type: true,
      keyPoints: true,
      bonusPoints: true,
      allocatedMinutes: true,
      prompt: true,
      modelAnswer: true,
    },
  },
  feedback: {
    select: { attemptId: true, engineVersion: true, inputHash: true, coverage: true, computedAt: true },
  },
} satisfies Prisma.PracticeAttemptSelect;
type AttemptRow = Prisma.PracticeAttemptGetPayload<{ select: typeof attemptSelect }>;

function coverageQuestion(a: AttemptRow): CoverageQuestion {
  return {
    slug: a.question.slug ?? `personal:${a.id}`,
    type: fromDb(QUESTION_TYPES, a.question.type),
    // Must-have points, then bonus points: the numbering keyPointsCovered uses (lib/questions/key-points.ts).
    keyPoints: a.question.keyPoints,
    bonusPoints: a.question.bonusPoints,
    // The time the candidate was given: the attempt's own (a mock's share of a block can be
    // scaled for tests, so mock answers use the question's).
    allocatedMinutes: a.mockId
      ? a.question.allocatedMinutes
      : Math.max(1, Math.round(a.allocatedSeconds / 60)),
    prompt: a.question.prompt,
    modelAnswer: a.question.modelAnswer,
  };
}

/**
 * The stored row of a submitted attempt, computed if missing or stale and then stored, unless
 * `store` is false: a mentor's read never writes the candidate's data (it computes and shows).
 */
async function current(a: AttemptRow, store = true): Promise<FeedbackView> {
  const question = coverageQuestion(a);
  const answer = a.answer as Answer;
  const hash = feedbackInputHash(question, answer);
  if (a.feedback && isCurrent(a.feedback, hash)) {
    return feedbackView({ ...a.feedback, coverage: a.feedback.coverage as StoredCoverage }, answer);
  }
  const result = analyseAnswer(question, answer);
  const coverage = toStored(result);
  if (!store)
    return feedbackView(
      { attemptId: a.id, engineVersion: ENGINE_VERSION, computedAt: new Date(), coverage },
      answer,
    );
  const data = {
    engineVersion: ENGINE_VERSION,
    inputHash: hash,
    coverage: coverage as unknown as Prisma.InputJsonValue,
    covered: result.counts.covered,
    partly: result.counts.partly,
    missing: result.counts.missing,
    suggestedScore: result.suggestedScore.value,
    computedAt: new Date(),
  };
  const row = await db.answerFeedback.upsert({
    where: { attemptId: a.id },
    create: { attemptId: a.id, ...data },
    update: data,
    select: { attemptId: true, engineVersion: true, computedAt: true },
  });
  return feedbackView({ ...row, coverage }, answer);
}

/**
 * The coverage of these attempts (submitted ones only; others are left out), computing what is
 * missing or stale. Callers have already checked who may see them.
 */
export async function ensureFeedback(
  attemptIds: readonly string[],
  { store = true }: { store?: boolean } = {},
): Promise<Map<string, FeedbackView>> {
  const out = new Map<string, FeedbackView>();
  if (attemptIds.length === 0) return out;
  const rows = await db.practiceAttempt.findMany({
    where: { id: { in: [...attemptIds] }, status: { not: "IN_PROGRESS" } },
    select: attemptSelect,
  });
  for (const a of rows) out.set(a.id, await current(a, store));
  return out;
}

/**
 * Computes and stores coverage right after answers are submitted. A failure is logged and not
 * passed on: the submission stands, and the next read computes the coverage again.
 */
export async function recordFeedback(attemptIds: readonly string[]): Promise<void> {
  try {
    await ensureFeedback(attemptIds);
  } catch (e) {
    log("error", "feedback.compute_failed", {
      attemptIds,
      error: e instanceof Error ? e.message : String(e),
    });
  }
}

/** For pages: the feedback, or null (logged) if it cannot be computed, so the page still shows the answer. */
export async function orNoFeedback<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof HttpError && e.status < 500) throw e;
    log("error", "feedback.view_failed", { error: e instanceof Error ? e.message : String(e) });
    return null;
  }
}

const NOT_FOUND = "That attempt does not exist or is not yours.";

/** The owner's view of one attempt's coverage (409 while the attempt is in progress). */
export async function attemptFeedback(userId: string, attemptId: string): Promise<FeedbackView> {
  const a = await db.practiceAttempt.findFirst({ where: { id: attemptId, userId }, select: attemptSelect });
  if (!a) throw notFound(NOT_FOUND);
  if (a.status === "IN_PROGRESS") {
    throw conflict(
      "Submit the answer first: its feedback is computed when it is submitted.",
      "attempt_not_submitted",
    );
  }
  return current(a);
}

/** The owner's view of one mock answer's coverage (409 while the mock is running). */
export async function mockAnswerFeedback(
  userId: string,
  mockId: string,
  slot: number,
): Promise<FeedbackView> {
  const mock = await loadSettled(userId, mockId);
  if (mock.status === "IN_PROGRESS") {
    throw conflict(
      "The feedback on mock answers is ready once the mock interview is finished.",
      "mock_not_finished",
    );
  }
  const a = await db.practiceAttempt.findFirst({
    where: { mockId: mock.id, userId, mockSlot: slot },
    select: attemptSelect,
  });
  if (!a)
    throw new HttpError(404, "not_found", "This mock has no question with that number.", {
      slot: "That question is not in this mock.",
    });
  return current(a);
}

/** A mentor's view of a mentee's attempt (or mock answer), by the attempt's own sharing rules. */
export async function mentorFeedback(
  viewerId: string,
  menteeId: string,
  attemptId: string,
): Promise<FeedbackView> {
  await readAttemptAccess(viewerId, menteeId, attemptId);
  const a = await db.practiceAttempt.findFirst({
    where: { id: attemptId, userId: menteeId, status: { not: "IN_PROGRESS" } },
    select: attemptSelect,
  });
  if (!a) throw notFound(NOT_FOUND);
  return current(a, false);
}

/** Coverage of every submitted answer of the user, for the data export (computing what is missing). */
export async function exportAnswerFeedback(userId: string) {
  const ids = await db.practiceAttempt.findMany({
    where: { userId, status: { not: "IN_PROGRESS" } },
    orderBy: { startedAt: "asc" },
    select: { id: true },
  });
  const views = await ensureFeedback(ids.map((r) => r.id));
  return ids.flatMap((r) => {
    const v = views.get(r.id);
    return v ? [v] : [];
  });
}
