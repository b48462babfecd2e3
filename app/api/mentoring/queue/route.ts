import * as responses from "@/lib/api/responses";
import { reviewQueue } from "@/lib/mentors/review-requests";
import { route } from "@/lib/server/http";

/** Open review requests from current mentees, oldest first, with how long each has waited. */
export const GET = route(
  {
    operationId: "getReviewQueue",
    summary: "Open review requests from your mentees, oldest first",
    response: responses.getReviewQueue,
  },
  async ({ user }) => ({ items: await reviewQueue(user.id) }),
);

export * from "@/lib/server/method-not-allowed";
