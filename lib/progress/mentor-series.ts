// The "Mentor scores" series: mentors' mean score per rubric domain and week. Pure.
import { FOCUS_AREA_DOMAIN } from "@/lib/rubric/data";
import { type DomainPoint, type DomainSeries } from "./series";
import { ratio2 } from "./weeks";

/** Mentor reviews of one week (Monday date) and focus area: how many, and the sum of their four scores. */
export type WeeklyMentor = { week: string; focusArea: string; reviews: number; scoreSum: number };

export type DomainPointWithMentor = DomainPoint & { mentor: number | null; mentorReviews: number };

export function withMentorScores(
  series: DomainSeries[],
  mentor: readonly WeeklyMentor[],
): (Omit<DomainSeries, "points"> & { points: DomainPointWithMentor[] })[] {
  return series.map((d) => ({
    ...d,
    points: d.points.map((p) => {
      const rows = mentor.filter((m) => m.week === p.week && FOCUS_AREA_DOMAIN[m.focusArea] === d.domain);
      const reviews = rows.reduce((a, r) => a + r.reviews, 0);
      const sum = rows.reduce((a, r) => a + r.scoreSum, 0);
      return { ...p, mentor: ratio2(sum, 4 * reviews), mentorReviews: reviews };
    }),
  }));
}
