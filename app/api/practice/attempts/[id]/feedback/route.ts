import * as responses from "@/lib/api/responses";
import { attemptFeedback } from "@/lib/feedback/answer-feedback";
import { idParams } from "@/lib/practice/schema";
import { route } from "@/lib/server/http";

/** Key-point coverage of the owner's submitted attempt → `{ feedback }`; 409 while in progress. */
export const GET = route(
  {
    operationId: "getAttemptFeedback",
    summary: "Key-point coverage of your submitted attempt",
    response: responses.getAttemptFeedback,
    errors: ["attempt_not_submitted"],
    params: idParams,
  },
  async ({ user, params }) => ({
    feedback: await attemptFeedback(user.id, params.id),
  }),
);

export * from "@/lib/server/method-not-allowed";
