import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { ANSWER_BODY_LIMIT } from "@/lib/practice/answer";
import { getAttempt, saveAnswer } from "@/lib/practice/attempts";
import { autosaveSchema, idParams } from "@/lib/practice/schema";

export const GET = route(
  {
    operationId: "getAttempt",
    summary: "One practice attempt",
    response: responses.getAttempt,
    params: idParams,
  },
  async ({ user, params }) => ({ attempt: await getAttempt(user.id, params.id) }),
);

/** Autosave: `{ answer, version }` → `{ version, savedAt }`; 409 on a stale version or after submission. */
export const PUT = route(
  {
    operationId: "saveAttemptAnswer",
    summary: "Autosave an attempt's answer",
    response: responses.saveAttemptAnswer,
    errors: ["stale_version", "attempt_submitted", "mock_attempt"],
    params: idParams,
    body: autosaveSchema,
    maxBodyBytes: ANSWER_BODY_LIMIT,
  },
  async ({ user, params, body }) => saveAnswer(user.id, params.id, body.answer, body.version),
);

export * from "@/lib/server/method-not-allowed";
