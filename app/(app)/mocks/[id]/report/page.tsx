import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { CoveragePanel } from "@/components/feedback/coverage-panel";
import { AskForReview } from "@/components/mentors/ask-for-review";
import { MockMentorTable } from "@/components/mentors/mock-mentor-table";
import { NoMentorYet } from "@/components/mentors/no-mentor-yet";
import { LazyDomainScoresChart } from "@/components/mocks/lazy-report-charts";
import { ModelAnswer } from "@/components/mocks/model-answer";
import { MockScoreForm } from "@/components/mocks/score-island";
import { TimeUsed } from "@/components/mocks/time-used";
import { ChallengedToggle } from "@/components/questions/challenged-toggle";
import { InterviewChecklist } from "@/components/practice/interview-checklist";
import { BandBadge } from "@/components/rubric/band-badge";
import { DeliverySummary } from "@/components/speech/delivery-summary";
import { RecordingPlayback } from "@/components/speech/recording-playback";
import { DataTable } from "@/components/ui/data-table";
import { MarkdownHtml } from "@/components/ui/markdown-html";
import { ensureFeedback, orNoFeedback } from "@/lib/feedback/answer-feedback";
import { mockMentoring } from "@/lib/mentors/candidate-view";
import { markdownHtml } from "@/lib/markdown/html";
import { getMockReport } from "@/lib/mocks/report";
import { answerAsMarkdown } from "@/lib/practice/answer";
import { formatDuration } from "@/lib/practice/timer";
import { difficultyLabel } from "@/lib/questions/taxonomy";
import { HttpError } from "@/lib/server/errors";
import { deliveryBySession } from "@/lib/speech/delivery-summary";
import { finishedRecordingsOf } from "@/lib/speech/recordings";
import { answerWords } from "@/lib/speech/transcript";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Mock interview report" };

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";
// Read-only text (an answer, its coverage) skips style and layout while it is off screen: the
// browser lays it out as it nears the viewport and keeps the size it measured.
const offscreenText = "[content-visibility:auto] [contain-intrinsic-size:auto_320px]";
const fmt = (n: number | null) => (n === null ? "—" : n.toFixed(2));

export default async function MockReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  // `?model=<slot>`: that model answer sent open with the page (the no-script way to read it).
  const { model } = await searchParams;
  const openModel = typeof model === "string" && /^\d{1,3}$/.test(model) ? Number(model) : null;
  const user = await requireUser();
  const report = await or404(
    getMockReport(user.id, id).catch((e: unknown) => {
      if (e instanceof HttpError && e.status === 409) redirect(`/mocks/${id}`);
      throw e;
    }),
  );
  const { scores } = report;
  const [mentoring, feedback, recordings] = await Promise.all([
    mockMentoring(
      user.id,
      id,
      report.questions.map((q) => q.attemptId),
    ),
    orNoFeedback(ensureFeedback(report.questions.map((q) => q.attemptId))),
    finishedRecordingsOf(
      user.id,
      report.questions.map((q) => q.attemptId),
    ),
  ]);
  const delivery = deliveryBySession(
    report.questions.map((q) => ({
      sessionIndex: q.sessionIndex,
      metrics: recordings.get(q.attemptId)?.metrics ?? null,
      transcript: answerWords(q.answer),
    })),
  );
  const challenged = report.questions.filter((q) => q.challenged);
  const sessionTitle = (i: number | null) => (i === null ? "" : (report.sessions[i]?.title ?? ""));

  return (
    <article className="mx-auto max-w-5xl space-y-6">
      <p className="text-sm">
        <AppLink href="/mocks" className="text-indigo-700 hover:underline dark:text-indigo-300">
          ← All mock interviews
        </AppLink>
      </p>
      <div>
        <h1 className="text-2xl font-bold">Mock interview report</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {report.title} · {report.startedAt.slice(0, 10)} · {difficultyLabel(report.difficulty)} difficulty
          {report.seriesNumber !== null && ` · series #${report.seriesNumber}`}
          {report.finishedEarly && " · finished early"}
        </p>
      </div>

      <section aria-labelledby="overall-heading" className={card}>
        <h2 id="overall-heading" className="text-lg font-semibold">
          Overall
        </h2>
        {scores.overall === null || !scores.band ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Score your answers below (four evaluation points each, 0 to 10) to see your overall score and
            readiness band.
          </p>
        ) : (
          <div className="mt-2 space-y-1">
            <p className="text-3xl font-bold tabular-nums" aria-describedby="band-meaning">
              {scores.overall.toFixed(2)}{" "}
              <span className="text-base font-normal text-slate-600 dark:text-slate-400">/ 10</span>
            </p>
            <p id="band-meaning" className="flex flex-wrap items-center gap-2 text-sm">
              Band: <BandBadge band={scores.band.value} /> {scores.band.meaning}.
            </p>
            {scores.scored < scores.answered && (
              <p className="text-sm text-amber-800 dark:text-amber-200">
                {scores.scored} of {scores.answered} answers scored so far: score the rest for a complete
                result.
              </p>
            )}
          </div>
        )}
        {scores.answered < scores.total && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {scores.total - scores.answered} of {scores.total} question{scores.total === 1 ? "" : "s"} left
            blank: not scored and not counted as answered.
          </p>
        )}
        <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">
          Bands from the guide: Excellent 8.5-10 (ready for senior/lead positions), Good 7-8.4 (mid-level),
          Developing 5.5-6.9 (entry to junior), Needs improvement below 5.5.
        </p>
      </section>

      <section id="mentor-reviews" aria-labelledby="mentor-heading" className={card}>
        <h2 id="mentor-heading" className="mb-2 text-lg font-semibold">
          Mentor reviews
        </h2>
        {mentoring.reviews.length === 0 ? (
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            No mentor has reviewed these answers yet.
          </p>
        ) : (
          <div className="mb-4">
            <MockMentorTable
              questions={report.questions}
              reviews={mentoring.reviews}
              hrefFor={(q) => `/practice/attempts/${q.attemptId}#mentor-reviews`}
            />
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
              Averages of the four evaluation points; open a question for the mentor&apos;s comments.
            </p>
          </div>
        )}
        {mentoring.mentors.length === 0 ? (
          // Without a mentor there is no form: AskForReview's own line, sent as HTML (no client component to hydrate).
          <NoMentorYet />
        ) : (
          <AskForReview item={{ mockId: id }} mentors={mentoring.mentors} requests={mentoring.requests} />
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="sessions-heading" className={card}>
          <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">
            By session
          </h2>
          <DataTable
            caption="Average score by session"
            rows={scores.perSession}
            rowKey={(x) => String(x.sessionIndex)}
            columns={[
              { header: "Session", cell: (x) => sessionTitle(x.sessionIndex) },
              {
                header: "Average",
                className: "tabular-nums",
                cell: (x) => fmt(x.average),
                sort: (x) => x.average,
              },
              { header: "Scored", className: "tabular-nums", cell: (x) => `${x.scored} of ${x.answered}` },
            ]}
          />
        </section>
        <section aria-labelledby="domains-heading" className={card}>
          <h2 id="domains-heading" className="mb-2 text-lg font-semibold">
            By domain
          </h2>
          {scores.perDomain.some((d) => d.average !== null) && (
            <LazyDomainScoresChart
              data={scores.perDomain.map((d) => ({ label: d.label, average: d.average }))}
            />
          )}
          <DataTable
            caption="Average score by rubric domain"
            rows={scores.perDomain}
            rowKey={(d) => d.domain}
            columns={[
              { header: "Domain", cell: (d) => d.label, sort: (d) => d.label },
              {
                header: "Average",
                className: "tabular-nums",
                cell: (d) => fmt(d.average),
                sort: (d) => d.average,
              },
            ]}
          />
        </section>
      </div>

      {delivery.length > 0 && (
        <section aria-labelledby="delivery-heading" className={card}>
          <h2 id="delivery-heading" className="mb-2 text-lg font-semibold">
            Spoken answers
          </h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            Speaking time and long pauses of the answers you recorded; pace where the answer holds a
            transcript.
          </p>
          <DeliverySummary rows={delivery} sessionTitle={sessionTitle} />
        </section>
      )}

      <TimeUsed time={report.time} />

      <section aria-labelledby="challenged-heading" className={card}>
        <h2 id="challenged-heading" className="mb-2 text-lg font-semibold">
          Questions that challenged me
        </h2>
        {challenged.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            None marked yet. Press “Challenged me” on a question below to keep it on your list for review.
          </p>
        ) : (
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {challenged.map((q) => (
              <li key={q.slot}>
                <AppLink
                  href={`/questions/${q.questionId}`}
                  className="text-indigo-700 hover:underline dark:text-indigo-300"
                >
                  {q.title}
                </AppLink>
              </li>
            ))}
          </ul>
        )}
      </section>

      {report.checklist.interviewId && (
        <section aria-labelledby="checklist-heading">
          <h2 id="checklist-heading" className="mb-2 text-lg font-semibold">
            After the interview
          </h2>
          <InterviewChecklist
            interviewId={report.checklist.interviewId}
            groups={[
              {
                phase: "after",
                title: "After-interview checklist",
                items: report.checklist.items.map((i) => ({ key: i.key, label: i.label })),
              },
            ]}
            initialChecked={report.checklist.items.filter((i) => i.checked).map((i) => i.key)}
          />
        </section>
      )}

      <section aria-labelledby="answers-heading" className="space-y-4">
        <h2 id="answers-heading" className="text-lg font-semibold">
          Your answers: score each one
        </h2>
        {report.questions.length === 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            This mock was finished before any question was reached.
          </p>
        )}
        {report.questions.map((q) => (
          <section key={q.slot} aria-labelledby={`answer-${q.slot}`} className={card}>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Question {q.slot + 1} · {q.blockLabel}
            </p>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 id={`answer-${q.slot}`} className="text-base font-semibold">
                {q.title}
              </h3>
              <ChallengedToggle questionId={q.questionId} title={q.title} initial={q.challenged} refresh />
            </div>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              Time on it {formatDuration(q.timeSpentMs)} (its share of the block{" "}
              {formatDuration(q.allocatedMs)})
              {q.score !== null && (
                <>
                  {" "}
                  · score <strong className="tabular-nums">{q.score.toFixed(2)}</strong> / 10
                </>
              )}
            </p>
            <div
              className={`mt-3 rounded-md border border-slate-200 p-4 dark:border-slate-700 ${offscreenText}`}
            >
              <MarkdownHtml>{answerAsMarkdown(q.format, q.answer)}</MarkdownHtml>
            </div>
            {recordings.get(q.attemptId) && (
              <div className="mt-3 rounded-md border border-slate-200 p-4 dark:border-slate-700">
                <h4 className="mb-2 font-semibold">Spoken answer</h4>
                <RecordingPlayback
                  audioUrl={`/api/practice/attempts/${q.attemptId}/recording/audio`}
                  recording={recordings.get(q.attemptId)!}
                  transcript={answerWords(q.answer)}
                />
              </div>
            )}
            {!q.blank && feedback?.get(q.attemptId) && (
              <div
                className={`mt-3 rounded-md border border-slate-200 p-4 dark:border-slate-700 ${offscreenText}`}
              >
                <CoveragePanel
                  feedback={feedback.get(q.attemptId)!}
                  answer={q.answer}
                  headingLevel={4}
                  id={`coverage-${q.slot}`}
                />
              </div>
            )}
            <ModelAnswer
              id={`model-answer-${q.slot}`}
              url={`/api/mocks/${report.id}/answers/${q.slot}/model-answer`}
              noScriptHref={`/mocks/${report.id}/report?model=${q.slot}#model-answer-${q.slot}`}
              html={q.slot === openModel ? markdownHtml(q.modelAnswer) : null}
              keyPoints={q.keyPoints}
              bonusPoints={q.bonusPoints}
            />
            <div className="mt-4">
              <MockScoreForm
                attemptId={q.attemptId}
                url={`/api/mocks/${report.id}/answers/${q.slot}/score`}
                label={`Score question ${q.slot + 1}`}
                keyPoints={q.keyPoints}
                bonusPoints={q.bonusPoints}
                initialScores={q.scores}
                initialCovered={q.keyPointsCovered}
                blank={q.blank}
                suggestion={
                  q.keyPoints.length > 0 ? (feedback?.get(q.attemptId)?.suggestedScore ?? null) : null
                }
              />
            </div>
          </section>
        ))}
      </section>
    </article>
  );
}
