import "server-only";
import { type ProgressContext } from "../context";
import { PREPARATION_PHASES } from "../data/timeline";
import { preparationTimeline } from "../timeline";

/** The guide's 8-week plan before the profile's interview date, with what is done (answers per phase, finished mocks) and what is next. */
export async function timelineSection(ctx: ProgressContext) {
  if (!ctx.interviewOn) return preparationTimeline(null, ctx.today, {});
  const [stats, mocks] = await Promise.all([ctx.load.areaStats(), ctx.load.mocks()]);
  const practised = Object.fromEntries(
    PREPARATION_PHASES.map((p) => {
      const m = p.measure;
      const n = m.kind === "mocks" ? mocks.finishedSincePlanStart : stats.filter((s) => m.focusAreas.includes(s.focusArea)).reduce((a, s) => a + s.sincePlanStart, 0);
      return [p.key, n];
    }),
  );
  return preparationTimeline(ctx.interviewOn, ctx.today, practised);
}
