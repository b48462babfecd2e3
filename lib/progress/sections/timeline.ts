import "server-only";
import { PREPARATION_PHASES } from "@/lib/plan/data/preparation-phases";
import { preparationTimeline } from "@/lib/plan/preparation";
import { type ProgressContext } from "../context";

/** The guide's plan fitted to the days before the profile's interview date, with what is done (answers per phase, finished mocks) and what is next. */
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
  return preparationTimeline(ctx.interviewOn, ctx.today, practised, ctx.interviewSetOn);
}
