import "server-only";
import { type ProgressContext } from "../context";
import { SCORE_SERIES } from "../data/settings";
import { withMentorScores } from "../mentor-series";
import { domainSeries } from "../series";

/** Each rubric domain's weekly score, one series per source (self-assessment, practice self-scores, mentor scores). */
export async function domainScoresSection(ctx: ProgressContext) {
  const [practice, self, mentor] = await Promise.all([ctx.load.weeklyPractice(), ctx.load.weeklySelf(), ctx.load.weeklyMentor()]);
  return { sources: SCORE_SERIES, weeks: ctx.weeks, domains: withMentorScores(domainSeries(ctx.weeks, practice, self), mentor) };
}
