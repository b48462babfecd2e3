import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { ChallengedToggle } from "@/components/questions/challenged-toggle";
import {
  DeleteQuestionButton,
  NoteEditor,
  RevealAnswerButton,
} from "@/components/questions/question-actions";
import { KeyPointList } from "@/components/questions/key-point-list";
import { QuestionHeader } from "@/components/questions/question-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CardSection } from "@/components/ui/section";
import { MarkdownHtml } from "@/components/ui/markdown-html";
import { AttemptHistory } from "@/components/practice/attempt-history";
import { StartPracticeButton } from "@/components/practice/start-practice-button";
import { listAttempts } from "@/lib/practice/attempts";
import { getQuestion } from "@/lib/questions/get-question";
import { or404, requireUser } from "@/lib/server/page";

export const metadata: Metadata = { title: "Question" };

export default async function QuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const q = await or404(getQuestion(user.id, id));

  return (
    <article className="mx-auto max-w-4xl">
      <QuestionHeader q={q} back={{ href: "/questions", label: "Question bank" }} />
      {q.tags.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Tags">
          {q.tags.map((t) => (
            <li key={t}>
              <AppLink href={`/questions?tag=${encodeURIComponent(t)}`} className="text-xs text-indigo-700 hover:underline dark:text-indigo-300">
                #{t}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
      {q.retired && (
        <p className="mt-3 text-sm text-amber-800 dark:text-amber-300">This question has been retired from the bank.</p>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <StartPracticeButton questionId={q.id} />
        <ChallengedToggle questionId={q.id} initial={q.state.challenged} />
        {q.isOwner && (
          <>
            <AppLink href={`/questions/${q.id}/edit`} className={buttonClass("secondary")}>
              Edit
            </AppLink>
            <DeleteQuestionButton questionId={q.id} />
          </>
        )}
      </div>

      <CardSection id="prompt-heading" title="Question" className="mt-6">
        <MarkdownHtml>{q.prompt}</MarkdownHtml>
      </CardSection>

      <CardSection id="answer-heading" title="Model answer" className="mt-6">
        {q.answer ? (
          <div className="space-y-6">
            {q.answer.keyPoints.length > 0 && (
              <div>
                <h3 className="font-semibold">Key evaluation points</h3>
                <KeyPointList keyPoints={q.answer.keyPoints} bonusPoints={q.answer.bonusPoints} />
              </div>
            )}
            {q.answer.modelAnswer ? (
              <MarkdownHtml>{q.answer.modelAnswer}</MarkdownHtml>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">No model answer written yet.</p>
            )}
            {q.answer.discussionPoints.length > 0 && (
              <div>
                <h3 className="font-semibold">Discussion points</h3>
                <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
                  {q.answer.discussionPoints.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              The model answer and key evaluation points stay hidden until you have answered the question yourself, so
              they do not shape your answer. Reveal them now if you only want to study.
            </p>
            <RevealAnswerButton questionId={q.id} />
          </div>
        )}
      </CardSection>

      <AttemptsSection userId={user.id} questionId={q.id} />

      <Card as="section" aria-label="Your note" className="mt-6">
        <NoteEditor questionId={q.id} initial={q.state.note} initialVersion={q.state.noteVersion} />
      </Card>
    </article>
  );
}

async function AttemptsSection({ userId, questionId }: { userId: string; questionId: string }) {
  const attempts = await listAttempts(userId, { questionId, limit: 50 });
  return (
    <CardSection id="attempts-heading" title="Your attempts" className="mt-6">
      {attempts.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No attempts yet. Press “Practise this question” to answer it against the clock; the model answer opens once you submit.
        </p>
      ) : (
        <AttemptHistory attempts={attempts} caption="Your attempts at this question" />
      )}
    </CardSection>
  );
}
