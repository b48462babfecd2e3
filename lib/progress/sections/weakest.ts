import "server-only";
import { FOCUS_AREAS, labelOf } from "@/lib/questions/taxonomy";
import { type ProgressContext } from "../context";
import { PROGRESS_SETTINGS } from "../data/settings";
import { rankWeakest } from "../weakest";

/** The weakest focus areas over the recent window, each with questions to practise next. */
export async function weakestSection(ctx: ProgressContext) {
  const stats = await ctx.load.areaStats();
  const ranked = rankWeakest(
    stats.map((s) => ({ focusArea: s.focusArea, scored: s.recentScored, scoreSum: s.recentScoreSum })),
    PROGRESS_SETTINGS.weakestCount,
  );
  const questions = await ctx.load.questionsFor(
    ranked.map((r) => r.focusArea),
    PROGRESS_SETTINGS.questionsPerArea,
  );
  return {
    windowDays: PROGRESS_SETTINGS.weakestWindowDays,
    areas: ranked.map((r) => ({
      ...r,
      label: labelOf(FOCUS_AREAS, r.focusArea),
      questions: questions.filter((q) => q.focusArea === r.focusArea).map(({ focusArea: _, ...q }) => q),
    })),
  };
}
