import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { Card, cardClass, linkClass, mutedText } from "@/components/progress/card";
import { fmtScore, minutesText, shortDate } from "@/components/progress/labels";
import { DashboardHistory } from "@/components/progress/history";
import { historyData } from "@/components/progress/history-data";
import { PreparationTimeline } from "@/components/progress/timeline";
import { StartPracticeButton } from "@/components/practice/start-practice-button";
import { BandBadge } from "@/components/rubric/band-badge";
import { Badge, difficultyTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/calendar/dates";
import { SCORE_SERIES } from "@/lib/progress/data/settings";
import { getProgress } from "@/lib/progress/get-progress";
import { DIFFICULTIES, labelOf } from "@/lib/questions/taxonomy";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Dashboard" };

// Built once, not per view (an Intl formatter is costly to construct).
const SERIES_LIST = new Intl.ListFormat("en-GB", { type: "conjunction" });

export default async function DashboardPage() {
  const user = await requireUser();
  const p = await getProgress(user.id);
  // The AI series shows only once there is an AI review in the weeks shown.
  const hasAi = p.domainScores.domains.some((d) => d.points.some((x) => x.ai !== null));
  const SERIES = SCORE_SERIES.filter((s) => s.key !== "ai" || hasAi);
  const seriesLabels = SERIES.map((s) => s.label);
  const seriesList = SERIES_LIST.format(seriesLabels.map((l) => l.toLowerCase()));
  const hasScores = p.readiness.points.some((x) => x.score !== null);
  const hasPractice = p.focusAreas.total > 0;
  const latest = p.readiness.latest;
  const thisWeek = p.timePractised.weeks.at(-1)!;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Dashboard</h1>
        <p className={`mt-1 ${mutedText}`}>
          Where you stand and what to practise next. Days and weeks are in your time zone ({p.timeZone}); weeks start on Monday.
        </p>
      </div>

      {user.isDemo && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <span className="font-semibold">Demo account:</span> this is sample history (assessments, practice answers, a mock interview and
          reviews over the last six weeks) so you can see a dashboard with data. Anyone can sign in as the demo account; sign up to keep
          your own history private.
        </p>
      )}

      {!hasScores && !hasPractice && (
        <section aria-labelledby="start-heading" className={`${cardClass} border-indigo-300 dark:border-indigo-700`}>
          <h2 id="start-heading" className="text-lg font-semibold">
            Start here
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
            <li>
              <AppLink href="/assessment" className={linkClass}>
                Record a self-assessment
              </AppLink>{" "}
              on the guide&apos;s rubric to set your baseline.
            </li>
            <li>
              <AppLink href="/questions" className={linkClass}>
                Practise a question
              </AppLink>
              , submit your answer and score it: your scores fill these charts.
            </li>
            <li>
              <AppLink href="/profile" className={linkClass}>
                Add your interview date
              </AppLink>{" "}
              to get the guide&apos;s 8-week plan.
            </li>
          </ol>
        </section>
      )}

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <section aria-labelledby="stat-readiness" className={cardClass}>
          <h2 id="stat-readiness" className={mutedText}>
            Readiness
          </h2>
          {latest ? (
            <>
              <p className="mt-1 text-3xl font-bold tabular-nums">{fmtScore(latest.score)}</p>
              <p className="mt-1 text-sm">
                <BandBadge band={latest.band!} /> <span className={mutedText}>week of {shortDate(latest.week)}</span>
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm">No scores yet.</p>
          )}
        </section>
        <section aria-labelledby="stat-streak" className={cardClass}>
          <h2 id="stat-streak" className={mutedText}>
            Streak
          </h2>
          <p className="mt-1 text-3xl font-bold tabular-nums">
            {p.activity.streak.current} day{p.activity.streak.current === 1 ? "" : "s"}
          </p>
          <p className={`mt-1 ${mutedText}`}>
            Longest {p.activity.streak.longest}. {p.activity.streak.current > 0 && !p.activity.streak.activeToday ? "Practise today to keep it." : ""}
          </p>
        </section>
        <section aria-labelledby="stat-time" className={cardClass}>
          <h2 id="stat-time" className={mutedText}>
            Practised this week
          </h2>
          <p className="mt-1 text-3xl font-bold tabular-nums">{minutesText(thisWeek.minutes, thisWeek.attempts > 0)}</p>
          <p className={`mt-1 ${mutedText}`}>{minutesText(p.timePractised.totalMinutes, hasPractice)} in all</p>
        </section>
        <section aria-labelledby="stat-reviews" className={cardClass}>
          <h2 id="stat-reviews" className={mutedText}>
            Reviews due
          </h2>
          <p className="mt-1 text-3xl font-bold tabular-nums">{p.reviews.due}</p>
          <p className={`mt-1 ${mutedText}`}>
            {p.reviews.scheduled === 0 ? (
              "Score a practice answer to schedule reviews."
            ) : (
              <>
                {p.reviews.nextWeek} more in the next 7 days.{" "}
                <AppLink href="/practice" className={linkClass}>
                  Review queue
                </AppLink>
              </>
            )}
          </p>
        </section>
      </div>

      <PreparationTimeline timeline={p.timeline} />

      <Card id="weakest-heading" title="Practise next: your weakest areas">
        <p className={`mb-3 ${mutedText}`}>
          Ranked by your self-scores over the last {p.weakest.windowDays} days, lowest first; areas of the mock interview you have not scored
          recently fill the list.
        </p>
        <ul className="grid gap-4 md:grid-cols-3">
          {p.weakest.areas.map((a) => (
            <li key={a.focusArea} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
              <h3 className="font-medium">{a.label}</h3>
              <p className={mutedText}>
                {a.mean === null ? "Not scored recently" : `Mean ${fmtScore(a.mean)} / 10 over ${a.scored} scored answer${a.scored === 1 ? "" : "s"}`}
              </p>
              {a.questions.length === 0 ? (
                <p className={`mt-2 ${mutedText}`}>No questions to suggest in this area.</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {a.questions.map((q) => (
                    <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                      <span>
                        <AppLink href={`/questions/${q.id}`} className="hover:underline">
                          {q.title}
                        </AppLink>{" "}
                        <Badge tone={difficultyTone[q.difficulty] ?? "slate"}>{labelOf(DIFFICULTIES, q.difficulty)}</Badge>
                        <span className="block text-xs text-slate-600 dark:text-slate-400">
                          {q.lastAttemptedAt ? `Last practised ${formatDate(q.lastAttemptedAt)}` : "Not practised yet"}
                        </span>
                      </span>
                      <StartPracticeButton questionId={q.id} label="Practise" variant="secondary" />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </Card>

      <DashboardHistory data={historyData(p, SERIES, SCORE_SERIES, seriesList, hasAi)} />
    </div>
  );
}
