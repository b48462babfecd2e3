import "server-only";
// The story bank: a candidate's STAR stories (versioned edits), the answers they were used in
// with those answers' scores, and mentors' review comments. Every function is scoped to the
// owner; mentors come in through lib/stories/mentor.ts.
import { type Prisma } from "@/lib/generated/prisma/client";
import { questionScore } from "@/lib/mocks/scoring";
import { planTitle } from "@/lib/mentors/access";
import { SCORE_SELECT } from "@/lib/practice/data/evaluation";
import { scoresOf } from "@/lib/practice/rating";
import { mean } from "@/lib/rubric/scores";
import { db } from "@/lib/server/db";
import { HttpError, badRequest, conflict, notFound } from "@/lib/server/errors";
import { type StoryInput, type StoryUpdate } from "./schema";

export type StoryView = {
  id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  competencies: string[];
  suitsFor: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  useCount: number;
};

type StoryUseView = {
  id: string;
  usedAt: string;
  attemptId: string;
  questionTitle: string;
  /** Set when the answer was one question of a mock interview. */
  mock: { id: string; title: string } | null;
  status: "in-progress" | "submitted" | "scored";
  /** Mean of the four evaluation points the candidate gave the answer (0-10), or null. */
  selfScore: number | null;
  /** Mean of the mentors' review scores of the answer (each the mean of its four points), or null. */
  mentorScore: number | null;
  mentorReviews: number;
};

export type StoryCommentView = { id: string; mentorId: string; author: string; byMentor: boolean; body: string; createdAt: string };

type StoryDetail = StoryView & { uses: StoryUseView[]; comments: StoryCommentView[] };

/** The columns of a story view (also read by the mentor view in mentor.ts). */
export const storySelect = {
  id: true,
  title: true,
  situation: true,
  task: true,
  action: true,
  result: true,
  competencies: true,
  suitsFor: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { uses: true } },
} as const satisfies Prisma.StorySelect;

type StoryRow = Prisma.StoryGetPayload<{ select: typeof storySelect }>;

export function presentStory(r: StoryRow): StoryView {
  return {
    id: r.id,
    title: r.title,
    situation: r.situation,
    task: r.task,
    action: r.action,
    result: r.result,
    competencies: r.competencies,
    suitsFor: r.suitsFor,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    useCount: r._count.uses,
  };
}

const STALE = "This story was changed elsewhere. Reload to see the latest version.";
const MISSING = "That story does not exist.";

/** Oldest first, so the grid keeps its rows in place as stories are edited. */
export async function listStories(userId: string): Promise<StoryView[]> {
  const rows = await db.story.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: storySelect });
  return rows.map(presentStory);
}

export async function getStory(userId: string, id: string): Promise<StoryDetail> {
  const row = await db.story.findFirst({ where: { id, userId }, select: storySelect });
  if (!row) throw notFound(MISSING);
  const [uses, comments] = await Promise.all([storyUses(userId, id), storyComments(id, null)]);
  return { ...presentStory(row), uses, comments };
}

export async function createStory(userId: string, input: StoryInput): Promise<StoryView> {
  const row = await db.story.create({ data: { userId, ...input }, select: storySelect });
  return presentStory(row);
}

/** Replaces a story the user owns if `input.version` is still current (else 409 stale_version). */
export async function updateStory(userId: string, id: string, input: StoryUpdate): Promise<StoryView> {
  const { version, ...fields } = input;
  const result = await db.story.updateMany({
    where: { id, userId, version },
    data: { ...fields, version: { increment: 1 } },
  });
  if (result.count === 0) {
    const exists = await db.story.count({ where: { id, userId } });
    if (!exists) throw notFound(MISSING);
    throw new HttpError(409, "stale_version", STALE);
  }
  return presentStory(await db.story.findFirstOrThrow({ where: { id, userId }, select: storySelect }));
}

export async function deleteStory(userId: string, id: string) {
  const r = await db.story.deleteMany({ where: { id, userId } });
  if (r.count === 0) throw notFound(MISSING);
}

/**
 * Records that the story went into one of the user's behavioural answers still being written
 * (a practice attempt, or a mock answer while the mock runs). Using it again in the same
 * answer keeps the one record.
 */
export async function recordStoryUse(userId: string, storyId: string, attemptId: string) {
  const [story, attempt] = await Promise.all([
    db.story.findFirst({ where: { id: storyId, userId }, select: { id: true } }),
    db.practiceAttempt.findFirst({
      where: { id: attemptId, userId },
      select: { id: true, status: true, format: true, mock: { select: { status: true } } },
    }),
  ]);
  if (!story) throw notFound(MISSING);
  if (!attempt) throw notFound("That answer does not exist.");
  if (attempt.format !== "STAR") {
    throw badRequest("Stories go into behavioural answers.", {
      attemptId: "Stories go into behavioural (STAR) answers only.",
    });
  }
  if (attempt.mock && attempt.mock.status !== "IN_PROGRESS") throw conflict("This mock interview has finished.", "mock_finished");
  if (attempt.status !== "IN_PROGRESS") throw conflict("This answer was already submitted.", "attempt_submitted");
  const use = await db.storyUse.upsert({
    where: { storyId_attemptId: { storyId, attemptId } },
    create: { storyId, attemptId, userId },
    update: {},
    select: { id: true, storyId: true, attemptId: true, createdAt: true },
  });
  return { id: use.id, storyId: use.storyId, attemptId: use.attemptId, createdAt: use.createdAt.toISOString() };
}

const STATUS = { IN_PROGRESS: "in-progress", SUBMITTED: "submitted", SCORED: "scored" } as const;

/** The mean of the four evaluation points when all four are scored, else null. */
function selfScoreOf(p: Parameters<typeof scoresOf>[0]): number | null {
  const scores = scoresOf(p);
  return scores && questionScore(scores);
}

/** The answers a story went into, newest first, with their self and mentor scores. */
async function storyUses(userId: string, storyId: string): Promise<StoryUseView[]> {
  const rows = await db.storyUse.findMany({
    where: { storyId, userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      createdAt: true,
      attempt: {
        select: {
          id: true,
          status: true,
          ...SCORE_SELECT,
          question: { select: { title: true } },
          mock: { select: { id: true, plan: true } },
          mentorReviews: {
            select: SCORE_SELECT,
          },
        },
      },
    },
  });
  return rows.map((r) => {
    const a = r.attempt;
    const reviews = a.mentorReviews.map((m) => questionScore(m));
    return {
      id: r.id,
      usedAt: r.createdAt.toISOString(),
      attemptId: a.id,
      questionTitle: a.question.title,
      mock: a.mock ? { id: a.mock.id, title: planTitle(a.mock.plan) } : null,
      status: STATUS[a.status],
      selfScore: selfScoreOf(a),
      mentorScore: mean(reviews),
      mentorReviews: reviews.length,
    };
  });
}

/** A story's review comments, oldest first; `mentorId` keeps one mentor's thread. */
export async function storyComments(storyId: string, mentorId: string | null): Promise<StoryCommentView[]> {
  const rows = await db.storyComment.findMany({
    where: { storyId, ...(mentorId ? { mentorId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, mentorId: true, authorId: true, body: true, createdAt: true, author: { select: { displayName: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    mentorId: c.mentorId,
    author: c.author.displayName,
    byMentor: c.authorId === c.mentorId,
    body: c.body,
    createdAt: c.createdAt.toISOString(),
  }));
}

/** The export: every story with its uses and review comments. */
export async function exportStories(userId: string) {
  const stories = await listStories(userId);
  return Promise.all(
    stories.map(async (s) => ({ ...s, uses: await storyUses(userId, s.id), comments: await storyComments(s.id, null) })),
  );
}
