import "server-only";
// GET /api/progress and the dashboard page: named sections, one function each, computed in
// parallel from a fixed set of SQL aggregates (see context.ts). Adding a source — mock
// interviews, mentor scores — means adding its loader and its section (or its series) here.
//
// One round of two queries on a repeated view: the user's stamp (time zone, interview dates,
// the progress versions) and the review queue, in parallel. The sections from the history are
// cached per user while the stamp, today's date and the weakest-areas window stay the same
// (lib/progress/cache.ts); the review queue moves with the clock and is always read.
import { cachedProgress } from "./cache";
import { FULL_VIEW, type ProgressContext, contextOf, progressStamp, reviewQueue } from "./context";
import { activitySection } from "./sections/activity";
import { domainScoresSection } from "./sections/domain-scores";
import { focusAreasSection } from "./sections/focus-areas";
import { readinessSection } from "./sections/readiness";
import { reviewsSection } from "./sections/reviews";
import { timePractisedSection } from "./sections/time-practised";
import { timelineSection } from "./sections/timeline";
import { weakestSection } from "./sections/weakest";

const SECTIONS = {
  domainScores: domainScoresSection,
  readiness: readinessSection,
  focusAreas: focusAreasSection,
  weakest: weakestSection,
  activity: activitySection,
  timePractised: timePractisedSection,
  reviews: reviewsSection,
  timeline: timelineSection,
} satisfies Record<string, (ctx: ProgressContext) => Promise<unknown>>;

type Sections = { [K in keyof typeof SECTIONS]: Awaited<ReturnType<(typeof SECTIONS)[K]>> };
type Progress = { today: string; timeZone: string } & Sections;

type Cached = Omit<Sections, "reviews">;
const CACHED = (Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).filter((k): k is keyof Cached => k !== "reviews");

export async function getProgress(userId: string, now = new Date()): Promise<Progress> {
  const [stamp, reviews] = await Promise.all([progressStamp(userId), reviewQueue(userId, now)]);
  const ctx = contextOf(userId, stamp, now, FULL_VIEW);
  const compute = async () => {
    const values = await Promise.all(CACHED.map((k) => SECTIONS[k](ctx)));
    return { value: Object.fromEntries(CACHED.map((k, i) => [k, values[i]])) as Cached, until: (await ctx.load.history()).recentUntil };
  };
  // Without a stamp row (a user the trigger did not see) nothing is cached: compute every time.
  const key = JSON.stringify([stamp, ctx.today]);
  const sections = stamp.version === null || stamp.questionsVersion === null ? (await compute()).value : await cachedProgress(`full:${userId}`, key, now, compute);
  return { today: ctx.today, timeZone: ctx.timeZone, ...sections, reviews };
}
