import "server-only";
import { FOCUS_AREAS } from "@/lib/questions/taxonomy";
import { type ProgressContext } from "../context";
import { ratio2 } from "../weeks";

/** Submitted attempts per focus area over the whole history, with the mean self-score. */
export async function focusAreasSection(ctx: ProgressContext) {
  const stats = await ctx.load.areaStats();
  const areas = FOCUS_AREAS.map((f) => {
    const s = stats.find((x) => x.focusArea === f.value);
    return {
      focusArea: f.value,
      label: f.label,
      attempts: s?.submitted ?? 0,
      scored: s?.scored ?? 0,
      mean: s ? ratio2(s.scoreSum, 4 * s.scored) : null,
    };
  });
  return { areas, total: areas.reduce((a, x) => a + x.attempts, 0) };
}
