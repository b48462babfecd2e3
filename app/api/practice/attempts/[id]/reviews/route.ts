import * as responses from "@/lib/api/responses";
import { requestsForItem } from "@/lib/mentors/review-requests";
import { attemptThreads } from "@/lib/mentors/reviews";
import { idParams } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** The owner's view: every mentor's review and comment thread on the attempt, and open requests. */
export const GET = route(
  {
    operationId: "listAttemptReviews",
    summary: "Mentor reviews and threads on your attempt",
    response: responses.listAttemptReviews,
    params: idParams,
  },
  async ({ user, params }) => {
    const threads = await attemptThreads(user.id, params.id);
    return { threads, requests: await requestsForItem(user.id, { attemptId: params.id }) };
  },
);

export * from "@/lib/server/method-not-allowed";
