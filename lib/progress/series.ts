// Weekly series for the dashboard, from per-week aggregates computed in SQL. Pure.
// Every score source (SCORE_SERIES: self-assessment, practice self-scores, mock interviews…)
// reaches these functions in one shape, `ScoreCell` rows, so a new source is one entry in
// SCORE_SERIES and one loader that returns its cells.
import { DOMAINS, FOCUS_AREA_DOMAIN, type DomainValue } from "@/lib/rubric/data";
import { bandFor } from "@/lib/rubric/scores";
import { SCORE_SERIES, type SeriesKey } from "./data/settings";
import { ratio2 } from "./weeks";

/** Submitted practice attempts of one week (Monday date) and focus area. */
export type WeeklyPractice = {
  week: string;
  focusArea: string;
  /** Submitted answers (practice and mock interview answers alike) and their answering time. */
  submitted: number;
  timeMs: number;
  /** Scored practice attempts outside mock interviews (mock answers are the mock series). */
  scored: number;
  /** Sum of the four evaluation-point scores over those scored attempts. */
  scoreSum: number;
};

/** Self-assessments of one week: how many, and the sum of each domain's score. */
export type WeeklySelf = { week: string; count: number; sums: Record<DomainValue, number> };

/**
 * One source's scores in one week and rubric domain, as exact integers: the mean is
 * `sum / count` on the 0-10 scale (`count` scores of 0-10 each: an assessment gives one per
 * domain, a scored answer four, one per evaluation point). `items` is what a person counts:
 * assessments or scored answers.
 */
export type ScoreCell = { week: string; domain: DomainValue; sum: number; count: number; items: number };

export type SeriesCells = Record<SeriesKey, readonly ScoreCell[]>;

/** Scores of one source per week and focus area (sum of the four evaluation points, scored answers). */
export type WeeklyAreaScores = { week: string; focusArea: string; scored: number; scoreSum: number };

/** Answer scores (practice or mock) → cells: focus areas roll up to their rubric domain. */
export function answerCells(rows: readonly WeeklyAreaScores[]): ScoreCell[] {
  const out = new Map<string, ScoreCell>();
  for (const r of rows) {
    const domain = FOCUS_AREA_DOMAIN[r.focusArea];
    if (!domain || r.scored === 0) continue;
    const key = `${r.week} ${domain}`;
    const c = out.get(key) ?? { week: r.week, domain, sum: 0, count: 0, items: 0 };
    c.sum += r.scoreSum;
    c.count += 4 * r.scored;
    c.items += r.scored;
    out.set(key, c);
  }
  return [...out.values()];
}

/** Self-assessments → cells: one score per domain per assessment. */
export function selfCells(rows: readonly WeeklySelf[]): ScoreCell[] {
  return rows.filter((r) => r.count > 0).flatMap((r) => DOMAINS.map((d) => ({ week: r.week, domain: d.value, sum: r.sums[d.value], count: r.count, items: r.count })));
}

type Fraction = { sum: number; count: number; items: number };

function totalOf(cells: readonly ScoreCell[], week: string, domain?: DomainValue): Fraction {
  const t = { sum: 0, count: 0, items: 0 };
  for (const c of cells) {
    if (c.week !== week || (domain && c.domain !== domain)) continue;
    t.sum += c.sum;
    t.count += c.count;
    t.items += c.items;
  }
  return t;
}

type PerSeries<T> = { [K in SeriesKey]: T };

type DomainPoint = PerSeries<number | null> & {
  week: string;
  /** Assessments or scored answers behind each source's value. */
  counts: PerSeries<number>;
};
type DomainSeries = { domain: DomainValue; label: string; points: DomainPoint[] };

const perSeries = <T>(f: (key: SeriesKey) => T) => Object.fromEntries(SCORE_SERIES.map((s) => [s.key, f(s.key)])) as PerSeries<T>;

export function domainSeries(weeks: readonly string[], cells: SeriesCells): DomainSeries[] {
  return DOMAINS.map((d) => ({
    domain: d.value,
    label: d.label,
    points: weeks.map((week) => {
      const totals = perSeries((k) => totalOf(cells[k], week, d.value));
      return { week, ...perSeries((k) => ratio2(totals[k].sum, totals[k].count)), counts: perSeries((k) => totals[k].items) };
    }),
  }));
}

/**
 * Mean of fractions a_i / b_i (all b_i > 0), rounded to 2 decimals half up, exactly: BigInt
 * cross-multiplication, so four sources with large denominators do not lose precision.
 */
export function meanOfFractions(parts: readonly (readonly [number, number])[]): number | null {
  if (parts.length === 0) return null;
  let num = 0n;
  let den = 1n;
  for (const [a, b] of parts) {
    // num/den + a/b = (num b + a den) / (den b)
    num = num * BigInt(b) + BigInt(a) * den;
    den = den * BigInt(b);
  }
  den *= BigInt(parts.length);
  // round(100 num / den) half up, for non-negative values: floor((200 num + den) / (2 den)).
  const hundredths = (200n * num + den) / (2n * den);
  return Number(hundredths) / 100;
}

type ReadinessPoint = PerSeries<number | null> & {
  week: string;
  /** Mean of the sources present that week, equally weighted, and its band; null when none is. */
  score: number | null;
  band: string | null;
};

/**
 * Weekly readiness: each source's overall score of the week (self-assessment: the mean of the
 * four domains; practice and mock interviews: the mean of their scored answers, which for one
 * mock is its report's overall score), then the mean of the sources present.
 */
export function readinessSeries(weeks: readonly string[], cells: SeriesCells): ReadinessPoint[] {
  return weeks.map((week) => {
    const totals = perSeries((k) => totalOf(cells[k], week));
    const present = SCORE_SERIES.map((s) => totals[s.key]).filter((t) => t.count > 0);
    const score = meanOfFractions(present.map((t) => [t.sum, t.count] as const));
    return { week, ...perSeries((k) => ratio2(totals[k].sum, totals[k].count)), score, band: score === null ? null : bandFor(score).value };
  });
}

type WeeklyTime = { week: string; minutes: number; attempts: number };

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
