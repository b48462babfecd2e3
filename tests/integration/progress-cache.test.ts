// The dashboard's per-user cache (lib/progress/cache.ts) against a fresh computation: random
// histories in several time zones (answers around local week boundaries, re-scores, deletes,
// drafts and their autosaves, self-assessments, mentor and AI reviews, finished mocks, quiz
// answers, time-zone changes, a personal question renamed), every write made straight to the
// database as another instance would. After each write the cached answer must equal the one
// computed from scratch; a missing invalidation (a trigger of the progress_version migration)
// shows here as a stale section. The clock is the other way a cached value goes out of date: the
// weakest-areas window.
import { afterAll, describe, expect, it } from "vitest";
import { type Prisma } from "@/lib/generated/prisma/client";
import { MOCK_TEMPLATES } from "@/lib/mocks/templates";
import { clearProgressCache } from "@/lib/progress/cache";
import { PROGRESS_SETTINGS } from "@/lib/progress/data/settings";
import { getProgress } from "@/lib/progress/get-progress";
import { createFinishedMock, createUser, scoredAttemptData, type FactoryDb } from "../factories";
import { openFactoryDb } from "../support/factory-db";
import { mulberry32 } from "../support/random";

const db = openFactoryDb();
afterAll(() => db.$disconnect());

const DAY = 86_400_000;
const NOW = new Date();

/** The UTC offset of `tz` at `at`, in ms (positive east of Greenwich). */
function offsetMs(tz: string, at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!) - Math.floor(at.getTime() / 1000) * 1000;
}

/** An instant within `spread` ms of a local Monday midnight in `tz`, `weeksAgo` weeks back. */
function nearWeekStart(tz: string, weeksAgo: number, spreadMs: number, r: () => number) {
  const d = new Date(NOW.getTime() - weeksAgo * 7 * DAY);
  const back = (d.getUTCDay() + 6) % 7; // days since Monday (UTC calendar; the offset fixes the rest)
  const mondayUtc = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back);
  const local = mondayUtc - offsetMs(tz, new Date(mondayUtc));
  return new Date(Math.min(NOW.getTime() - 60_000, local + Math.round((r() * 2 - 1) * spreadMs)));
}

const pick = <T,>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const score = (r: () => number) => Math.floor(r() * 11);

async function expectCacheExact(userId: string, at = NOW) {
  const cached = await getProgress(userId, at);
  clearProgressCache();
  const fresh = await getProgress(userId, at);
  expect(cached).toEqual(fresh);
  return fresh;
}

type World = { db: FactoryDb; userId: string; mentorId: string; questions: { id: string; type: string; allocatedMinutes: number }[]; ownQuestionId: string; r: () => number };

async function world(seed: number, timeZone: string): Promise<World> {
  const r = mulberry32(seed);
  const user = await createUser(db, { timeZone, nextInterviewOn: new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate() + 20)) });
  const mentor = await createUser(db);
  const questions = await db.question.findMany({
    where: { ownerId: null, retiredAt: null, type: { notIn: ["QUIZ", "REFLECTION"] } },
    orderBy: { slug: "asc" },
    take: 12,
    select: { id: true, type: true, allocatedMinutes: true },
  });
  const own = await db.question.create({
    data: {
      ownerId: user.id,
      title: "My own question",
      prompt: "Explain it.",
      type: "TECHNICAL",
      focusArea: "ml-fundamentals",
      difficulty: "MEDIUM",
      allocatedMinutes: 10,
      expectedMinutes: 10,
      keyPoints: [],
      modelAnswer: "",
      discussionPoints: [],
      tags: [],
      source: "PERSONAL",
    },
    select: { id: true, type: true, allocatedMinutes: true },
  });
  return { db, userId: user.id, mentorId: mentor.id, questions: [...questions, own], ownQuestionId: own.id, r };
}

async function addAnswer(w: World, fields: { submittedAt: Date; scored: boolean }) {
  const q = pick(w.r, w.questions);
  const data = scoredAttemptData({
    userId: w.userId,
    question: q,
    answer: w.r() < 0.1 ? { text: "   " } : { text: "An answer." },
    scores: { technicalAccuracy: score(w.r), communicationClarity: score(w.r), problemSolving: score(w.r), practicalConsiderations: score(w.r) },
    startedAt: new Date(fields.submittedAt.getTime() - 600_000),
    activeMs: Math.floor(w.r() * 1_800_000),
    submittedAt: fields.submittedAt,
    scoredAt: fields.submittedAt,
  });
  const unscored: Partial<Prisma.PracticeAttemptCreateManyInput> = fields.scored
    ? {}
    : { status: "SUBMITTED", technicalAccuracy: null, communicationClarity: null, problemSolving: null, practicalConsiderations: null, scoredAt: null, rating: null };
  return w.db.practiceAttempt.create({ data: { ...data, ...unscored, createdAt: data.startedAt }, select: { id: true } });
}

const attemptsOf = (w: World) => w.db.practiceAttempt.findMany({ where: { userId: w.userId, submittedAt: { not: null } }, select: { id: true, submittedAt: true }, orderBy: { id: "asc" } });

/** One random write that changes (or, for a draft's autosave, must not change) the dashboard. */
async function randomWrite(w: World, timeZone: string) {
  const r = w.r;
  const attempts = await attemptsOf(w);
  const k = Math.floor(r() * 12);
  if (k <= 2 || attempts.length < 3) return addAnswer(w, { submittedAt: nearWeekStart(timeZone, Math.floor(r() * 30), 3 * 3_600_000, r), scored: r() < 0.8 });
  const a = pick(r, attempts);
  switch (k) {
    case 3: // re-score
      return w.db.practiceAttempt.update({ where: { id: a.id }, data: { status: "SCORED", technicalAccuracy: score(r), problemSolving: score(r), scoredAt: NOW } });
    case 4: // delete (undo)
      return w.db.practiceAttempt.delete({ where: { id: a.id } });
    case 5: {
      // A draft, then its autosave: the suggestions read when each question was last started.
      const draft = await w.db.practiceAttempt.create({
        data: { userId: w.userId, questionId: pick(r, w.questions).id, format: "MARKDOWN", answer: {}, allocatedSeconds: 600, createdAt: new Date(NOW.getTime() - r() * 40 * DAY) },
        select: { id: true },
      });
      await expectCacheExact(w.userId);
      return w.db.practiceAttempt.update({ where: { id: draft.id }, data: { answer: { text: "typing" }, activeMs: 5000 } });
    }
    case 6:
      return w.db.selfAssessment.create({
        data: { userId: w.userId, assessedOn: nearWeekStart("UTC", Math.floor(r() * 20), DAY, r), mlFundamentals: score(r), deepLearning: score(r), systemDesign: score(r), communicationLeadership: score(r) },
      });
    case 7: {
      const reviewed = await w.db.mentorReview.findFirst({ where: { attemptId: a.id, mentorId: w.mentorId }, select: { id: true } });
      if (reviewed) return w.db.mentorReview.update({ where: { id: reviewed.id }, data: { technicalAccuracy: score(r) } });
      return w.db.mentorReview.create({
        data: { attemptId: a.id, candidateId: w.userId, mentorId: w.mentorId, technicalAccuracy: score(r), communicationClarity: score(r), problemSolving: score(r), practicalConsiderations: score(r), createdAt: new Date(a.submittedAt!.getTime() + r() * 3 * DAY) },
      });
    }
    case 8:
      return w.db.aiReview.create({
        data: {
          userId: w.userId,
          attemptId: a.id,
          technicalAccuracy: score(r),
          technicalAccuracyReason: "",
          communicationClarity: score(r),
          communicationClarityReason: "",
          problemSolving: score(r),
          problemSolvingReason: "",
          practicalConsiderations: score(r),
          practicalConsiderationsReason: "",
          keyPoints: [],
          improvements: [],
          summary: "",
          model: "test",
          promptVersion: "1",
          createdAt: new Date(Math.min(NOW.getTime() - 1000, a.submittedAt!.getTime() + r() * 2 * DAY)),
        },
      });
    case 9: {
      const template = MOCK_TEMPLATES[0]!;
      const startedAt = nearWeekStart(timeZone, Math.floor(r() * 10), 2 * 3_600_000, r);
      const mock = await createFinishedMock(w.db, w.userId, { template, stageMs: [600_000], slotMs: [600_000], startedAt });
      await addAnswer(w, { submittedAt: new Date(Math.min(NOW.getTime() - 60_000, mock.finishedAt.getTime())), scored: true }).then((x) =>
        w.db.practiceAttempt.update({ where: { id: x.id }, data: { mockId: mock.id, mockSlot: 0 } }),
      );
      await expectCacheExact(w.userId);
      // The finish moves to another week (a corrected clock), then the mock is deleted.
      await w.db.mock.update({ where: { id: mock.id }, data: { finishedAt: new Date(mock.finishedAt.getTime() - 7 * DAY) } });
      await expectCacheExact(w.userId);
      return r() < 0.5 ? w.db.mock.delete({ where: { id: mock.id } }) : null;
    }
    case 10:
      return w.db.quizResult.create({ data: { userId: w.userId, questionId: pick(r, w.questions).id, knew: r() < 0.5, createdAt: nearWeekStart(timeZone, Math.floor(r() * 50), DAY, r) } });
    default:
      return w.db.question.update({ where: { id: w.ownQuestionId }, data: r() < 0.5 ? { title: `My own question ${Math.floor(r() * 1000)}` } : { focusArea: pick(r, ["ml-fundamentals", "system-design", "deep-learning"]) } });
  }
}

describe("the dashboard cache", () => {
  it.each([
    [1, "Pacific/Auckland"],
    [2, "America/Los_Angeles"],
    [3, "Asia/Kathmandu"],
    [4, "Europe/London"],
  ])("equals a fresh computation after every write (seed %i, %s)", async (seed, timeZone) => {
    const w = await world(seed, timeZone);
    for (let i = 0; i < 15; i++) await addAnswer(w, { submittedAt: nearWeekStart(timeZone, Math.floor(w.r() * 26), 2 * DAY, w.r), scored: w.r() < 0.8 });
    let last = await expectCacheExact(w.userId);
    // A repeated view is served from the cache (the same frozen sections), so the comparisons below test it.
    expect((await getProgress(w.userId, NOW)).domainScores).toBe(last.domainScores);
    for (let step = 0; step < 30; step++) {
      await randomWrite(w, timeZone);
      last = await expectCacheExact(w.userId);
    }
    // A time-zone change moves every local day and week.
    await db.user.update({ where: { id: w.userId }, data: { timeZone: timeZone === "UTC" ? "Asia/Tokyo" : "UTC" } });
    const moved = await expectCacheExact(w.userId);
    expect(moved.timeZone).not.toBe(last.timeZone);
    expect(moved.focusAreas.total).toBeGreaterThan(0);
  });

  it("recomputes when an answer leaves the weakest-areas window, and for an earlier instant", async () => {
    const w = await world(9, "Europe/Berlin");
    const windowMs = PROGRESS_SETTINGS.weakestWindowDays * DAY;
    const edge = new Date(NOW.getTime() - windowMs + 3_600_000); // leaves the window in an hour
    await addAnswer(w, { submittedAt: edge, scored: true });
    const inside = await expectCacheExact(w.userId);
    expect(inside.weakest.areas.some((a) => a.scored === 1)).toBe(true);
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    const outside = await expectCacheExact(w.userId, later); // cached at NOW, asked two hours later
    expect(outside.weakest.areas.every((a) => a.scored === 0)).toBe(true);
    await getProgress(w.userId, later);
    expect(await getProgress(w.userId, NOW)).toEqual(inside); // an earlier instant than the cached one
  });
});
