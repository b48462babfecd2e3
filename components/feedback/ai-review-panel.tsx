import { type AiReviewView, aiSettings, listAiReviews } from "@/lib/ai/review";
import { AiReviewClient } from "./ai-review-client";

const card = "rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";

/**
 * The attempt page's AI review section: the stored reviews, and for the answer's owner the
 * button that streams a new one (when the installation has a model and the user opted in).
 * A mentor sees the stored reviews only (`reviews` given, no button).
 */
export async function AiReviewPanel({
  userId,
  attemptId,
  keyPoints,
  canRequest,
  reviews,
}: {
  userId: string;
  attemptId: string;
  keyPoints: string[];
  canRequest: boolean;
  reviews?: AiReviewView[];
}) {
  const mentorView = reviews !== undefined;
  const [settings, stored] = await Promise.all([aiSettings(userId), reviews ?? listAiReviews(userId, attemptId)]);
  if (mentorView && stored.length === 0) return null;
  return (
    <section aria-labelledby="ai-review-heading" className={card}>
      <h2 id="ai-review-heading" className="mb-1 text-lg font-semibold">
        AI review
      </h2>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        A language model scores the answer on the guide&apos;s four evaluation points and checks each key point. It checks the answer
        against the rubric; it does not prove the answer right or wrong, and your own scores stay yours.
      </p>
      <AiReviewClient
        attemptId={attemptId}
        settings={mentorView ? { ...settings, configured: true, enabled: true } : settings}
        initial={stored}
        keyPoints={keyPoints}
        canRequest={canRequest && !mentorView}
      />
    </section>
  );
}
