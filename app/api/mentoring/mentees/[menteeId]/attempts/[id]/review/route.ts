import * as responses from "@/lib/api/responses";
import { readAttemptAccess } from "@/lib/mentors/mentor-reads";
import { saveReview } from "@/lib/mentors/reviews";
import { menteeItemParams, reviewSchema } from "@/lib/mentors/schema";
import { route } from "@/lib/server/http";

/** Creates or replaces the mentor's review: `{ scores: { four 0-10 }, summary }` → `{ review }`. */
export const PUT = route(
  {
    operationId: "saveMenteeAttemptReview",
    summary: "Create or replace your review of a mentee's attempt",
    response: responses.saveMenteeAttemptReview,
    errors: ["attempt_in_progress"],
    params: menteeItemParams,
    body: reviewSchema,
  },
  async ({ user, params, body }) => {
    const grant = await readAttemptAccess(user.id, params.menteeId, params.id);
    return { review: await saveReview(grant, body) };
  },
);

export * from "@/lib/server/method-not-allowed";
