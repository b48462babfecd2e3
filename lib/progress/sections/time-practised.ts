import "server-only";
import { type ProgressContext } from "../context";
import { weeklyTime } from "../series";

/** Minutes of answering time (the server's clock) per week, and all-time. */
export async function timePractisedSection(ctx: ProgressContext) {
  const [practice, stats] = await Promise.all([ctx.load.weeklyPractice(), ctx.load.areaStats()]);
  const weeks = weeklyTime(ctx.weeks, practice);
  return {
    weeks,
    thisWeekMinutes: weeks.at(-1)!.minutes,
    totalMinutes: Math.round(stats.reduce((a, s) => a + s.timeMs, 0) / 60_000),
  };
}
