import { listAiReviews, prepareReview } from "@/lib/ai/review";
import { reviewAsJson, streamReview, wantsStream } from "@/lib/ai/stream";
import { idParams } from "@/lib/practice/schema";
import { route } from "@/lib/server/http";

/** The AI reviews of one of your attempts, newest first. */
export const GET = route({ params: idParams }, async ({ user, params }) => ({ reviews: await listAiReviews(user.id, params.id) }));

/** Asks the configured AI endpoint to review your submitted answer; streamed with Accept: text/event-stream. */
export const POST = route({ params: idParams }, async ({ req, user, params }) => {
  const job = await prepareReview(user.id, params.id);
  return wantsStream(req) ? streamReview(job, req.signal) : reviewAsJson(job, req.signal);
});

export * from "@/lib/server/method-not-allowed";
