import { Markdown } from "@/components/ui/markdown";
import { type ReviewRequestView } from "@/lib/mentors/review-requests";
import { type ThreadView } from "@/lib/mentors/reviews";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";
import { AskForReview } from "./ask-for-review";
import { CommentThread } from "./comment-thread";
import { fmt2, signed, when } from "./format";

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

type Props = {
  attemptId: string;
  selfScores: Record<string, number> | null;
  threads: ThreadView[];
  mentors: { mentorshipId: string; name: string }[];
  requests: ReviewRequestView[];
  canAsk: boolean;
};

/** On the candidate's attempt page: each mentor's scores beside the self-scores, their summary and the thread; and "Ask for a review". */
export function MentorReviewsSection({ attemptId, selfScores, threads, mentors, requests, canAsk }: Props) {
  return (
    <section id="mentor-reviews" aria-labelledby="mentor-reviews-heading" className={`${card} space-y-6`}>
      <h2 id="mentor-reviews-heading" className="text-lg font-semibold">
        Mentor reviews
      </h2>
      {threads.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">No mentor has reviewed this answer yet.</p>
      )}
      {threads.map((t) => (
        <section
          key={t.mentor.id}
          aria-labelledby={`thread-${t.mentor.id}`}
          className="space-y-3 border-t border-slate-200 pt-4 first:border-0 first:pt-0 dark:border-slate-800"
        >
          <h3 id={`thread-${t.mentor.id}`} className="font-semibold">
            {t.mentor.name}
            {t.review && (
              <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
                reviewed {when(t.review.updatedAt)}
              </span>
            )}
          </h3>
          {t.review && (
            <>
              <div
                className="overflow-x-auto"
                tabIndex={0}
                role="region"
                aria-label={`Scores from ${t.mentor.name}`}
              >
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Your scores and {t.mentor.name}&apos;s</caption>
                  <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
                    <tr>
                      <th scope="col" className="py-2 pr-4 font-medium">
                        Evaluation point
                      </th>
                      <th scope="col" className="py-2 pr-4 text-right font-medium">
                        You
                      </th>
                      <th scope="col" className="py-2 pr-4 text-right font-medium">
                        Mentor
                      </th>
                      <th scope="col" className="py-2 text-right font-medium">
                        Gap
                      </th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                    {EVALUATION_POINTS.map((p) => {
                      const self = selfScores?.[p.field] ?? null;
                      const mentor = t.review!.scores[p.field as keyof typeof t.review.scores];
                      const gap = self === null ? null : self - mentor;
                      return (
                        <tr key={p.field}>
                          <th scope="row" className="py-2 pr-4 text-left font-normal">
                            {p.label}
                          </th>
                          <td className="py-2 pr-4 text-right tabular-nums">{fmt2(self)}</td>
                          <td className="py-2 pr-4 text-right font-semibold tabular-nums">{mentor}</td>
                          <td
                            className={`py-2 text-right tabular-nums ${gap !== null && Math.abs(gap) >= 2 ? "font-semibold text-red-700 dark:text-red-300" : ""}`}
                          >
                            {signed(gap)}
                          </td>
                        </tr>
                      );
                    })}
                    <tr className="font-semibold">
                      <th scope="row" className="py-2 pr-4 text-left">
                        Average
                      </th>
                      <td className="py-2 pr-4 text-right tabular-nums">
                        {selfScores ? fmt2(Object.values(selfScores).reduce((a, b) => a + b, 0) / 4) : "–"}
                      </td>
                      <td className="py-2 pr-4 text-right tabular-nums">{fmt2(t.review.average)}</td>
                      <td />
                    </tr>
                  </tbody>
                </table>
              </div>
              {t.review.summary && <Markdown className="text-sm">{t.review.summary}</Markdown>}
            </>
          )}
          <CommentThread
            comments={t.comments}
            postUrl={`/api/practice/attempts/${attemptId}/comments`}
            extra={{ mentorId: t.mentor.id }}
            canPost={t.active}
            emptyText={`No comments from ${t.mentor.name} yet.`}
          />
        </section>
      ))}
      {canAsk && (
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <h3 className="mb-2 font-semibold">Ask for a review</h3>
          <AskForReview item={{ attemptId }} mentors={mentors} requests={requests} />
        </div>
      )}
    </section>
  );
}
