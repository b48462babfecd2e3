import type { Metadata } from "next";
import { MockMentorTable } from "@/components/mentors/mock-mentor-table";
import { RequestNoteCallout } from "@/components/mentors/request-note";
import { TimeUsed } from "@/components/mocks/time-used";
import { BandBadge } from "@/components/rubric/band-badge";
import { CardSection } from "@/components/ui/section";
import { DeliverySummary } from "@/components/speech/delivery-summary";
import { mentorMock } from "@/lib/mentors/mentor-reads";
import { difficultyLabel } from "@/lib/questions/taxonomy";
import { or404, requireUser } from "@/lib/server/page";
import { deliveryBySession } from "@/lib/speech/delivery-summary";
import { finishedRecordingsOf } from "@/lib/speech/recordings";
import { answerWords } from "@/lib/speech/transcript";
import { MenteeHeader } from "../../mentee-header";

export const metadata: Metadata = { title: "Mentee's mock interview" };

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
      <CardSection id="overall-heading" title="Self-scored result" gap={0}>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {report.startedAt.slice(0, 10)} · {difficultyLabel(report.difficulty)} difficulty
          {report.finishedEarly && " · finished early"} · {s.scored} of {s.total} answers self-scored
        </p>
        {s.overall !== null && s.band && (
          <p className="mt-2 flex flex-wrap items-center gap-2 text-lg font-semibold">
            {s.overall.toFixed(2)} / 10 <BandBadge band={s.band.value} />
          </p>
        )}
      </CardSection>
      <CardSection id="questions-heading" title="Answers: open one to review it" gap={1}>
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
      </CardSection>
      {delivery.length > 0 && (
        <CardSection id="delivery-heading" title="Spoken answers" gap={2}>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            Open an answer to play its recording. Pace counts the answers that hold a transcript.
          </p>
          <DeliverySummary rows={delivery} sessionTitle={(i) => report.sessions[i]?.title ?? ""} />
        </CardSection>
      )}
      <TimeUsed time={report.time} />
    </article>
  );
}
