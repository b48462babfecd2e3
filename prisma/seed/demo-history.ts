// The demo account's sample history (prisma/seed/demo-history-data.ts): written when the demo
// user has no practice, assessments or mocks, and written anew once the account has been idle
// for a week, so a restart never duplicates it, a visitor's recent practice is kept, and the
// demo's dates stay current. Dates count back from `now`.
// A fixed number of statements (bulk inserts) whatever the size of the data.
import { type Prisma } from "../../lib/generated/prisma/client";
import { planStages, type Stage } from "../../lib/mocks/clock";
import { getTemplate } from "../../lib/mocks/templates";
import { addDays, todayIn } from "../../lib/calendar/dates";
import { SCORE_FIELDS } from "../../lib/practice/data/evaluation";
import { type RatingValue, type Scores, ratingFromScores } from "../../lib/practice/rating";
import { type StoredCard, nextCard } from "../../lib/practice/scheduler";
import { createFinishedMock } from "../../tests/factories/mocks";
import { scoredAttemptData } from "../../tests/factories/practice";
import type { SeedDb } from "./db";
import { DEMO_ASSESSMENTS, DEMO_ATTEMPTS, DEMO_INTERVIEW_IN_DAYS, DEMO_MOCK, DEMO_TIME_ZONE, type DemoScores } from "./demo-history-data";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const scoresOf = (s: DemoScores): Scores => Object.fromEntries(SCORE_FIELDS.map((f, i) => [f, s[i]!])) as Scores;

/** The first key points, as many as the mean score's share of them (what a self-scorer ticks). */
function keyPointsFor(s: DemoScores, total: number): number[] {
  const covered = Math.min(total, Math.round((total * s.reduce((a, b) => a + b, 0)) / 40));
  return Array.from({ length: covered }, (_, i) => i);
}

/** After this long without any activity on the demo account, its sample history is written anew. */
export const DEMO_REFRESH_AFTER_DAYS = 7;

/**
 * Writes the history if the demo user has none, or rewrites it when the account has been idle
 * for DEMO_REFRESH_AFTER_DAYS (so the demo's streak, plan and review queue stay current);
 * returns whether it wrote. A visitor's recent practice on the demo account is kept, unless
 * `force` (the demo's mentorship drifted, see prisma/seed/demo.ts).
 */
export async function seedDemoHistory(
  db: SeedDb,
  userId: string,
  now = new Date(),
  { force = false }: { force?: boolean } = {},
): Promise<boolean> {
  const { _count: has } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { _count: { select: { practiceAttempts: true, selfAssessments: true, mocks: true } } },
  });
  if (has.practiceAttempts + has.selfAssessments + has.mocks > 0) {
    const since = new Date(now.getTime() - DEMO_REFRESH_AFTER_DAYS * DAY);
    const recent = await Promise.all([
      db.practiceAttempt.count({ where: { userId, updatedAt: { gte: since } } }),
      db.selfAssessment.count({ where: { userId, createdAt: { gte: since } } }),
      db.mock.count({ where: { userId, updatedAt: { gte: since } } }),
    ]);
    if (!force && recent.some((n) => n > 0)) return false;
    // Idle for a week: clear the old sample (and anything else on these lists) and write it anew.
    await db.mock.deleteMany({ where: { userId } });
    await db.practiceAttempt.deleteMany({ where: { userId } });
    await db.reviewCard.deleteMany({ where: { userId } });
    await db.selfAssessment.deleteMany({ where: { userId } });
    await db.interview.deleteMany({ where: { userId, kind: "MOCK" } });
  }

  const slugs = [...new Set([...DEMO_ATTEMPTS, ...DEMO_MOCK.answers].map((a) => a.slug.split("/")[1]!))];
  const questions = await db.question.findMany({
    where: { slug: { in: slugs }, retiredAt: null },
    select: { id: true, slug: true, type: true, allocatedMinutes: true, keyPoints: true },
  });
  const bySlug = new Map(questions.map((q) => [q.slug!, q]));
  const question = (slug: string) => bySlug.get(slug.split("/")[1]!);
  const today = todayIn(DEMO_TIME_ZONE, now);

  await db.selfAssessment.createMany({
    data: DEMO_ASSESSMENTS.map((a) => ({
      userId,
      assessedOn: new Date(`${todayIn(DEMO_TIME_ZONE, new Date(now.getTime() - a.daysAgo * DAY))}T00:00:00Z`),
      mlFundamentals: a.scores[0],
      deepLearning: a.scores[1],
      systemDesign: a.scores[2],
      communicationLeadership: a.scores[3],
      note: a.note,
    })),
  });

  // Practice: same-day answers an hour apart, the latest an hour before now.
  const reviews: { questionId: string; rating: RatingValue; at: Date }[] = [];
  const perDay = new Map<number, number>();
  const attempts: Prisma.PracticeAttemptCreateManyInput[] = [];
  for (const a of DEMO_ATTEMPTS) {
    const q = question(a.slug);
    if (!q) continue; // a question retired from the bank since: skip it rather than fail the start-up
    const k = perDay.get(a.daysAgo) ?? 0;
    perDay.set(a.daysAgo, k + 1);
    const submittedAt = new Date(now.getTime() - a.daysAgo * DAY - (1 + k) * HOUR);
    const startedAt = new Date(submittedAt.getTime() - a.minutes * MINUTE);
    const scoredAt = new Date(submittedAt.getTime() + 2 * MINUTE);
    const scores = scoresOf(a.scores);
    reviews.push({ questionId: q.id, rating: ratingFromScores(scores), at: scoredAt });
    attempts.push(
      scoredAttemptData({
        userId,
        question: q,
        answer: a.answer,
        scores,
        keyPointsCovered: keyPointsFor(a.scores, q.keyPoints.length),
        startedAt,
        activeMs: a.minutes * MINUTE,
        submittedAt,
        scoredAt,
      }),
    );
  }

  // The mock: every block used to the end of its last answer, finished, then scored.
  const template = getTemplate(DEMO_MOCK.templateId)!;
  const stages = planStages(template);
  const blocks = stages.filter((s): s is Extract<Stage, { kind: "block" }> => s.kind === "block");
  const slotMs = DEMO_MOCK.answers.map((a) => a.minutes * MINUTE);
  const stageMs = stages.map((s) => (s.kind === "block" ? slotMs.slice(s.firstSlot, s.firstSlot + s.count).reduce((x, y) => x + y, 0) : s.ms));
  const startedAt = new Date(now.getTime() - DEMO_MOCK.daysAgo * DAY - 3 * HOUR);
  const mock = await createFinishedMock(db, userId, { template, stageMs, slotMs, startedAt });
  const { finishedAt } = mock;
  DEMO_MOCK.answers.forEach((a, slot) => {
    const q = question(a.slug);
    if (!q) return;
    const block = blocks.find((b) => slot >= b.firstSlot && slot < b.firstSlot + b.count)!;
    const scores = scoresOf(a.scores as DemoScores);
    const scoredAt = new Date(finishedAt.getTime() + (5 + slot) * MINUTE);
    reviews.push({ questionId: q.id, rating: ratingFromScores(scores), at: scoredAt });
    attempts.push(
      scoredAttemptData({
        userId,
        question: q,
        mock: { id: mock.id, slot },
        answer: a.answer,
        scores,
        keyPointsCovered: keyPointsFor(a.scores as DemoScores, q.keyPoints.length),
        allocatedSeconds: Math.floor(block.ms / block.count / 1000),
        startedAt,
        activeMs: slotMs[slot]!,
        submittedAt: finishedAt,
        scoredAt,
      }),
    );
  });
  await db.practiceAttempt.createMany({ data: attempts });

  // The review schedule: every scoring replayed through FSRS in time order, as practice does.
  const cards = new Map<string, StoredCard>();
  for (const r of reviews.sort((x, y) => x.at.getTime() - y.at.getTime())) cards.set(r.questionId, nextCard(cards.get(r.questionId) ?? null, r.rating, r.at));
  await db.reviewCard.createMany({ data: [...cards].map(([questionId, c]) => ({ userId, questionId, ...c })) });

  await db.user.update({
    where: { id: userId },
    data: {
      timeZone: DEMO_TIME_ZONE,
      nextInterviewOn: new Date(`${addDays(today, DEMO_INTERVIEW_IN_DAYS)}T00:00:00Z`),
      version: { increment: 1 },
    },
  });
  return true;
}
