// Weekly series for the dashboard, from per-week aggregates computed in SQL. Pure.
import { DOMAINS, FOCUS_AREA_DOMAIN, type DomainValue } from "@/lib/rubric/data";
import { bandFor } from "@/lib/rubric/scores";
import { ratio2 } from "./weeks";

/** Submitted practice attempts of one week (Monday date) and focus area. */
export type WeeklyPractice = {
  week: string;
  focusArea: string;
  submitted: number;
  scored: number;
  /** Sum of the four evaluation-point scores over the scored attempts. */
  scoreSum: number;
  timeMs: number;
};

/** Self-assessments of one week: how many, and the sum of each domain's score. */
export type WeeklySelf = { week: string; count: number; sums: Record<DomainValue, number> };

export type DomainPoint = { week: string; self: number | null; practice: number | null; practiceScored: number };
export type DomainSeries = { domain: DomainValue; label: string; points: DomainPoint[] };

export function domainSeries(weeks: readonly string[], practice: readonly WeeklyPractice[], self: readonly WeeklySelf[]): DomainSeries[] {
  return DOMAINS.map((d) => ({
    domain: d.value,
    label: d.label,
    points: weeks.map((week) => {
      const rows = practice.filter((p) => p.week === week && FOCUS_AREA_DOMAIN[p.focusArea] === d.value);
      const scored = rows.reduce((a, r) => a + r.scored, 0);
      const sum = rows.reduce((a, r) => a + r.scoreSum, 0);
      const s = self.find((x) => x.week === week);
      return { week, self: s ? ratio2(s.sums[d.value], s.count) : null, practice: ratio2(sum, 4 * scored), practiceScored: scored };
    }),
  }));
}

export type ReadinessPoint = {
  week: string;
  /** Mean overall self-assessment of the week (mean of the four domains). */
  self: number | null;
  /** Mean self-score of the week's scored practice attempts. */
  practice: number | null;
  /** Mean of the sources present that week, and its band; null when neither is. */
  score: number | null;
  band: string | null;
};

export function readinessSeries(weeks: readonly string[], practice: readonly WeeklyPractice[], self: readonly WeeklySelf[]): ReadinessPoint[] {
  return weeks.map((week) => {
    const rows = practice.filter((p) => p.week === week);
    const scored = rows.reduce((a, r) => a + r.scored, 0);
    const sum = rows.reduce((a, r) => a + r.scoreSum, 0);
    const s = self.find((x) => x.week === week);
    const selfSum = s ? DOMAINS.reduce((a, d) => a + s.sums[d.value], 0) : 0;
    // Exact fractions: self = selfSum / (4 count), practice = sum / (4 scored).
    const parts: [number, number][] = [];
    if (s && s.count > 0) parts.push([selfSum, 4 * s.count]);
    if (scored > 0) parts.push([sum, 4 * scored]);
    // Mean of the sources: (a/b + c/d) / 2 = (a d + c b) / (2 b d).
    const score =
      parts.length === 0 ? null : parts.length === 1 ? ratio2(parts[0]![0], parts[0]![1]) : ratio2(parts[0]![0] * parts[1]![1] + parts[1]![0] * parts[0]![1], 2 * parts[0]![1] * parts[1]![1]);
    return {
      week,
      self: s ? ratio2(selfSum, 4 * s.count) : null,
      practice: ratio2(sum, 4 * scored),
      score,
      band: score === null ? null : bandFor(score).value,
    };
  });
}

export type WeeklyTime = { week: string; minutes: number; attempts: number };

export function weeklyTime(weeks: readonly string[], practice: readonly WeeklyPractice[]): WeeklyTime[] {
  return weeks.map((week) => {
    const rows = practice.filter((p) => p.week === week);
    return {
      week,
      minutes: Math.round(rows.reduce((a, r) => a + r.timeMs, 0) / 60_000),
      attempts: rows.reduce((a, r) => a + r.submitted, 0),
    };
  });
}
