import "server-only";
import { type ProgressContext } from "../context";
import { SCORE_SERIES } from "../data/settings";
import { domainSeries } from "../series";

/** Each rubric domain's weekly score, one series per source (self-assessment, practice self-scores). */
export async function domainScoresSection(ctx: ProgressContext) {
  const [practice, self] = await Promise.all([ctx.load.weeklyPractice(), ctx.load.weeklySelf()]);
  return { sources: SCORE_SERIES, weeks: ctx.weeks, domains: domainSeries(ctx.weeks, practice, self) };
}
