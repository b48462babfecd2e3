import "server-only";
import { type ProgressContext } from "../context";
import { readinessSeries } from "../series";

/** The weekly readiness score (mean of the sources present that week) and its band. */
export async function readinessSection(ctx: ProgressContext) {
  const [practice, self] = await Promise.all([ctx.load.weeklyPractice(), ctx.load.weeklySelf()]);
  const points = readinessSeries(ctx.weeks, practice, self);
  const latest = points.findLast((p) => p.score !== null) ?? null;
  return { points, latest };
}
