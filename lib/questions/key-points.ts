// Must-have and bonus key points: how self-scoring and coverage weigh them. Pure.
//
// A question's key points are its must-haves (`keyPoints`) followed by its bonus points
// (`bonusPoints`), numbered in that order from 0: the numbering of `keyPointsCovered` when an
// attempt is scored, and the order coverage should analyse them in.
// Weighing: the must-haves share 8 of the 10 points, the bonus points the other 2 (a question
// without bonus points gives all 10 to its must-haves). So covering every must-have is an 8, a
// 9 or 10 needs bonus points too, and no number of bonus points makes up for a missed must-have.
// Credit per point: covered 1, partly ½, missing 0.

export type KeyPointKind = "must" | "bonus";
type KeyPointStatus = "covered" | "partly" | "missing";
type WeightedKeyPoint = { index: number; text: string; kind: KeyPointKind; /** Share of the 0-10 score. */ weight: number };

export const MUST_HAVE_SHARE = 8;
export const BONUS_SHARE = 2;

const credit = (s: KeyPointStatus) => (s === "covered" ? 1 : s === "partly" ? 0.5 : 0);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every key point with its kind and weight (the weights add up to 10; none when there are no points). */
export function weightedKeyPoints(q: { keyPoints: readonly string[]; bonusPoints?: readonly string[] }): WeightedKeyPoint[] {
  const bonus = q.bonusPoints ?? [];
  const mustShare = bonus.length === 0 || q.keyPoints.length === 0 ? 10 : MUST_HAVE_SHARE;
  const bonusShare = 10 - mustShare;
  return [
    ...q.keyPoints.map((text, i) => ({ index: i, text, kind: "must" as const, weight: round2(mustShare / q.keyPoints.length) })),
    ...bonus.map((text, i) => ({ index: q.keyPoints.length + i, text, kind: "bonus" as const, weight: round2(bonusShare / bonus.length) })),
  ];
}

type WeightedCoverage = {
  /** Suggested 0-10 score, whole number. */
  score: number;
  must: { total: number; covered: number; partly: number; missing: number };
  bonus: { total: number; covered: number; partly: number; missing: number };
  /** The must-haves not covered (indexes), first to work on. */
  missingMustHaves: number[];
  allMustHaves: boolean;
};

/**
 * Weighs the statuses of a question's key points (`statuses[i]` for point i, numbered as in
 * `weightedKeyPoints`). Throws when the counts differ: coverage ran on other points.
 */
export function weighCoverage(q: { keyPoints: readonly string[]; bonusPoints?: readonly string[] }, statuses: readonly KeyPointStatus[]): WeightedCoverage {
  const points = weightedKeyPoints(q);
  if (statuses.length !== points.length) throw new Error(`Expected ${points.length} key point statuses, got ${statuses.length}`);
  const tally = (kind: KeyPointKind) => {
    const of = points.filter((p) => p.kind === kind).map((p) => statuses[p.index]!);
    return {
      total: of.length,
      covered: of.filter((s) => s === "covered").length,
      partly: of.filter((s) => s === "partly").length,
      missing: of.filter((s) => s === "missing").length,
    };
  };
  const must = tally("must");
  const bonus = tally("bonus");
  const mustShare = bonus.total === 0 ? 10 : MUST_HAVE_SHARE;
  const part = (kind: KeyPointKind, share: number) => {
    const of = points.filter((p) => p.kind === kind);
    return of.length === 0 ? 0 : (share * of.reduce((a, p) => a + credit(statuses[p.index]!), 0)) / of.length;
  };
  const raw = part("must", mustShare) + part("bonus", 10 - mustShare);
  const missingMustHaves = points.filter((p) => p.kind === "must" && statuses[p.index] !== "covered").map((p) => p.index);
  return { score: Math.round(raw + 1e-9), must, bonus, missingMustHaves, allMustHaves: must.total > 0 && missingMustHaves.length === 0 };
}

/** Self-scoring: the same weighing from the key points the user ticked as covered (indexes). */
export function selfScoreFromTicks(q: { keyPoints: readonly string[]; bonusPoints?: readonly string[] }, ticked: readonly number[]): WeightedCoverage {
  const set = new Set(ticked);
  return weighCoverage(
    q,
    weightedKeyPoints(q).map((p) => (set.has(p.index) ? "covered" : "missing")),
  );
}

/** The ticked (covered) key points counted apart: must-haves (indexes below `mustCount`) and bonus points. */
export function countTicked(ticked: readonly number[], mustCount: number, bonusCount = 0): { must: number; bonus: number } {
  const set = new Set(ticked);
  let must = 0;
  let bonus = 0;
  for (const i of set) {
    if (!Number.isInteger(i) || i < 0) continue;
    if (i < mustCount) must++;
    else if (i < mustCount + bonusCount) bonus++;
  }
  return { must, bonus };
}

/** "2 of 3 must-have key points covered, 1 of 2 bonus" (the bonus part only when the question has bonus points). */
export function tickedSummary(ticked: readonly number[], mustCount: number, bonusCount = 0): string {
  const c = countTicked(ticked, mustCount, bonusCount);
  const must = `${c.must} of ${mustCount} must-have key point${mustCount === 1 ? "" : "s"} covered`;
  return bonusCount > 0 ? `${must}, ${c.bonus} of ${bonusCount} bonus` : must;
}
