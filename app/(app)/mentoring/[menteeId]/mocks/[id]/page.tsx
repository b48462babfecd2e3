import type { Metadata } from "next";
import { MockMentorTable } from "@/components/mentors/mock-mentor-table";
import { RequestNoteCallout } from "@/components/mentors/request-note";
import { TimeUsed } from "@/components/mocks/time-used";
import { BandBadge } from "@/components/rubric/band-badge";
import { DeliverySummary } from "@/components/speech/delivery-summary";
import { mentorMock } from "@/lib/mentors/mentor-reads";
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
      <TimeUsed time={report.time} />
    </article>
  );
}
