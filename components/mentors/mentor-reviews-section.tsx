import { DataTable } from "@/components/ui/data-table";
import { Markdown } from "@/components/ui/markdown";
import { type ReviewRequestView } from "@/lib/mentors/review-requests";
import { type ThreadView } from "@/lib/mentors/reviews";
import { EVALUATION_POINTS } from "@/lib/practice/data/evaluation";
import { AskForReview } from "./ask-for-review";
import { CommentThread } from "./comment-thread";
import { fmt2, signed, when } from "./format";

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

type Point = (typeof EVALUATION_POINTS)[number];
const flagged = "font-semibold text-red-700 dark:text-red-300";

/** One mentor's scores beside the self-scores, per evaluation point, with the averages underneath. */
function ReviewScores({
  selfScores,
  mentorName,
  review,
}: {
  selfScores: Record<string, number> | null;
  mentorName: string;
  review: NonNullable<ThreadView["review"]>;
}) {
  const self = (p: Point) => selfScores?.[p.field] ?? null;
  const mentor = (p: Point) => review.scores[p.field as keyof typeof review.scores];
  const gap = (p: Point) => {
    const s = self(p);
    return s === null ? null : s - mentor(p);
  };
  return (
    <DataTable
      caption={`Your scores and ${mentorName}'s`}
      label={`Scores from ${mentorName}`}
      rows={EVALUATION_POINTS}
      rowKey={(p) => p.field}
      columns={[
        { header: "Evaluation point", rowHeader: true, cell: (p) => p.label, className: "font-normal" },
        { header: "You", align: "right", cell: (p) => fmt2(self(p)) },
        { header: "Mentor", align: "right", cell: mentor, className: "font-semibold" },
        {
          header: "Gap",
          align: "right",
          cell: (p) => {
            const g = gap(p);
            return <span className={g !== null && Math.abs(g) >= 2 ? flagged : undefined}>{signed(g)}</span>;
          },
        },
      ]}
      footer={[
        "Average",
        selfScores ? fmt2(Object.values(selfScores).reduce((a, b) => a + b, 0) / 4) : "–",
        fmt2(review.average),
        null,
      ]}
    />
  );
}

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
              <ReviewScores selfScores={selfScores} mentorName={t.mentor.name} review={t.review} />
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
