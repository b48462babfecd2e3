import "server-only";
import { type ProgressContext } from "../context";
import { PROGRESS_SETTINGS } from "../data/settings";
import { heatmapOf } from "../heatmap";
import { streakOf } from "../streak";

/** Streak and calendar of days (in the user's time zone) with a submitted answer or a quiz answer. */
export async function activitySection(ctx: ProgressContext) {
  const days = await ctx.load.activityDays();
  return {
    streak: streakOf(
      days.map((d) => d.date),
      ctx.today,
    ),
    heatmap: heatmapOf(days, ctx.today, PROGRESS_SETTINGS.heatmapWeeks, PROGRESS_SETTINGS.heatmapLevels),
  };
}
