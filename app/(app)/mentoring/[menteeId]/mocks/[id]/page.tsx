import type { Metadata } from "next";
import { MockMentorTable } from "@/components/mentors/mock-mentor-table";
import { RequestNoteCallout } from "@/components/mentors/request-note";
import { LazyTimeUsedChart } from "@/components/mocks/lazy-report-charts";
import { BandBadge } from "@/components/rubric/band-badge";
import { DeliverySummary } from "@/components/speech/delivery-summary";
import { mentorMock } from "@/lib/mentors/mentor-reads";
import { formatDuration } from "@/lib/practice/timer";
import { difficultyLabel } from "@/lib/questions/taxonomy";
import { or404, requireUser } from "@/lib/server/page";
import { deliveryBySession } from "@/lib/speech/delivery-summary";
import { finishedRecordingsOf } from "@/lib/speech/recordings";
import { answerWords } from "@/lib/speech/transcript";
import { MenteeHeader } from "../../mentee-header";

export const metadata: Metadata = { title: "Mentee's mock interview" };

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

export default async function MentorMockPage({
  params,
}: {
  params: Promise<{ menteeId: string; id: string }>;
}) {
  const { menteeId, id } = await params;
  const user = await requireUser();
  const { mentee, request, report, reviews } = await or404(mentorMock(user.id, menteeId, id));
  const s = report.scores;
  // Access to the mock was checked above (mocks scope or a review request): its recordings too.
  const recordings = await finishedRecordingsOf(
    menteeId,
    report.questions.map((q) => q.attemptId),
  );
  const delivery = deliveryBySession(
    report.questions.map((q) => ({ sessionIndex: q.sessionIndex, metrics: recordings.get(q.attemptId)?.metrics ?? null, transcript: answerWords(q.answer) })),
  );
  return (
    <article className="mx-auto max-w-5xl space-y-6">
      <MenteeHeader mentee={mentee} current="" title={`Mock interview: ${report.title}`} />
      <RequestNoteCallout request={request} mentee={mentee.name} />
      <section aria-labelledby="overall-heading" className={card}>
        <h2 id="overall-heading" className="text-lg font-semibold">
          Self-scored result
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {report.startedAt.slice(0, 10)} · {difficultyLabel(report.difficulty)} difficulty
          {report.finishedEarly && " · finished early"} · {s.scored} of {s.total} answers self-scored
        </p>
        {s.overall !== null && s.band && (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-lg font-semibold">
            {s.overall.toFixed(2)} / 10 <BandBadge band={s.band.value} />
          </p>
        )}
      </section>
      <section aria-labelledby="questions-heading" className={card}>
        <h2 id="questions-heading" className="mb-1 text-lg font-semibold">
          Answers: open one to review it
        </h2>
        {report.questions.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            This mock was finished before any question was reached.
          </p>
        ) : (
          <MockMentorTable
            questions={report.questions}
            reviews={reviews}
            hrefFor={(q) => `/mentoring/${menteeId}/attempts/${q.attemptId}`}
          />
        )}
      </section>
      {delivery.length > 0 && (
        <section aria-labelledby="delivery-heading" className={card}>
          <h2 id="delivery-heading" className="mb-2 text-lg font-semibold">
            Spoken answers
          </h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            Open an answer to play its recording. Pace counts the answers that hold a transcript.
          </p>
          <DeliverySummary rows={delivery} sessionTitle={(i) => report.sessions[i]?.title ?? ""} />
        </section>
      )}
      <section aria-labelledby="time-heading" className={card}>
        <h2 id="time-heading" className="mb-2 text-lg font-semibold">
          Time used against time allocated
        </h2>
        <LazyTimeUsedChart
          data={report.time
            .filter((t) => t.kind === "block")
            .map((t) => ({
              label: t.label.split(":")[0]!,
              usedMinutes: t.usedMs / 60_000,
              allocatedMinutes: t.allocatedMs / 60_000,
            }))}
        />
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Time used and allocated per block and break</caption>
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Block
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Used
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                Allocated
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {report.time.map((t, i) => (
              <tr key={i} className={t.kind === "break" ? "text-slate-500 dark:text-slate-400" : ""}>
                <td className="py-2 pr-4">{t.label}</td>
                <td className="py-2 pr-4 tabular-nums">
                  {t.usedMs === 0 && t.kind === "block" ? "not reached" : formatDuration(t.usedMs)}
                </td>
                <td className="py-2 pr-4 tabular-nums">{formatDuration(t.allocatedMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
