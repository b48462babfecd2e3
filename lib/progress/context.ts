import "server-only";
// What every dashboard section reads, loaded at most once per request. Each loader is one SQL
// aggregate over the user's rows (never a query per row), so the number of queries is fixed
// whatever the length of the history. A new score source adds an entry to SCORE_SERIES and
// its loader to `load.scores` below; another kind of source adds a loader here and a section
// that uses it.
import { Prisma } from "@/lib/generated/prisma/client";
import { db, rows } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";
import { todayIn } from "@/lib/calendar/dates";
import { preparationStart } from "@/lib/plan/preparation";
import { PROGRESS_SETTINGS, type SeriesKey } from "./data/settings";
import { type ScoreCell, type WeeklyAreaScores, type WeeklyPractice, type WeeklySelf, answerCells, selfCells } from "./series";
import { weekStarts } from "./weeks";

type AreaStats = {
  focusArea: string;
  submitted: number;
  scored: number;
  scoreSum: number;
  timeMs: number;
  /** Scored attempts (and their score sum) in the weakest-area window. */
  recentScored: number;
  recentScoreSum: number;
  /** Submitted attempts since the preparation plan started (0 without an interview date). */
  sincePlanStart: number;
};

export type ProgressContext = {
  userId: string;
  now: Date;
  today: string;
  timeZone: string;
  interviewOn: string | null;
  /** Local day the interview date was set (the adaptive plan's anchor); null: the full 8 weeks. */
  interviewSetOn: string | null;
  /** First day of the preparation plan (null without an interview date). */
  planStart: string | null;
  /** Mondays of the weekly series, oldest first. */
  weeks: string[];
  load: ReturnType<typeof loaders> & {
    areaStats: () => Promise<AreaStats[]>;
    activityDays: () => Promise<{ date: string; count: number }[]>;
    /** One loader per score series (SCORE_SERIES): its weekly cells over the series' weeks. */
    scores: Record<SeriesKey, () => Promise<ScoreCell[]>>;
  };
};

/**
 * What the figures count. The candidate's own dashboard counts everything (`FULL_VIEW`); a
 * mentor's view (lib/mentors/mentor-progress.ts) leaves out mock answers unless mocks are
 * shared, quiz answers, and every other mentor's reviews.
 */
type ProgressView = {
  /** Count answers given in mock interviews in the practice figures (answers, time, streak, weakest areas). */
  mockAnswers: boolean;
  /** Count micro-quiz answers as activity (streak, heatmap). */
  quizzes: boolean;
  /** The mentor series from this mentor's reviews only; null: every mentor's. */
  reviewsBy: string | null;
};

export const FULL_VIEW: ProgressView = { mockAnswers: true, quizzes: true, reviewsBy: null };

/** Finished mock interviews: scores per week (of the finish) and focus area, and how many were finished. */
type MockStats = { weekly: WeeklyAreaScores[]; finished: number; finishedSincePlanStart: number };

const once = <T>(fn: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
};

// The columns are timestamp(3) holding UTC: `(col AT TIME ZONE 'UTC') AT TIME ZONE tz` is the
// local wall-clock time; `(local::timestamp AT TIME ZONE tz) AT TIME ZONE 'UTC'` turns a local
// midnight back into a UTC timestamp, so the filter stays on the indexed column.
/**
 * The attempt `a` has something written in its answer. Blank answers (every field empty or
 * whitespace, as `isBlank` in lib/practice/answer.ts) are not answered: they count nowhere.
 */
const ANSWERED = Prisma.sql`EXISTS (SELECT 1 FROM jsonb_each_text(a."answer") f WHERE f."value" ~ '[^[:space:]]')`;

/**
 * Review cards due now, in the next 7 days and in all (the practice FSRS queue): moves with the clock, so never cached.
 * Read on every view, as is the stamp below: both go through `rows()` (a prepared statement straight
 * through the pool, not Prisma's query compiler; issue 20 session 10).
 */
export async function reviewQueue(userId: string, now: Date) {
  const nowIso = now.toISOString();
  const [row] = await rows<{ due: number; nextWeek: number; scheduled: number; nextDueAt: string | null }>(Prisma.sql`
    SELECT count(*) FILTER (WHERE "due" <= (${nowIso}::timestamptz AT TIME ZONE 'UTC'))::int AS "due",
           count(*) FILTER (WHERE "due" > (${nowIso}::timestamptz AT TIME ZONE 'UTC')
                              AND "due" <= ((${nowIso}::timestamptz + interval '7 days') AT TIME ZONE 'UTC'))::int AS "nextWeek",
           count(*)::int AS "scheduled",
           to_char(min("due") FILTER (WHERE "due" > (${nowIso}::timestamptz AT TIME ZONE 'UTC')), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "nextDueAt"
    FROM "ReviewCard" WHERE "userId" = ${userId}`);
  return row!;
}

function loaders(userId: string, now: Date, timeZone: string, weeks: string[], planStart: string | null, view: ProgressView) {
  const from = weeks[0]!;
  const { mockAnswers, quizzes, reviewsBy } = view;
  const recentSince = new Date(now.getTime() - PROGRESS_SETTINGS.weakestWindowDays * 86_400_000).toISOString();
  return {
    weeklyPractice: once(async (): Promise<WeeklyPractice[]> => {
      // Group on the truncated timestamp and format the few groups afterwards (to_char per row is costly).
      const rows = await db.$queryRaw<WeeklyPractice[]>`
        SELECT to_char(w."week", 'YYYY-MM-DD') AS "week", q."focusArea" AS "focusArea",
               sum(w."submitted")::int AS "submitted", sum(w."scored")::int AS "scored",
               sum(w."scoreSum")::int AS "scoreSum", sum(w."timeMs")::float8 AS "timeMs"
        FROM (
          SELECT date_trunc('week', (a."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) AS "week",
                 a."questionId",
                 count(*) AS "submitted",
                 -- Scores of mock interview answers are the mock series (see the mocks loader).
                 count(*) FILTER (WHERE a."status" = 'SCORED' AND a."mockId" IS NULL) AS "scored",
                 coalesce(sum(a."technicalAccuracy" + a."communicationClarity" + a."problemSolving" + a."practicalConsiderations")
                          FILTER (WHERE a."status" = 'SCORED' AND a."mockId" IS NULL), 0) AS "scoreSum",
                 coalesce(sum(a."timeSpentMs"), 0) AS "timeMs"
          FROM "PracticeAttempt" a
          WHERE a."userId" = ${userId}
            AND a."submittedAt" >= ((${from}::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')
            AND (${mockAnswers}::boolean OR a."mockId" IS NULL)
            AND ${ANSWERED}
          GROUP BY 1, 2
        ) w JOIN "Question" q ON q."id" = w."questionId"
        GROUP BY 1, 2`;
      return rows;
    }),
    weeklySelf: once(async (): Promise<WeeklySelf[]> => {
      const rows = await db.$queryRaw<{ week: string; count: number; ml: number; dl: number; sd: number; cl: number }[]>`
        SELECT to_char(date_trunc('week', "assessedOn"), 'YYYY-MM-DD') AS "week", count(*)::int AS "count",
               sum("mlFundamentals")::int AS "ml", sum("deepLearning")::int AS "dl",
               sum("systemDesign")::int AS "sd", sum("communicationLeadership")::int AS "cl"
        FROM "SelfAssessment"
        WHERE "userId" = ${userId} AND "assessedOn" >= ${from}::date
        GROUP BY 1`;
      return rows.map((r) => ({
        week: r.week,
        count: r.count,
        sums: { "ml-fundamentals": r.ml, "deep-learning": r.dl, "system-design": r.sd, "communication-leadership": r.cl },
      }));
    }),
    /** Mentor reviews of the user's attempts per local week (of the review) and focus area. */
    weeklyMentor: once(async (): Promise<WeeklyAreaScores[]> => {
      return db.$queryRaw<WeeklyAreaScores[]>`
        SELECT to_char(date_trunc('week', (r."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}), 'YYYY-MM-DD') AS "week",
               q."focusArea" AS "focusArea", count(*)::int AS "scored",
               sum(r."technicalAccuracy" + r."communicationClarity" + r."problemSolving" + r."practicalConsiderations")::int AS "scoreSum"
        FROM "MentorReview" r
        JOIN "PracticeAttempt" a ON a."id" = r."attemptId"
        JOIN "Question" q ON q."id" = a."questionId"
        WHERE r."candidateId" = ${userId}
          AND r."createdAt" >= ((${from}::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')
          AND (${reviewsBy}::text IS NULL OR r."mentorId" = ${reviewsBy}::text)
        GROUP BY 1, 2`;
    }),
    /**
     * AI reviews of the user's answers per local week (of the review) and focus area: the
     * newest review of each answer only. Mock answers count only when the view includes them.
     */
    weeklyAi: once(async (): Promise<WeeklyAreaScores[]> => {
      return db.$queryRaw<WeeklyAreaScores[]>`
        SELECT to_char(date_trunc('week', (r."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}), 'YYYY-MM-DD') AS "week",
               q."focusArea" AS "focusArea", count(*)::int AS "scored",
               sum(r."technicalAccuracy" + r."communicationClarity" + r."problemSolving" + r."practicalConsiderations")::int AS "scoreSum"
        FROM (
          SELECT DISTINCT ON (x."attemptId") x.*
          FROM "AiReview" x
          WHERE x."userId" = ${userId}
          ORDER BY x."attemptId", x."createdAt" DESC, x."id" DESC
        ) r
        JOIN "PracticeAttempt" a ON a."id" = r."attemptId"
        JOIN "Question" q ON q."id" = a."questionId"
        WHERE r."createdAt" >= ((${from}::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')
          AND (${mockAnswers}::boolean OR a."mockId" IS NULL)
        GROUP BY 1, 2`;
    }),
    /**
     * Finished mock interviews (the `(userId, status)` index) with their answers (the
     * `(mockId, mockSlot)` index): scores per week of the finish and focus area over the
     * series' weeks, plus how many mocks were finished in all and since the plan started.
     */
    mocks: once(async (): Promise<MockStats> => {
      type Row = { kind: "week" | "total"; week: string | null; focusArea: string | null; scored: number; scoreSum: number; finished: number; sincePlanStart: number };
      const rows = await db.$queryRaw<Row[]>`
        WITH m AS (
          SELECT "id", "finishedAt" FROM "Mock" WHERE "userId" = ${userId} AND "status" = 'FINISHED' AND "finishedAt" IS NOT NULL
        ), w AS (
          SELECT date_trunc('week', (m."finishedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}) AS "week", a."questionId",
                 count(*) FILTER (WHERE a."status" = 'SCORED') AS "scored",
                 coalesce(sum(a."technicalAccuracy" + a."communicationClarity" + a."problemSolving" + a."practicalConsiderations")
                          FILTER (WHERE a."status" = 'SCORED'), 0) AS "scoreSum"
          FROM m JOIN "PracticeAttempt" a ON a."mockId" = m."id" AND a."userId" = ${userId}
          WHERE m."finishedAt" >= ((${from}::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')
            AND ${ANSWERED}
          GROUP BY 1, 2
        )
        SELECT 'week' AS "kind", to_char(w."week", 'YYYY-MM-DD') AS "week", q."focusArea" AS "focusArea",
               sum(w."scored")::int AS "scored", sum(w."scoreSum")::int AS "scoreSum", 0 AS "finished", 0 AS "sincePlanStart"
        FROM w JOIN "Question" q ON q."id" = w."questionId"
        GROUP BY 1, 2, 3
        UNION ALL
        SELECT 'total', NULL, NULL, 0, 0, count(*)::int,
               count(*) FILTER (WHERE m."finishedAt" >= ((${planStart}::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'))::int
        FROM m`;
      const total = rows.find((r) => r.kind === "total")!;
      return {
        weekly: rows.filter((r) => r.kind === "week").map((r) => ({ week: r.week!, focusArea: r.focusArea!, scored: r.scored, scoreSum: r.scoreSum })),
        finished: total.finished,
        finishedSincePlanStart: total.sincePlanStart,
      };
    }),
    /**
     * The whole history in one pass: the user's submitted attempts grouped both by local day
     * and by question (GROUPING SETS, so each row is read and converted to local time once),
     * the question groups rolled up to focus areas, plus micro-quiz answers per local day.
     */
    history: once(async () => {
      const rows = await db.$queryRaw<(Omit<AreaStats, "focusArea"> & { kind: "area" | "day"; key: string; recentFirst: string | null })[]>`
        WITH r AS (
          SELECT ((a."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS "day",
                 a."questionId", a."submittedAt", a."timeSpentMs", a."status" = 'SCORED' AS "isScored",
                 a."technicalAccuracy" + a."communicationClarity" + a."problemSolving" + a."practicalConsiderations" AS "sum4"
          FROM "PracticeAttempt" a
          WHERE a."userId" = ${userId} AND a."submittedAt" IS NOT NULL
            AND (${mockAnswers}::boolean OR a."mockId" IS NULL)
            AND ${ANSWERED}
        ), g AS (
          SELECT "day", "questionId",
                 count(*) AS "submitted",
                 count(*) FILTER (WHERE "isScored") AS "scored",
                 coalesce(sum("sum4") FILTER (WHERE "isScored"), 0) AS "scoreSum",
                 coalesce(sum("timeSpentMs"), 0) AS "timeMs",
                 count(*) FILTER (WHERE "isScored" AND "submittedAt" >= (${recentSince}::timestamptz AT TIME ZONE 'UTC')) AS "recentScored",
                 coalesce(sum("sum4") FILTER (WHERE "isScored" AND "submittedAt" >= (${recentSince}::timestamptz AT TIME ZONE 'UTC')), 0) AS "recentScoreSum",
                 count(*) FILTER (WHERE "submittedAt" >= ((${planStart}::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC')) AS "sincePlanStart",
                 min("submittedAt") FILTER (WHERE "isScored" AND "submittedAt" >= (${recentSince}::timestamptz AT TIME ZONE 'UTC')) AS "recentFirst"
          FROM r
          GROUP BY GROUPING SETS (("day"), ("questionId"))
        ), d AS (
          SELECT "day", "submitted" AS "n" FROM g WHERE "day" IS NOT NULL
          UNION ALL
          SELECT (("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, count(*)
          FROM "QuizResult" WHERE "userId" = ${userId} AND ${quizzes}::boolean GROUP BY 1
        )
        SELECT 'area' AS "kind", q."focusArea" AS "key",
               sum(g."submitted")::int AS "submitted", sum(g."scored")::int AS "scored", sum(g."scoreSum")::int AS "scoreSum",
               sum(g."timeMs")::float8 AS "timeMs", sum(g."recentScored")::int AS "recentScored",
               sum(g."recentScoreSum")::int AS "recentScoreSum", sum(g."sincePlanStart")::int AS "sincePlanStart",
               to_char(min(g."recentFirst"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recentFirst"
        FROM g JOIN "Question" q ON q."id" = g."questionId"
        WHERE g."day" IS NULL
        GROUP BY q."focusArea"
        UNION ALL
        SELECT 'day', to_char("day", 'YYYY-MM-DD'), sum("n")::int, 0, 0, 0, 0, 0, 0, NULL
        FROM d GROUP BY "day"`;
      const areas: AreaStats[] = [];
      const days: { date: string; count: number }[] = [];
      let recentFirst: number | null = null;
      for (const { kind, key, recentFirst: first, ...r } of rows) {
        if (kind === "area") areas.push({ focusArea: key, ...r });
        else days.push({ date: key, count: r.submitted });
        if (first && (recentFirst === null || Date.parse(first) < recentFirst)) recentFirst = Date.parse(first);
      }
      days.sort((a, b) => (a.date < b.date ? -1 : 1));
      // The figures change with the clock alone when the earliest scored answer in the
      // weakest-areas window leaves it (it is in while submittedAt >= now - window).
      const recentUntil = recentFirst === null ? Infinity : recentFirst + PROGRESS_SETTINGS.weakestWindowDays * 86_400_000 + 1;
      return { areas, days, recentUntil };
    }),
    reviews: once(() => reviewQueue(userId, now)),
    /** Up to `perArea` questions per focus area: never attempted first, then the longest ago. */
    questionsFor: async (areas: string[], perArea: number) => {
      if (areas.length === 0) return [];
      return db.$queryRaw<{ id: string; title: string; focusArea: string; difficulty: string; lastAttemptedAt: string | null }[]>`
        SELECT "id", "title", "focusArea", "difficulty", "lastAttemptedAt" FROM (
          SELECT q."id", q."title", q."focusArea", lower(q."difficulty"::text) AS "difficulty",
                 to_char(l."at", 'YYYY-MM-DD') AS "lastAttemptedAt",
                 row_number() OVER (PARTITION BY q."focusArea" ORDER BY l."at" ASC NULLS FIRST, q."difficulty", q."title") AS "rank"
          FROM "Question" q
          LEFT JOIN LATERAL (
            SELECT max(a."createdAt") AS "at" FROM "PracticeAttempt" a WHERE a."userId" = ${userId} AND a."questionId" = q."id"
          ) l ON true
          WHERE q."focusArea" = ANY(${areas}::text[])
            AND q."retiredAt" IS NULL
            AND (q."ownerId" IS NULL OR q."ownerId" = ${userId})
            AND q."type" NOT IN ('QUIZ', 'REFLECTION')
        ) x
        WHERE "rank" <= ${perArea}
        ORDER BY "focusArea", "rank"`;
    },
  };
}

/**
 * What a user's figures depend on besides the clock, in one query: the time zone and interview
 * dates, and the stamps the progress_version triggers raise on every write that changes the
 * figures (the user's, and the question bank's). lib/progress/cache.ts keys on it.
 */
type ProgressStamp = {
  timeZone: string;
  interviewOn: string | null;
  interviewSetOn: string | null;
  /** Null only for a user created without the trigger (never cached then). */
  version: string | null;
  questionsVersion: string | null;
};

export async function progressStamp(userId: string): Promise<ProgressStamp> {
  const [row] = await rows<ProgressStamp>(Prisma.sql`
    SELECT u."timeZone", to_char(u."nextInterviewOn", 'YYYY-MM-DD') AS "interviewOn", to_char(u."nextInterviewSetOn", 'YYYY-MM-DD') AS "interviewSetOn",
           v."version"::text AS "version", (SELECT q."version"::text FROM "ProgressQuestionsVersion" q WHERE q."id" = 1) AS "questionsVersion"
    FROM "User" u LEFT JOIN "ProgressVersion" v ON v."userId" = u."id"
    WHERE u."id" = ${userId}`);
  if (!row) throw notFound("No such user.");
  return row;
}

export async function progressContext(userId: string, now: Date, view: ProgressView = FULL_VIEW): Promise<ProgressContext> {
  return contextOf(userId, await progressStamp(userId), now, view);
}

/** The context from a stamp already read (no query until a loader runs). */
export function contextOf(userId: string, stamp: ProgressStamp, now: Date, view: ProgressView = FULL_VIEW): ProgressContext {
  const { timeZone, interviewOn, interviewSetOn } = stamp;
  const today = todayIn(timeZone, now);
  const weeks = weekStarts(today, PROGRESS_SETTINGS.seriesWeeks);
  const planStart = interviewOn ? preparationStart(interviewOn, interviewSetOn) : null;
  const load = loaders(userId, now, timeZone, weeks, planStart, view);
  return {
    userId,
    now,
    today,
    timeZone,
    interviewOn,
    interviewSetOn,
    planStart,
    weeks,
    load: {
      ...load,
      /** Submitted attempts per focus area over the whole history (with windowed counts). */
      areaStats: async () => (await load.history()).areas,
      /** Practice submissions and quiz answers per local day, oldest first. */
      activityDays: async () => (await load.history()).days,
      scores: {
        self: async () => selfCells(await load.weeklySelf()),
        practice: async () => answerCells(await load.weeklyPractice()),
        mock: async () => answerCells((await load.mocks()).weekly),
        mentor: async () => answerCells(await load.weeklyMentor()),
        ai: async () => answerCells(await load.weeklyAi()),
      },
    },
  };
}
