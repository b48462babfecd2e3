// The weakest focus areas: where the recent self-scores are lowest. Pure, exact (integer
// comparisons of score sums, no float means in the ranking).
import { FOCUS_AREAS } from "@/lib/questions/taxonomy";
import { ratio2 } from "./weeks";

/** Scored attempts of one focus area: how many, and the sum of all their evaluation-point scores (4 per attempt). */
type AreaScores = { focusArea: string; scored: number; scoreSum: number };

type WeakArea = {
  focusArea: string;
  /** Mean score 0-10 over the scored attempts, 2 decimals; null when not practised in the window. */
  mean: number | null;
  scored: number;
};

const ORDER = new Map<string, number>(FOCUS_AREAS.map((f, i) => [f.value, i]));
const order = (a: string) => ORDER.get(a) ?? FOCUS_AREAS.length;

/**
 * Ranks scored areas by mean score, lowest first; ties go to the area with fewer scored
 * attempts (less evidence, more to practise), then to the bank's focus-area order. When fewer
 * than `count` areas have scores, the mock-interview areas not practised yet fill the list in
 * the bank's order.
 */
export function rankWeakest(stats: readonly AreaScores[], count: number): WeakArea[] {
  const scored = stats.filter((s) => s.scored > 0);
  // a.sum / (4 a.n) < b.sum / (4 b.n)  ⇔  a.sum · b.n < b.sum · a.n
  const ranked = [...scored].sort(
    (a, b) => a.scoreSum * b.scored - b.scoreSum * a.scored || a.scored - b.scored || order(a.focusArea) - order(b.focusArea),
  );
  const out: WeakArea[] = ranked.slice(0, count).map((s) => ({ focusArea: s.focusArea, mean: ratio2(s.scoreSum, 4 * s.scored), scored: s.scored }));
  const taken = new Set(scored.map((s) => s.focusArea));
  for (const f of FOCUS_AREAS) {
    if (out.length >= count) break;
    if (f.mock && !taken.has(f.value)) out.push({ focusArea: f.value, mean: null, scored: 0 });
  }
  return out;
}
