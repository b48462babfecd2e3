import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { scoreAttempt } from "@/lib/practice/attempts";
import { idParams, scoreSchema } from "@/lib/practice/schema";

/** Self-scores a submitted attempt (409 while in progress); the first scoring schedules a review. */
export const PUT = route(
  {
    operationId: "scoreAttempt",
    summary: "Self-score a submitted attempt",
    response: responses.scoreAttempt,
    errors: ["answer_blank", "attempt_not_submitted", "mock_attempt"],
    params: idParams,
    body: scoreSchema,
  },
  async ({ user, params, body }) => ({
    attempt: await scoreAttempt(user.id, params.id, body),
  }),
);

export * from "@/lib/server/method-not-allowed";
