import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { ANSWER_BODY_LIMIT } from "@/lib/practice/answer";
import { submitAttempt } from "@/lib/practice/attempts";
import { idParams, submitSchema } from "@/lib/practice/schema";

/** Submits (idempotent): stops the clock and opens the answer key. */
export const POST = route(
  {
    operationId: "submitAttempt",
    summary: "Submit an attempt",
    response: responses.submitAttempt,
    errors: ["stale_version", "mock_attempt"],
    params: idParams,
    body: submitSchema,
    maxBodyBytes: ANSWER_BODY_LIMIT,
  },
  async ({ user, params, body }) => ({
    attempt: await submitAttempt(user.id, params.id, body),
  }),
);

export * from "@/lib/server/method-not-allowed";
