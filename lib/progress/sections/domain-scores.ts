import "server-only";
import { type ProgressContext } from "../context";
import { SCORE_SERIES } from "../data/settings";
import { domainSeries } from "../series";
import { scoreCells } from "./score-cells";

/** Each rubric domain's weekly score, one series per source (SCORE_SERIES). */
export async function domainScoresSection(ctx: ProgressContext) {
  return { sources: SCORE_SERIES, weeks: ctx.weeks, domains: domainSeries(ctx.weeks, await scoreCells(ctx)) };
}
