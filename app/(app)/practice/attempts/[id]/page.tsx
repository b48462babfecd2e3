import type { Metadata } from "next";
import { AiReviewPanel } from "@/components/feedback/ai-review-panel";
import { CoveragePanel } from "@/components/feedback/coverage-panel";
import { MentorReviewsSection } from "@/components/mentors/mentor-reviews-section";
import { AttemptRunner } from "@/components/practice/attempt-runner";
import { ScoreForm } from "@/components/practice/score-form";
import { StartPracticeButton } from "@/components/practice/start-practice-button";
import { KeyPointList } from "@/components/questions/key-point-list";
import { QuestionHeader } from "@/components/questions/question-header";
import { RecordingPlayback } from "@/components/speech/recording-playback";
import { Card } from "@/components/ui/card";
import { CardSection } from "@/components/ui/section";
import { MarkdownHtml } from "@/components/ui/markdown-html";
import { formatDateTimeIn } from "@/lib/calendar/date-time";
import { attemptFeedback, orNoFeedback } from "@/lib/feedback/answer-feedback";
import { attemptMentoring } from "@/lib/mentors/candidate-view";
import { answerAsMarkdown, isBlank } from "@/lib/practice/answer";
import { getAttempt } from "@/lib/practice/attempts";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";
import { RATING_LABELS, type RatingValue } from "@/lib/practice/rating";
import { formatDuration } from "@/lib/practice/timer";
import { getQuestion } from "@/lib/questions/get-question";
import { tickedSummary } from "@/lib/questions/key-points";
import { getRecording } from "@/lib/speech/recordings";
import { sttConfig } from "@/lib/speech/stt-config";
import { answerWords } from "@/lib/speech/transcript";
import { or404, requireUser, userTimeZone } from "@/lib/server/page";

export const metadata: Metadata = { title: "Practice" };

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const attempt = await or404(getAttempt(user.id, id));
  const done = attempt.status !== "in-progress";
  const [q, mentoring, timeZone, feedback, recording] = await Promise.all([
    getQuestion(user.id, attempt.questionId, { attempted: done }),
    done ? attemptMentoring(user.id, id) : null,
    userTimeZone(user.id),
    done ? orNoFeedback(attemptFeedback(user.id, id)) : null,
    done ? getRecording(user.id, id) : null,
  ]);

  return (
    <article className="mx-auto max-w-6xl">
      <QuestionHeader q={q} back={{ href: `/questions/${q.id}`, label: "Back to the question" }} />

      <CardSection id="prompt-heading" title="Question" className="mt-6">
        <MarkdownHtml>{q.prompt}</MarkdownHtml>
      </CardSection>

      {!done ? (
        <div className="mt-6">
          <AttemptRunner attempt={attempt} transcription={sttConfig() !== null} />
        </div>
      ) : (
        <>
          <p className="mt-6 text-sm text-slate-600 dark:text-slate-400" role="status">
            Submitted {attempt.submittedAt ? formatDateTimeIn(attempt.submittedAt, timeZone) : ""} · time spent{" "}
            <strong>{formatDuration(attempt.timeSpentMs ?? 0)}</strong> of {formatDuration(attempt.allocatedSeconds * 1000)} allocated
            {(attempt.timeSpentMs ?? 0) > attempt.allocatedSeconds * 1000 &&
              ` (overtime ${formatDuration((attempt.timeSpentMs ?? 0) - attempt.allocatedSeconds * 1000)})`}
            . This attempt is read-only.
          </p>
          <div className="mt-4 grid gap-6 lg:grid-cols-2 lg:items-start">
            <div className="space-y-6">
              <CardSection id="your-answer-heading" title="Your answer">
                <MarkdownHtml>{answerAsMarkdown(attempt.format, attempt.answer)}</MarkdownHtml>
              </CardSection>
              {recording?.status === "complete" && (
                <CardSection id="spoken-answer-heading" title="Your spoken answer">
                  <RecordingPlayback audioUrl={`/api/practice/attempts/${attempt.id}/recording/audio`} recording={recording} transcript={answerWords(attempt.answer)} />
                </CardSection>
              )}
              {feedback && (
                <Card>
                  <CoveragePanel feedback={feedback} answer={attempt.answer} />
                </Card>
              )}
            </div>
            <CardSection id="model-heading" title="Model answer">
              {q.answer?.keyPoints.length ? (
                <div className="mb-4">
                  <h3 className="font-semibold">Key evaluation points</h3>
                  <KeyPointList keyPoints={q.answer.keyPoints} bonusPoints={q.answer.bonusPoints} />
                </div>
              ) : null}
              {q.answer?.modelAnswer ? <MarkdownHtml>{q.answer.modelAnswer}</MarkdownHtml> : <p className="text-sm text-slate-600 dark:text-slate-400">This question has no model answer.</p>}
            </CardSection>
          </div>

          <CardSection id="score-heading" title={attempt.scores ? "Your scores" : "Score your answer"} gap={1} className="mt-6">
            {attempt.scores && attempt.averageTenths !== null && (
              <div className="mb-4 text-sm">
                <p>
                  Average <strong>{(attempt.averageTenths / 10).toFixed(1)} / 10</strong> · {tickedSummary(attempt.keyPointsCovered, attempt.keyPointCount, attempt.bonusPointCount)}
                  {attempt.rating ? ` · review rating “${RATING_LABELS[attempt.rating as RatingValue]}”` : ""}
                </p>
                <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-4">
                  {EVALUATION_POINTS.map((p) => (
                    <div key={p.field}>
                      <dt className="text-slate-500 dark:text-slate-400">{p.label}</dt>
                      <dd className="font-semibold tabular-nums">{attempt.scores![p.field as keyof typeof attempt.scores]}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            )}
            <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
              Compare your answer with the model answer, tick the key points you covered and score the guide&apos;s four evaluation points. Your
              scores decide when the question comes back for review.
            </p>
            <ScoreForm
              attemptId={attempt.id}
              keyPoints={q.answer?.keyPoints ?? []}
              bonusPoints={q.answer?.bonusPoints ?? []}
              initialScores={attempt.scores}
              initialCovered={attempt.keyPointsCovered}
              blank={isBlank(attempt.answer)}
              suggestion={feedback && feedback.keyPoints.length > 0 ? feedback.suggestedScore : null}
            />
          </CardSection>
          <div className="mt-6">
            <AiReviewPanel userId={user.id} attemptId={attempt.id} keyPoints={q.answer?.keyPoints ?? []} canRequest={!isBlank(attempt.answer)} />
          </div>
          {mentoring && (
            <div className="mt-6">
              <MentorReviewsSection
                attemptId={attempt.id}
                selfScores={attempt.scores}
                threads={mentoring.threads}
                mentors={mentoring.mentors}
                requests={mentoring.requests}
                canAsk
              />
            </div>
          )}
          <div className="mt-6">
            <StartPracticeButton questionId={q.id} label="Practise it again" variant="secondary" />
          </div>
        </>
      )}
    </article>
  );
}
