import "server-only";
import { type AttemptStatus, type PauseReason, Prisma } from "@/lib/generated/prisma/client";
import { visibleTo } from "@/lib/questions/get-question";
import { QUESTION_TYPES, fromDb } from "@/lib/questions/taxonomy";
import { db, rows } from "@/lib/server/db";
import { HttpError, badRequest, conflict, notFound } from "@/lib/server/errors";
import { type Answer, type AnswerFormat, answerSchemaFor, emptyAnswer, formatForType, formatOfAnswer, isBlank } from "./answer";
import { SCORE_SELECT } from "./data/evaluation";
import { type Scores, averageTenths, scoresOf } from "./rating";
import { recordReview } from "./review";
import { scheduleRating } from "@/lib/practice/schedule-rating";
import { type ScoreInput } from "./schema";
import { elapsedMs, pause, resume } from "./timer";

/** An attempt's outcome: when it was submitted, the time it took, its scores and review rating (also in the data export). */
export const RESULT_SELECT = {
  submittedAt: true,
  timeSpentMs: true,
  ...SCORE_SELECT,
  keyPointsCovered: true,
  rating: true,
  scoredAt: true,
} as const satisfies Prisma.PracticeAttemptSelect;

const attemptSelect = {
  id: true,
  questionId: true,
  status: true,
  format: true,
  answer: true,
  version: true,
  allocatedSeconds: true,
  startedAt: true,
  activeMs: true,
  resumedAt: true,
  pausedBy: true,
  leftPage: true,
  ...RESULT_SELECT,
  createdAt: true,
  updatedAt: true,
  question: { select: { title: true, type: true, keyPoints: true, bonusPoints: true } },
} satisfies Prisma.PracticeAttemptSelect;

type Row = Prisma.PracticeAttemptGetPayload<{ select: typeof attemptSelect }>;

export type AttemptView = {
  id: string;
  questionId: string;
  questionTitle: string;
  questionType: string;
  status: "in-progress" | "submitted" | "scored";
  format: AnswerFormat;
  answer: Answer;
  version: number;
  allocatedSeconds: number;
  startedAt: string;
  /** The server's clock: active time as of `serverNow`, and whether it is running. */
  clock: { activeMs: number; running: boolean; pausedBy: "user" | "left" | null; serverNow: string };
  submittedAt: string | null;
  timeSpentMs: number | null;
  scores: Scores | null;
  /** Mean of the four scores in tenths (73 = 7.3); null until scored. */
  averageTenths: number | null;
  keyPointsCovered: number[];
  /** Must-have key points; the bonus points are numbered after them (lib/questions/key-points.ts). */
  keyPointCount: number;
  bonusPointCount: number;
  rating: number | null;
  scoredAt: string | null;
  createdAt: string;
  updatedAt: string;
};

const STATUS: Record<AttemptStatus, AttemptView["status"]> = {
  IN_PROGRESS: "in-progress",
  SUBMITTED: "submitted",
  SCORED: "scored",
};

function present(r: Row, now: Date): AttemptView {
  const scores = scoresOf(r);
  return {
    id: r.id,
    questionId: r.questionId,
    questionTitle: r.question.title,
    questionType: fromDb(QUESTION_TYPES, r.question.type),
    status: STATUS[r.status],
    format: r.format,
    answer: r.answer as Answer,
    version: r.version,
    allocatedSeconds: r.allocatedSeconds,
    startedAt: r.startedAt.toISOString(),
    clock: {
      activeMs: elapsedMs(r, now),
      running: r.resumedAt !== null,
      pausedBy: r.resumedAt !== null || !r.pausedBy ? null : r.pausedBy === "USER" ? "user" : "left",
      serverNow: now.toISOString(),
    },
    submittedAt: r.submittedAt?.toISOString() ?? null,
    timeSpentMs: r.timeSpentMs,
    scores,
    averageTenths: scores ? averageTenths(scores) : null,
    keyPointsCovered: r.keyPointsCovered,
    keyPointCount: r.question.keyPoints.length,
    bonusPointCount: r.question.bonusPoints.length,
    rating: r.rating,
    scoredAt: r.scoredAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const NOT_FOUND = "That attempt does not exist or is not yours.";

async function findRow(userId: string, id: string) {
  const row = await db.practiceAttempt.findFirst({ where: { id, userId }, select: attemptSelect });
  if (!row) throw notFound(NOT_FOUND);
  return row;
}

export async function getAttempt(userId: string, id: string): Promise<AttemptView> {
  return present(await findRow(userId, id), new Date());
}

/**
 * Starts practising a question: continues the user's attempt in progress for it if there is
 * one (so a second click or another device does not fork the answer), otherwise starts a new
 * attempt with the clock running. `created` says which.
 */
export async function startAttempt(userId: string, questionId: string) {
  const question = await db.question.findFirst({
    where: { id: questionId, ...visibleTo(userId) },
    select: { id: true, type: true, allocatedMinutes: true },
  });
  if (!question) throw new HttpError(404, "not_found", "That question does not exist or is not yours.", { questionId: "Choose a question from the bank." });
  const open = await db.practiceAttempt.findFirst({
    where: { userId, questionId, status: "IN_PROGRESS", mockId: null },
    orderBy: { createdAt: "desc" },
    select: attemptSelect,
  });
  if (open) return { created: false, attempt: present(open, new Date()) };
  const format = formatForType(fromDb(QUESTION_TYPES, question.type));
  const now = new Date();
  const row = await db.practiceAttempt.create({
    data: {
      userId,
      questionId,
      format,
      answer: emptyAnswer(format),
      allocatedSeconds: question.allocatedMinutes * 60,
      startedAt: now,
      resumedAt: now,
    },
    select: attemptSelect,
  });
  return { created: true, attempt: present(row, now) };
}

function checkShape(format: AnswerFormat, answer: unknown): Answer {
  const parsed = answerSchemaFor(format).safeParse(answer);
  if (!parsed.success) {
    const expected = format === "STAR" ? "situation, task, action and result" : format === "CODE" ? "code" : "text";
    throw badRequest(`This attempt's answer has the fields ${expected}.`, { answer: `Send ${expected}.` });
  }
  return parsed.data;
}

/** Why a conditional write matched nothing: 404, submitted (409) or stale version (409). */
async function explainMiss(userId: string, id: string, what: string): Promise<never> {
  const row = await db.practiceAttempt.findFirst({ where: { id, userId }, select: { status: true, version: true } });
  if (!row) throw notFound(NOT_FOUND);
  if (row.status !== "IN_PROGRESS") throw conflict(`This attempt was already submitted, so ${what} is no longer possible.`, "attempt_submitted");
  throw conflict(
    `Your answer was saved from another tab or device (now version ${row.version}). Load that text, or keep yours and save over it.`,
    "stale_version",
  );
}

const MOCK_OWNED = "This answer is part of a mock interview: continue it in the mock, whose clock it runs on.";

/** Practice's own writes leave the answers of mock interviews alone (their clock is the mock's). */
async function refuseMockAttempt(userId: string, id: string) {
  const row = await db.practiceAttempt.findFirst({ where: { id, userId }, select: { mockId: true } });
  if (!row) throw notFound(NOT_FOUND);
  if (row.mockId) throw conflict(MOCK_OWNED, "mock_attempt");
}

/**
 * Autosave: writes the answer if `version` is the current one and the attempt is in progress,
 * in one conditional UPDATE (two writers with the same version: exactly one wins, the other 409).
 * `mockId` says whose attempt it is: practice's own (null, the default) or that mock's.
 * The usual save is that one statement (the answer's shape names the format it must match);
 * only a save that matches nothing reads the row to say why (404, 400 or 409).
 */
export async function saveAnswer(userId: string, id: string, answer: Answer, version: number, mockId: string | null = null) {
  const saved = await writeAnswer({ id }, userId, answer, version, mockId);
  if (saved) return saved;
  const row = await db.practiceAttempt.findFirst({ where: { id, userId }, select: { format: true, mockId: true } });
  if (!row) throw notFound(NOT_FOUND);
  if (row.mockId !== mockId) {
    if (mockId === null) throw conflict(MOCK_OWNED, "mock_attempt");
    throw notFound(NOT_FOUND);
  }
  checkShape(row.format, answer);
  return explainMiss(userId, id, "saving");
}

/**
 * The autosave's one statement: writes the answer if the attempt (by id, or a mock's slot) is
 * the user's, in progress, at `version`, of `mockId` (null: not a mock's) and of the answer's
 * format; null when nothing matched (the caller then explains why). Raw SQL because this is
 * the hottest write (issue 20): Prisma's updateManyAndReturn costs more CPU than the UPDATE.
 */
export async function writeAnswer(
  target: { id: string } | { mockId: string; mockSlot: number },
  userId: string,
  answer: Answer,
  version: number,
  mockId: string | null,
) {
  const format = formatOfAnswer(answer);
  if (!format) return null;
  const json = JSON.stringify(answerSchemaFor(format).parse(answer));
  const which =
    "id" in target ? Prisma.sql`"id" = ${target.id}` : Prisma.sql`"mockId" = ${target.mockId} AND "mockSlot" = ${target.mockSlot}`;
  const ofMock = mockId === null ? Prisma.sql`"mockId" IS NULL` : Prisma.sql`"mockId" = ${mockId}`;
  // Straight through the pool as a prepared statement (rows(), issue 20 session 8), not Prisma's
  // query compiler. `updatedAt` is a timestamp without zone holding UTC: it is sent as ISO text
  // (PostgreSQL ignores the `Z`) and not read back (pg would read it in the process's zone).
  const now = new Date();
  const [row] = await rows<{ version: number }>(Prisma.sql`
    UPDATE "PracticeAttempt"
    SET "answer" = CAST(${json} AS jsonb), "version" = "version" + 1, "updatedAt" = CAST(${now.toISOString()} AS timestamp(3))
    WHERE ${which} AND "userId" = ${userId} AND "version" = ${version} AND "status" = 'IN_PROGRESS'
      AND ${ofMock} AND "format" = CAST(${format} AS "AnswerFormat")
    RETURNING "version"`);
  return row ? { version: row.version, savedAt: now.toISOString() } : null;
}

/**
 * `page`: on a left pause, the page that left (remembered even when the clock is already
 * paused); on a resume, the page asking — refused (the clock stays paused) when it is the page
 * that left, whose resume was on its way when it went (see Mock.leftPage).
 */
async function setClock(userId: string, id: string, change: typeof pause, pausedBy: PauseReason | null, page?: string) {
  await refuseMockAttempt(userId, id);
  const now = new Date();
  const row = await findRow(userId, id);
  if (row.status !== "IN_PROGRESS") return present(row, now);
  const leftPage = pausedBy === "LEFT" ? page : undefined;
  // Pausing a paused clock keeps its reason (leaving the page does not undo the user's Pause).
  if (pausedBy && !row.resumedAt) {
    if (leftPage !== undefined && row.leftPage !== leftPage) await db.practiceAttempt.updateMany({ where: { id, userId, status: "IN_PROGRESS" }, data: { leftPage } });
    return present(row, now);
  }
  if (!pausedBy && page !== undefined && row.leftPage === page) return present(row, now);
  const next = change(row, now);
  // Conditional on the clock we read, so a concurrent pause/resume cannot double-count (and on
  // the page that last left, so a resume cannot slip past that page's left pause).
  await db.practiceAttempt.updateMany({
    where: { id, userId, status: "IN_PROGRESS", activeMs: row.activeMs, resumedAt: row.resumedAt, leftPage: row.leftPage },
    data: { activeMs: next.activeMs, resumedAt: next.resumedAt, pausedBy, ...(leftPage !== undefined ? { leftPage } : {}) },
  });
  return getAttempt(userId, id);
}

/** Stops the clock: `user` (the Pause button; stays paused) or `left` (the page was left). */
export const pauseAttempt = (userId: string, id: string, reason: "user" | "left", page?: string) =>
  setClock(userId, id, pause, reason === "user" ? "USER" : "LEFT", page);
export const resumeAttempt = (userId: string, id: string, page?: string) => setClock(userId, id, resume, null, page);

/**
 * Submits: saves the final answer (when sent, with its version), stops the clock and fixes the
 * time spent. Submitting an attempt that is already submitted returns it unchanged.
 */
export async function submitAttempt(userId: string, id: string, input: { answer?: Answer; version?: number }) {
  await refuseMockAttempt(userId, id);
  const now = new Date();
  const row = await findRow(userId, id);
  if (row.status !== "IN_PROGRESS") return present(row, now);
  if (input.answer !== undefined && input.version === undefined) {
    throw badRequest("Send the version your answer is based on.", { version: "Send the version your answer is based on." });
  }
  const answer = input.answer === undefined ? undefined : checkShape(row.format, input.answer);
  const version = input.version ?? row.version;
  const spent = elapsedMs(row, now);
  const result = await db.practiceAttempt.updateMany({
    where: { id, userId, status: "IN_PROGRESS", version, activeMs: row.activeMs, resumedAt: row.resumedAt },
    data: {
      ...(answer ? { answer, version: { increment: 1 } } : {}),
      status: "SUBMITTED",
      submittedAt: now,
      activeMs: spent,
      resumedAt: null,
      pausedBy: null,
      timeSpentMs: spent,
    },
  });
  if (result.count === 0) {
    const current = await findRow(userId, id);
    if (current.status !== "IN_PROGRESS") return present(current, new Date()); // submitted meanwhile
    if (current.version !== version) return explainMiss(userId, id, "submitting");
    return submitAttempt(userId, id, input); // the clock moved (pause/resume) meanwhile: try again
  }
  return getAttempt(userId, id);
}

/**
 * Self-scores a submitted attempt. The first scoring rates the question for review (FSRS);
 * scoring again corrects the stored scores without reviewing the question twice.
 */
export async function scoreAttempt(userId: string, id: string, input: ScoreInput) {
  const now = new Date();
  const row = await findRow(userId, id);
  if (row.status === "IN_PROGRESS") throw conflict("Submit the attempt before scoring it.", "attempt_not_submitted");
  if (isBlank(row.answer as Answer)) {
    throw conflict("This answer is blank, so there is nothing to score: blank answers are not scored and do not count as answered.", "answer_blank");
  }
  const keyPoints = [...new Set(input.keyPointsCovered)].sort((a, b) => a - b);
  // Must-haves, then bonus points, numbered from 0 (lib/questions/key-points.ts).
  const must = row.question.keyPoints.length;
  const bonus = row.question.bonusPoints.length;
  const outOfRange = keyPoints.find((k) => k >= must + bonus);
  if (outOfRange !== undefined) {
    throw badRequest("Some ticked key points do not exist on this question.", {
      keyPointsCovered: `This question has ${must + bonus} key points (${must} must-have${bonus ? `, ${bonus} bonus` : ""}), numbered from 0.`,
    });
  }
  const scores = scoresOf(input.scores);
  // The strictest of the self-scores and the newest AI review (lib/ai/schedule.ts).
  const ai = await db.aiReview.findFirst({
    where: { attemptId: id, userId },
    orderBy: { createdAt: "desc" },
    select: SCORE_SELECT,
  });
  const rating = scheduleRating(scores, ai);
  await db.$transaction(async (tx) => {
    const first = await tx.practiceAttempt.updateMany({
      where: { id, userId, status: "SUBMITTED" },
      data: { ...scores, keyPointsCovered: keyPoints, status: "SCORED", rating, scoredAt: now },
    });
    if (first.count === 1) {
      await recordReview(tx, userId, row.questionId, rating, now);
      return;
    }
    await tx.practiceAttempt.updateMany({ where: { id, userId, status: "SCORED" }, data: { ...scores, keyPointsCovered: keyPoints } });
  });
  return getAttempt(userId, id);
}

export type AttemptSummary = Pick<
  AttemptView,
  "id" | "questionId" | "questionTitle" | "questionType" | "status" | "scores" | "averageTenths" | "timeSpentMs" | "allocatedSeconds" | "keyPointsCovered" | "keyPointCount" | "bonusPointCount" | "createdAt" | "submittedAt"
>;

/** The user's attempts, newest first; of one question when `questionId` is given. */
export async function listAttempts(userId: string, opts: { questionId?: string; limit?: number } = {}): Promise<AttemptSummary[]> {
  const rows = await db.practiceAttempt.findMany({
    where: { userId, ...(opts.questionId ? { questionId: opts.questionId } : {}) },
    orderBy: { createdAt: "desc" },
    take: opts.limit ?? 20,
    select: attemptSelect,
  });
  const now = new Date();
  return rows.map((r) => {
    const v = present(r, now);
    return {
      id: v.id,
      questionId: v.questionId,
      questionTitle: v.questionTitle,
      questionType: v.questionType,
      status: v.status,
      scores: v.scores,
      averageTenths: v.averageTenths,
      timeSpentMs: v.status === "in-progress" ? v.clock.activeMs : v.timeSpentMs,
      allocatedSeconds: v.allocatedSeconds,
      keyPointsCovered: v.keyPointsCovered,
      keyPointCount: v.keyPointCount,
      bonusPointCount: v.bonusPointCount,
      createdAt: v.createdAt,
      submittedAt: v.submittedAt,
    };
  });
}
