import * as responses from "@/lib/api/responses";
import { AI_ERROR_CODES } from "@/lib/ai/errors";
import { listAiReviews, prepareReview } from "@/lib/ai/review";
import { reviewAsJson, streamReview, wantsStream } from "@/lib/ai/stream";
import { idParams } from "@/lib/practice/schema";
import { route } from "@/lib/server/http";

/** The AI reviews of one of your attempts, newest first. */
export const GET = route(
  {
    operationId: "listAiReviews",
    summary: "The AI reviews of one of your attempts",
    response: responses.listAiReviews,
    params: idParams,
  },
  async ({ user, params }) => ({ reviews: await listAiReviews(user.id, params.id) }),
);

/** Asks the configured AI endpoint to review your submitted answer; streamed with Accept: text/event-stream. */
export const POST = route(
  {
    operationId: "requestAiReview",
    summary: "Ask the configured AI endpoint to review your submitted answer",
    response: responses.requestAiReview,
    status: 201,
    eventStream:
      "With Accept: text/event-stream the review is streamed as server-sent events (200) as it is generated.",
    errors: [...AI_ERROR_CODES],
    params: idParams,
  },
  async ({ req, user, params }) => {
    const job = await prepareReview(user.id, params.id);
    return wantsStream(req) ? streamReview(job, req.signal) : reviewAsJson(job, req.signal);
  },
);

export * from "@/lib/server/method-not-allowed";
