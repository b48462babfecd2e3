import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { AttemptHistory } from "@/components/practice/attempt-history";
import { DueList } from "@/components/practice/due-list";
import { ReviewForecast } from "@/components/practice/forecast";
import { PracticeSubnav } from "@/components/practice/practice-subnav";
import { StartPracticeButton } from "@/components/practice/start-practice-button";
import { buttonClass } from "@/components/ui/button";
import { listAttempts } from "@/lib/practice/attempts";
import { practiseNext } from "@/lib/progress/practise-next";
import { getReviewQueue } from "@/lib/practice/review";
import { STATE_LABELS } from "@/lib/practice/scheduler";
import { DIFFICULTIES, QUESTION_TYPES, labelOf } from "@/lib/questions/taxonomy";
import { requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Practice" };

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

export default async function PracticePage() {
  const user = await requireUser();
  const [queue, attempts, next] = await Promise.all([getReviewQueue(user.id), listAttempts(user.id, { limit: 10 }), practiseNext(user.id)]);
  const upcoming = queue.forecast.reduce((a, d) => a + d.count, 0);

  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Practice</h1>
      <PracticeSubnav current="/practice" />
      <section aria-labelledby="next-heading" className={`${card} mb-6 border-indigo-200 dark:border-indigo-900`}>
        <h2 id="next-heading" className="text-lg font-semibold">
          Practise next
        </h2>
        {next ? (
          <div className="mt-2 flex flex-wrap items-end justify-between gap-4">
            <div className="min-w-0">
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {next.reason === "weakest"
                  ? `Your weakest area: ${next.area.label} (average ${next.area.mean?.toFixed(1)} / 10 over the last 90 days).`
                  : `An area you have not scored yet: ${next.area.label}.`}
              </p>
              <p className="mt-1 text-base font-medium">
                <AppLink href={`/questions/${next.question.id}`} className="hover:underline">
                  {next.question.title}
                </AppLink>
              </p>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {labelOf(DIFFICULTIES, next.question.difficulty)} ·{" "}
                {next.question.lastAttemptedAt ? `last practised ${next.question.lastAttemptedAt}` : "not practised yet"}
              </p>
            </div>
            <div className="flex flex-wrap items-start gap-2">
              <StartPracticeButton questionId={next.question.id} label="Start this question" />
              <AppLink href="/questions" className={buttonClass("secondary")}>
                Choose another
              </AppLink>
            </div>
          </div>
        ) : (
          <div className="mt-2 space-y-3 text-sm text-slate-600 dark:text-slate-400">
            <p>There is no question to suggest: the question bank has none you can practise.</p>
            <AppLink href="/questions" className={buttonClass("secondary")}>
              Open the question bank
            </AppLink>
          </div>
        )}
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="due-heading" className={card}>
          <h2 id="due-heading" className="text-lg font-semibold">
            Due for review today
          </h2>
          {queue.scheduledTotal === 0 ? (
            <div className="mt-3 space-y-3 text-sm text-slate-600 dark:text-slate-400">
              <p>
                Nothing scheduled yet. Each answer you submit and score (or each micro-quiz answer) schedules its question to come back here
                when you are about to forget it.
              </p>
              <AppLink href="/practice/quiz" className={buttonClass("secondary")}>
                Take a quiz round
              </AppLink>
            </div>
          ) : queue.due.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              All caught up: nothing is due today. {queue.scheduledTotal} question{queue.scheduledTotal === 1 ? " is" : "s are"} scheduled; the
              forecast shows when they come back.
            </p>
          ) : (
            <DueList
              items={queue.due.map((d) => ({
                questionId: d.questionId,
                title: d.title,
                line: `${labelOf(QUESTION_TYPES, d.type)} · ${STATE_LABELS[d.state]} · reviewed ${d.reps} time${d.reps === 1 ? "" : "s"}`,
                quiz: d.type === "quiz",
              }))}
            />
          )}
        </section>
        <section aria-labelledby="forecast-heading" className={card}>
          <h2 id="forecast-heading" className="text-lg font-semibold">
            Next 14 days
          </h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            {upcoming} review{upcoming === 1 ? "" : "s"} due in the next 14 days (days in {queue.timeZone}).
          </p>
          <ReviewForecast days={queue.forecast} />
        </section>
      </div>
      <section aria-labelledby="recent-heading" className={`${card} mt-6`}>
        <h2 id="recent-heading" className="mb-3 text-lg font-semibold">
          Recent attempts
        </h2>
        {attempts.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No attempts yet. Open any question in the <AppLink href="/questions" className="text-indigo-700 underline dark:text-indigo-300">question bank</AppLink> and
            press “Practise this question”.
          </p>
        ) : (
          <AttemptHistory attempts={attempts} showQuestion caption="Your most recent attempts" />
        )}
      </section>
    </div>
  );
}
