import "server-only";
import { type ProgressContext } from "../context";
import { PREPARATION_PHASES } from "../data/timeline";
import { preparationTimeline } from "../timeline";

/** The guide's 8-week plan before the profile's interview date, with what is done and what is next. */
export async function timelineSection(ctx: ProgressContext) {
  const stats = ctx.interviewOn ? await ctx.load.areaStats() : [];
  const practised = Object.fromEntries(
    PREPARATION_PHASES.map((p) => [p.key, stats.filter((s) => p.focusAreas.includes(s.focusArea)).reduce((a, s) => a + s.sincePlanStart, 0)]),
  );
  return preparationTimeline(ctx.interviewOn, ctx.today, practised);
}
