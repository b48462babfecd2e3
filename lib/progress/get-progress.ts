import "server-only";
// GET /api/progress and the dashboard page: named sections, one function each, computed in
// parallel from a fixed set of SQL aggregates (see context.ts). Adding a source — mock
// interviews, mentor scores — means adding its loader and its section (or its series) here.
import { progressContext, type ProgressContext } from "./context";
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
export type Progress = { today: string; timeZone: string } & Sections;

export async function getProgress(userId: string, now = new Date()): Promise<Progress> {
  const ctx = await progressContext(userId, now);
  const keys = Object.keys(SECTIONS) as (keyof typeof SECTIONS)[];
  const values = await Promise.all(keys.map((k) => SECTIONS[k](ctx)));
  return { today: ctx.today, timeZone: ctx.timeZone, ...(Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Sections) };
}
