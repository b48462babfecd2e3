import "server-only";
// AI reviews of a user's own submitted answers (practice attempts and mock interview answers):
// the checks before anything is sent, the run, and the reads. Only a complete, validated
// review is stored, in one insert after the endpoint has finished.
import { type Prisma } from "@/lib/generated/prisma/client";
import { itemsVisibleToMentor } from "@/lib/mentors/access";
import { readAttemptAccess } from "@/lib/mentors/mentor-reads";
import { type Answer, answerAsMarkdown, isBlank } from "@/lib/practice/answer";
import { SCORE_FIELDS, type ScoreField } from "@/lib/practice/data/evaluation";
import { fromDb, QUESTION_TYPES } from "@/lib/questions/taxonomy";
import { bandValue } from "@/lib/rubric/scores";
import { LOCK_SPACE, tryAdvisoryLock } from "@/lib/server/advisory-lock";
import { db } from "@/lib/server/db";
import { HttpError, notFound } from "@/lib/server/errors";
import { type StreamEvents, generateReview } from "./client";
import { type AiConfig, aiConfig } from "./config";
import { MAX_ANSWER_CHARS, PROMPT_VERSION, buildPrompt } from "./prompt";
import { type KeyPointVerdict, meanScore } from "./result";

const DAY_MS = 86_400_000;

export type AiReviewView = {
  id: string;
  attemptId: string;
  scores: Record<ScoreField, { score: number; reason: string }>;
  mean: number;
  band: string;
  keyPoints: (KeyPointVerdict & { text: string })[];
  improvements: string[];
  summary: string;
  model: string;
  promptVersion: string;
  promptTokens: number | null;
  completionTokens: number | null;
  createdAt: string;
};

const reviewSelect = {
  id: true,
  attemptId: true,
  technicalAccuracy: true,
  technicalAccuracyReason: true,
  communicationClarity: true,
  communicationClarityReason: true,
  problemSolving: true,
  problemSolvingReason: true,
  practicalConsiderations: true,
  practicalConsiderationsReason: true,
  keyPoints: true,
  improvements: true,
  summary: true,
  model: true,
  promptVersion: true,
  promptTokens: true,
  completionTokens: true,
  createdAt: true,
  attempt: { select: { question: { select: { keyPoints: true } } } },
} satisfies Prisma.AiReviewSelect;

type Row = Prisma.AiReviewGetPayload<{ select: typeof reviewSelect }>;

function present(r: Row): AiReviewView {
  const scores = Object.fromEntries(
    SCORE_FIELDS.map((f) => [f, { score: r[f], reason: r[`${f}Reason` as const] }]),
  ) as AiReviewView["scores"];
  const mean = meanScore(scores);
  const texts = r.attempt.question.keyPoints;
  return {
    id: r.id,
    attemptId: r.attemptId,
    scores,
    mean,
    band: bandValue(mean),
    keyPoints: (r.keyPoints as KeyPointVerdict[]).map((k) => ({ ...k, text: texts[k.index] ?? `Key point ${k.index + 1}` })),
    improvements: r.improvements,
    summary: r.summary,
    model: r.model,
    promptVersion: r.promptVersion,
    promptTokens: r.promptTokens,
    completionTokens: r.completionTokens,
    createdAt: r.createdAt.toISOString(),
  };
}

/** What the account page and the attempt page need to know about AI reviews for this user. */
export async function aiSettings(userId: string, cfg: AiConfig | null = aiConfig()) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { aiReviewsOnAt: true } });
  const used = cfg ? await usedInWindow(userId, new Date()) : 0;
  return {
    configured: cfg !== null,
    model: cfg?.model ?? null,
    /** The endpoint's host only: the statement of where answers go (never the key or the full URL). */
    endpointHost: cfg ? new URL(cfg.baseURL).host : null,
    enabled: user.aiReviewsOnAt !== null,
    enabledAt: user.aiReviewsOnAt?.toISOString() ?? null,
    dailyLimit: cfg?.dailyLimit ?? null,
    usedToday: used,
  };
}

export async function setAiEnabled(userId: string, enabled: boolean) {
  // Turning it on again keeps the first consent time; turning it off clears it.
  if (enabled) await db.user.updateMany({ where: { id: userId, aiReviewsOnAt: null }, data: { aiReviewsOnAt: new Date() } });
  else await db.user.update({ where: { id: userId }, data: { aiReviewsOnAt: null } });
  return aiSettings(userId);
}

async function usedInWindow(userId: string, now: Date) {
  return db.aiReview.count({ where: { userId, createdAt: { gt: new Date(now.getTime() - DAY_MS) } } });
}

export type ReviewJob = {
  cfg: AiConfig;
  userId: string;
  attemptId: string;
  messages: ReturnType<typeof buildPrompt>;
  keyPointCount: number;
  answer: string;
  /** Frees the user's run slot (idempotent). */
  release: () => Promise<void>;
};

/**
 * Every check before anything is sent: configured, the caller's own submitted and non-blank
 * answer (a mentor who can see it gets 403; anyone else 404), opted in, not too long, under
 * the daily cap, no other review of theirs running. The returned job holds the run slot until
 * `release()`.
 */
export async function prepareReview(userId: string, attemptId: string, now = new Date()): Promise<ReviewJob> {
  const cfg = aiConfig();
  if (!cfg) throw new HttpError(404, "ai_not_configured", "AI reviews are off on this installation: no AI endpoint is configured.");
  const a = await db.practiceAttempt.findUnique({
    where: { id: attemptId },
    select: {
      userId: true,
      status: true,
      format: true,
      answer: true,
      allocatedSeconds: true,
      mockId: true,
      question: { select: { title: true, prompt: true, type: true, focusArea: true, keyPoints: true } },
    },
  });
  if (!a) throw notFound("Attempt not found.");
  if (a.userId !== userId) {
    const visible = await itemsVisibleToMentor(userId, [{ candidateId: a.userId, attemptId, mockId: null }]);
    if (visible.size > 0) {
      throw new HttpError(403, "ai_mentor_forbidden", "Only the candidate can ask for an AI review of their answer: their answers go to the AI endpoint only with their consent.");
    }
    throw notFound("Attempt not found.");
  }
  if (a.status === "IN_PROGRESS") throw new HttpError(409, "ai_answer_not_submitted", "Submit the answer before asking for an AI review.");
  const answer = a.answer as Answer;
  if (isBlank(answer)) throw new HttpError(409, "ai_answer_blank", "This answer is blank, so there is nothing to review.");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { aiReviewsOnAt: true } });
  if (!user.aiReviewsOnAt) {
    throw new HttpError(403, "ai_not_enabled", "Turn AI reviews on in your profile first: your answer is sent to the configured AI endpoint only when you have.");
  }
  const text = answerAsMarkdown(a.format, answer);
  if (text.length > MAX_ANSWER_CHARS) {
    throw new HttpError(422, "ai_answer_too_long", `This answer is longer than ${MAX_ANSWER_CHARS.toLocaleString("en-US")} characters, the most an AI review takes.`);
  }
  const windowStart = new Date(now.getTime() - DAY_MS);
  const recent = await db.aiReview.findMany({
    where: { userId, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  if (recent.length >= cfg.dailyLimit) {
    const freeAt = recent[recent.length - cfg.dailyLimit]!.createdAt.getTime() + DAY_MS;
    const seconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
    throw new HttpError(
      429,
      "ai_daily_limit",
      `You have had ${recent.length} AI reviews in the last 24 hours, the most this installation allows (${cfg.dailyLimit}). The next one is possible in ${Math.ceil(seconds / 3600)} hours.`,
      undefined,
      { "Retry-After": String(seconds) },
    );
  }
  // One review at a time per user, across every app instance on this database: a PostgreSQL
  // advisory lock keyed by the user, held until the review ends (a second request meanwhile: 409).
  const release = await tryAdvisoryLock(LOCK_SPACE.aiReview, userId);
  if (!release) throw new HttpError(409, "ai_review_in_progress", "An AI review of yours is already running; wait for it to finish.");
  try {
    const messages = buildPrompt({
      title: a.question.title,
      prompt: a.question.prompt,
      type: fromDb(QUESTION_TYPES, a.question.type),
      focusArea: a.question.focusArea,
      keyPoints: a.question.keyPoints,
      allocatedMinutes: Math.round(a.allocatedSeconds / 60),
      answer: text,
    });
    return { cfg, userId, attemptId, messages, keyPointCount: a.question.keyPoints.length, answer: text, release };
  } catch (e) {
    await release();
    throw e;
  }
}

/** Runs a prepared job to the end and stores the review (one insert), or throws and stores nothing. */
export async function runReview(job: ReviewJob, signal: AbortSignal, events: StreamEvents): Promise<AiReviewView> {
  try {
    const { review, usage } = await generateReview(job.cfg, job.messages, { keyPointCount: job.keyPointCount, answer: job.answer }, signal, events);
    if (signal.aborted) throw new HttpError(499, "ai_cancelled", "The AI review was cancelled. Nothing was saved.");
    const data = Object.fromEntries(
      SCORE_FIELDS.flatMap((f) => [
        [f, review.scores[f].score],
        [`${f}Reason`, review.scores[f].reason],
      ]),
    ) as Record<ScoreField, number> & Record<`${ScoreField}Reason`, string>;
    const row = await db.aiReview.create({
      data: {
        userId: job.userId,
        attemptId: job.attemptId,
        ...data,
        keyPoints: review.keyPoints,
        improvements: review.improvements,
        summary: review.summary,
        model: job.cfg.model,
        promptVersion: PROMPT_VERSION,
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
      },
      select: reviewSelect,
    });
    return present(row);
  } finally {
    await job.release();
  }
}

/** The AI reviews of one of the user's own attempts, newest first (404 when it is not theirs). */
export async function listAiReviews(userId: string, attemptId: string): Promise<AiReviewView[]> {
  const a = await db.practiceAttempt.findFirst({ where: { id: attemptId, userId }, select: { id: true } });
  if (!a) throw notFound("Attempt not found.");
  return reviewsOf(attemptId);
}

/** A mentor's read of the AI reviews of a mentee's attempt: the same door as the attempt itself (404 without access). */
export async function mentorAiReviews(viewerId: string, menteeId: string, attemptId: string): Promise<AiReviewView[]> {
  await readAttemptAccess(viewerId, menteeId, attemptId);
  return reviewsOf(attemptId);
}

/** The AI reviews of an attempt the caller has already been let through to (e.g. by `mentorAttempt`); no check of its own. */
export async function reviewsOf(attemptId: string) {
  const rows = await db.aiReview.findMany({ where: { attemptId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 20, select: reviewSelect });
  return rows.map(present);
}

/** Every AI review of the user's, for the data export. */
export async function exportAiReviews(userId: string) {
  const rows = await db.aiReview.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: reviewSelect });
  return rows.map(present);
}
