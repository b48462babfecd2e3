import "server-only";
// A mentee's progress as a mentor may see it. The progress scope opens the page; what is on it
// follows the other scopes (`progressSeriesShown`): self-assessments and the mentor's own
// reviews always; practice figures (practice series, answers per focus area, weakest areas,
// time, streak) only with attempts, and mock answers counted in them only with mocks too; the
// mock series and the number of finished mocks only with mocks. Never another mentor's reviews,
// never quiz activity, never question titles (the dashboard's suggested questions include
// personal ones). Readiness is the mean of the series shown.
import { progressContext } from "@/lib/progress/context";
import { SCORE_SERIES, PROGRESS_SETTINGS, type SeriesKey } from "@/lib/progress/data/settings";
import { activitySection } from "@/lib/progress/sections/activity";
import { focusAreasSection } from "@/lib/progress/sections/focus-areas";
import { timePractisedSection } from "@/lib/progress/sections/time-practised";
import { type ScoreCell, type SeriesCells, domainSeries, readinessSeries } from "@/lib/progress/series";
import { rankWeakest } from "@/lib/progress/weakest";
import { FOCUS_AREAS, labelOf } from "@/lib/questions/taxonomy";
import { type Grant } from "./access";
import { PROGRESS_SERIES_RULE, SCOPES, progressSeriesShown } from "./scopes";

type Values = Partial<Record<SeriesKey, number | null>>;

type MentorProgress = {
  /** The series on the page, in display order; `mentor` is this mentor's own reviews. */
  series: { key: SeriesKey; label: string }[];
  /** Series left out, and the share that would show each. */
  withheld: { key: SeriesKey; label: string; needs: string }[];
  weeks: string[];
  domains: { domain: string; label: string; points: (Values & { week: string })[]; latest: Values }[];
  readiness: { latest: { week: string; score: number; band: string } | null };
  /** With attempts shared; mock answers count in it only when mocks are shared too. */
  practice: {
    includesMockAnswers: boolean;
    focusAreas: { focusArea: string; label: string; attempts: number; scored: number; mean: number | null }[];
    weakest: { windowDays: number; areas: { focusArea: string; label: string; mean: number | null; scored: number }[] };
    streak: { current: number; longest: number };
    thisWeekMinutes: number;
    totalMinutes: number;
  } | null;
  /** With mocks shared. */
  mocks: { finished: number } | null;
};

export async function mentorProgressView(grant: Grant, now = new Date()): Promise<MentorProgress> {
  const { scopes } = grant;
  const shown = progressSeriesShown(scopes);
  const ctx = await progressContext(grant.candidateId, now, {
    mockAnswers: scopes.mocks,
    quizzes: false,
    reviewsBy: grant.mentorId,
  });
  const keys = SCORE_SERIES.filter((s) => shown[s.key]).map((s) => s.key);
  const loaded = await Promise.all(SCORE_SERIES.map((s) => (shown[s.key] ? ctx.load.scores[s.key]() : Promise.resolve([] as ScoreCell[]))));
  const cells = Object.fromEntries(SCORE_SERIES.map((s, i) => [s.key, loaded[i]!])) as Record<SeriesKey, ScoreCell[]> satisfies SeriesCells;
  const pick = (p: Record<SeriesKey, number | null>): Values => Object.fromEntries(keys.map((k) => [k, p[k]]));
  const domains = domainSeries(ctx.weeks, cells).map((d) => ({
    domain: d.domain,
    label: d.label,
    points: d.points.map((p) => ({ week: p.week, ...pick(p) })),
    latest: Object.fromEntries(keys.map((k) => [k, d.points.findLast((p) => p[k] !== null)?.[k] ?? null])),
  }));
  const last = readinessSeries(ctx.weeks, cells).findLast((p) => p.score !== null);
  const practice = scopes.attempts ? await practiceFigures(ctx) : null;
  return {
    series: SCORE_SERIES.filter((s) => shown[s.key]).map((s) => ({ key: s.key, label: s.key === "mentor" ? "Your reviews" : s.label })),
    withheld: SCORE_SERIES.filter((s) => !shown[s.key]).map((s) => ({
      key: s.key,
      label: s.label,
      needs: SCOPES.find((x) => x.key === PROGRESS_SERIES_RULE[s.key])?.label ?? "",
    })),
    weeks: ctx.weeks,
    domains,
    readiness: { latest: last && last.score !== null && last.band ? { week: last.week, score: last.score, band: last.band } : null },
    practice: practice && { includesMockAnswers: scopes.mocks, ...practice },
    mocks: scopes.mocks ? { finished: (await ctx.load.mocks()).finished } : null,
  };
}

async function practiceFigures(ctx: Awaited<ReturnType<typeof progressContext>>) {
  const [areas, activity, time, stats] = await Promise.all([
    focusAreasSection(ctx),
    activitySection(ctx),
    timePractisedSection(ctx),
    ctx.load.areaStats(),
  ]);
  const ranked = rankWeakest(
    stats.map((s) => ({ focusArea: s.focusArea, scored: s.recentScored, scoreSum: s.recentScoreSum })),
    PROGRESS_SETTINGS.weakestCount,
  );
  return {
    focusAreas: areas.areas,
    // The areas only: the dashboard's suggested questions (some of them personal) stay the candidate's.
    weakest: {
      windowDays: PROGRESS_SETTINGS.weakestWindowDays,
      areas: ranked.map((r) => ({ ...r, label: labelOf(FOCUS_AREAS, r.focusArea) })),
    },
    streak: { current: activity.streak.current, longest: activity.streak.longest },
    thisWeekMinutes: time.thisWeekMinutes,
    totalMinutes: time.totalMinutes,
  };
}
