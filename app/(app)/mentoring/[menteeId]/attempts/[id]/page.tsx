import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { CoveragePanel } from "@/components/feedback/coverage-panel";
import { CommentThread } from "@/components/mentors/comment-thread";
import { RequestNoteCallout } from "@/components/mentors/request-note";
import { AiReviewPanel } from "@/components/feedback/ai-review-panel";
import { ReviewForm } from "@/components/mentors/review-form";
import { KeyPointList } from "@/components/questions/key-point-list";
import { Badge, difficultyTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CardSection } from "@/components/ui/section";
import { RecordingPlayback } from "@/components/speech/recording-playback";
import { MarkdownHtml } from "@/components/ui/markdown-html";
import { reviewsOf } from "@/lib/ai/review";
import { ensureFeedback, orNoFeedback } from "@/lib/feedback/answer-feedback";
import { mentorAttempt } from "@/lib/mentors/mentor-reads";
import { answerAsMarkdown } from "@/lib/practice/answer";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";
import { formatDuration } from "@/lib/practice/timer";
import { tickedSummary } from "@/lib/questions/key-points";
import { FOCUS_AREAS, QUESTION_TYPES, difficultyLabel, labelOf } from "@/lib/questions/taxonomy";
import { FOCUS_AREA_DOMAIN } from "@/lib/rubric/data";
import { or404, requireUser } from "@/lib/server/page";
import { finishedRecording } from "@/lib/speech/recordings";
import { answerWords } from "@/lib/speech/transcript";
import { MenteeHeader } from "../../mentee-header";

export const metadata: Metadata = { title: "Review an answer" };

const muted = "text-sm text-slate-600 dark:text-slate-400";

export default async function MentorAttemptPage({
  params,
}: {
  params: Promise<{ menteeId: string; id: string }>;
}) {
  const { menteeId, id } = await params;
  const user = await requireUser();
  const v = await or404(mentorAttempt(user.id, menteeId, id));
  const a = v.attempt;
  // Access was checked (and logged) by mentorAttempt just above; a mentor's read stores nothing.
  const feedback = (await orNoFeedback(ensureFeedback([id], { store: false })))?.get(id) ?? null;
  const recording = await finishedRecording(menteeId, id);
  const url = `/api/mentoring/mentees/${menteeId}/attempts/${id}`;
  return (
    <article className="mx-auto max-w-6xl">
      <MenteeHeader mentee={v.mentee} current="" title={v.question.title} />
      <RequestNoteCallout request={v.request} mentee={v.mentee.name} />
      <div className="mb-4 flex flex-wrap gap-2">
        <Badge tone={difficultyTone[v.question.difficulty]}>
          {difficultyLabel(v.question.difficulty)}
        </Badge>
        <Badge tone="indigo">{labelOf(QUESTION_TYPES, v.question.type)}</Badge>
        <Badge>{labelOf(FOCUS_AREAS, v.question.focusArea)}</Badge>
        {v.mockId && (
          <AppLink
            href={`/mentoring/${menteeId}/mocks/${v.mockId}`}
            className="text-sm text-indigo-700 hover:underline dark:text-indigo-300"
          >
            Part of a mock interview
          </AppLink>
        )}
      </div>
      <CardSection id="prompt-heading" title="Question">
        <MarkdownHtml>{v.question.prompt}</MarkdownHtml>
      </CardSection>
      <div className="mt-6 grid gap-6 lg:grid-cols-2 lg:items-start">
        <CardSection id="answer-heading" title={<>{v.mentee.name}&apos;s answer</>} gap={1}>
          <p className={`mb-3 ${muted}`}>
            Time spent {formatDuration(a.timeSpentMs ?? 0)} of {formatDuration(a.allocatedSeconds * 1000)}{" "}
            allocated
            {a.submittedAt ? ` · submitted ${new Date(a.submittedAt).toUTCString()}` : ""}
          </p>
          <MarkdownHtml>{answerAsMarkdown(a.format, a.answer)}</MarkdownHtml>
          {recording && (
            <div className="mt-5">
              <h3 className="mb-2 font-semibold">Spoken answer</h3>
              <RecordingPlayback audioUrl={`${url}/recording/audio`} recording={recording} transcript={answerWords(a.answer)} />
            </div>
          )}
          <h3 className="mt-5 font-semibold">Self-scores</h3>
          {a.scores ? (
            <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
              {EVALUATION_POINTS.map((p) => (
                <div key={p.field}>
                  <dt className="text-slate-600 dark:text-slate-400">{p.label}</dt>
                  <dd className="font-semibold tabular-nums">
                    {a.scores![p.field as keyof typeof a.scores]}
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className={muted}>Not self-scored yet.</p>
          )}
          <p className={`mt-2 ${muted}`}>
            Key points ticked by the mentee: {tickedSummary(a.keyPointsCovered, a.keyPointCount, a.bonusPointCount)}
          </p>
        </CardSection>
        <CardSection id="review-heading" title="Your review">
          <ReviewForm
            url={`${url}/review`}
            initial={v.review ? { scores: v.review.scores, summary: v.review.summary } : null}
            selfScores={a.scores}
            domain={FOCUS_AREA_DOMAIN[v.question.focusArea] ?? null}
          />
        </CardSection>
      </div>
      {feedback && (
        <Card className="mt-6">
          <CoveragePanel feedback={feedback} answer={a.answer} whose={`${v.mentee.name}'s answer`} />
        </Card>
      )}
      <Card as="details" className="mt-6">
        <summary className="cursor-pointer font-semibold">Model answer and key evaluation points</summary>
        {v.question.keyPoints.length > 0 && (
          <div className="mt-3">
            <KeyPointList
              keyPoints={v.question.keyPoints}
              bonusPoints={v.question.bonusPoints}
              after={(i) => a.keyPointsCovered.includes(i) && <Badge tone="green">covered, says the mentee</Badge>}
            />
          </div>
        )}
        {v.question.modelAnswer && (
          <div className="mt-3">
            <MarkdownHtml>{v.question.modelAnswer}</MarkdownHtml>
          </div>
        )}
      </Card>
      <div className="mt-6">
        <AiReviewPanel userId={user.id} attemptId={id} keyPoints={v.question.keyPoints} canRequest={false} reviews={await reviewsOf(v.attempt.id)} />
      </div>
      <CardSection id="thread-heading" title={<>Discussion with {v.mentee.name}</>} className="mt-6">
        <CommentThread
          comments={v.comments}
          postUrl={`${url}/comments`}
          canPost
          emptyText="No comments yet. Ask a question or point to a passage."
        />
      </CardSection>
    </article>
  );
}
