import * as responses from "@/lib/api/responses";
import { recordFeedback } from "@/lib/feedback/answer-feedback";
import { route } from "@/lib/server/http";
import { ANSWER_BODY_LIMIT } from "@/lib/practice/answer";
import { submitAttempt } from "@/lib/practice/attempts";
import { idParams, submitSchema } from "@/lib/practice/schema";

/** Submits (idempotent): stops the clock, opens the answer key and computes the key-point coverage. */
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
  async ({ user, params, body }) => {
    const attempt = await submitAttempt(user.id, params.id, body);
    await recordFeedback([attempt.id]);
    return { attempt };
  },
);

export * from "@/lib/server/method-not-allowed";
