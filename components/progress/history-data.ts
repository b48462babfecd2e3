// The dashboard's history sections as the compact data DashboardHistory (history.tsx) renders in
// the browser: built on the server per view, the heavy parts once per cached figures (memoOf on
// the frozen sections), the sentences worded here as they were on the page.
import { formatDate, formatMonth } from "@/lib/calendar/dates";
import { chartStart, fitWeeks } from "@/lib/progress/chart-range";
import { type SCORE_SERIES } from "@/lib/progress/data/settings";
import { type getProgress } from "@/lib/progress/get-progress";
import { monthlyActivity } from "@/lib/progress/heatmap";
import { focusAreasData, weeklyTimeData } from "./bar-data";
import { domainScoresData } from "./domain-data";
import { type HistoryData } from "./history";
import { fmtScore, minutesText, shortDate } from "./labels";
import { calendarDays, memoOf } from "./markup";
import { bandLabel, readinessData } from "./readiness-data";

type Progress = Awaited<ReturnType<typeof getProgress>>;
type Series = (typeof SCORE_SERIES)[number][];

/** What the history sections need from the progress, for the series shown (`hasAi`: the AI series is among them). */
export function historyData(p: Progress, series: Series, allSeries: readonly Series[number][], seriesList: string, hasAi: boolean): HistoryData {
  const seriesLabels = series.map((s) => s.label);
  const seriesKeys = series.map((s) => s.key).join(",");
  const weeks = p.domainScores.weeks.length;
  const hasScores = p.readiness.points.some((x) => x.score !== null);
  const hasPractice = p.focusAreas.total > 0;
  const latest = p.readiness.latest;
  const thisWeek = p.timePractised.weeks.at(-1)!;
  const heatmap = p.activity.heatmap;
  // The charts show the weeks with data (at least MIN_CHART_WEEKS), not the whole window; the tables list the weeks with data.
  const scores: HistoryData["scores"] = hasScores
    ? {
        latest: latest ? ` Latest: ${fmtScore(latest.score)} (${bandLabel(latest.band)}) in the week of ${shortDate(latest.week)}.` : "",
        readiness: memoOf(p.readiness, `data|${seriesKeys}`, () =>
          readinessData(p.readiness.points, series, chartStart(p.readiness.points.map((x) => x.score !== null))),
        ),
        domainLines: memoOf(p.domainScores, `lines|${seriesKeys}`, () =>
          p.domainScores.domains.map((d): [string, string] => [
            d.label,
            series
              .map((s) => {
                const last = d.points.findLast((x) => x[s.key] !== null);
                return `${s.label.toLowerCase()} ${last ? `${fmtScore(last[s.key])} (${shortDate(last.week)})` : "–"}`;
              })
              .join(", "),
          ]),
        ),
        hasAi,
        domains: memoOf(p.domainScores, `data|${seriesKeys}`, () =>
          domainScoresData(
            p.domainScores.domains,
            series,
            chartStart(p.domainScores.weeks.map((_, i) => p.domainScores.domains.some((d) => allSeries.some((s) => d.points[i]![s.key] !== null)))),
          ),
        ),
      }
    : null;
  const practice: HistoryData["practice"] = hasPractice
    ? {
        total: p.focusAreas.total,
        mostPractised: [...p.focusAreas.areas].sort((a, b) => b.attempts - a.attempts)[0]!.label,
        areas: memoOf(p.focusAreas, "data", () => focusAreasData(p.focusAreas.areas)),
        thisWeek: minutesText(thisWeek.minutes, thisWeek.attempts > 0),
        window: minutesText(
          p.timePractised.weeks.reduce((a, w) => a + w.minutes, 0),
          p.timePractised.weeks.some((w) => w.attempts > 0),
        ),
        time: memoOf(p.timePractised, "data", () => weeklyTimeData(fitWeeks(p.timePractised.weeks, (w) => w.attempts > 0))),
      }
    : null;
  const activity: HistoryData["activity"] = {
    text:
      heatmap.activeDays === 0
        ? "No activity in the last year yet. Each submitted answer and each micro-quiz answer counts for its day."
        : `${heatmap.activeDays} active day${heatmap.activeDays === 1 ? "" : "s"} and ${heatmap.total} answer${heatmap.total === 1 ? "" : "s"} (practice and micro-quiz) in the last ${heatmap.weeks.length} weeks` +
          (heatmap.busiest ? `; busiest day ${formatDate(heatmap.busiest.date)} with ${heatmap.busiest.count}.` : "."),
    days: memoOf(heatmap, "days", () => calendarDays(heatmap)),
    months:
      heatmap.activeDays > 0
        ? memoOf(heatmap, "rows", () =>
            monthlyActivity(heatmap)
              .filter((m) => m.total > 0)
              .map((m): [string, number, number] => [formatMonth(m.month), m.activeDays, m.total]),
          )
        : null,
  };
  return { weeks, seriesLabels, seriesList, scores, practice, activity };
}
