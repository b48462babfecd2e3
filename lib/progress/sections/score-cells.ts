import "server-only";
import { type ProgressContext } from "../context";
import { SCORE_SERIES, type SeriesKey } from "../data/settings";
import { type ScoreCell, type SeriesCells } from "../series";

/** Every score series' weekly cells, each from its loader (memoised: shared by the sections). */
export async function scoreCells(ctx: ProgressContext): Promise<SeriesCells> {
  const entries = await Promise.all(SCORE_SERIES.map(async (s) => [s.key, await ctx.load.scores[s.key]()] as const));
  return Object.fromEntries(entries) as Record<SeriesKey, ScoreCell[]>;
}
