// "Practise next": one question from the weakest areas that the user has not answered
// recently. Pure; the loader is lib/progress/practise-next.ts.

type NextCandidate = { id: string; title: string; difficulty: string; lastAttemptedAt: string | null };
export type NextArea = { focusArea: string; label: string; mean: number | null; questions: readonly NextCandidate[] };
export type NextPick = { area: NextArea; question: NextCandidate; reason: "weakest" | "not-started" };

/** A question attempted within this many days (today included) counts as answered recently. */
export const RECENT_DAYS = 7;

/** Days from `from` to `to`, both YYYY-MM-DD (UTC calendar arithmetic, exact). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Walks the areas weakest first; in each, the questions come never-attempted first, then the
 * longest ago. The pick is the first question not attempted in the last RECENT_DAYS days; when
 * every candidate was attempted recently, the least recently attempted one overall (earliest
 * date; ties keep the weakest area). Null only when there are no candidates at all.
 * `reason` is "not-started" when the area has no scores yet (day one), else "weakest".
 */
export function pickNext(areas: readonly NextArea[], today: string): NextPick | null {
  const reason = (a: NextArea) => (a.mean === null ? "not-started" : "weakest");
  let fallback: { area: NextArea; question: NextCandidate } | null = null;
  for (const area of areas) {
    for (const q of area.questions) {
      if (q.lastAttemptedAt === null || daysBetween(q.lastAttemptedAt, today) >= RECENT_DAYS) return { area, question: q, reason: reason(area) };
      if (!fallback || q.lastAttemptedAt < fallback.question.lastAttemptedAt!) fallback = { area, question: q };
    }
  }
  return fallback && { ...fallback, reason: reason(fallback.area) };
}
