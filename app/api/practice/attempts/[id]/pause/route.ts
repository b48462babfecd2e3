import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { pauseAttempt } from "@/lib/practice/attempts";
import { idParams, pauseSchema } from "@/lib/practice/schema";

/** Pauses the attempt's clock: `{ reason: "user" | "left" }` (idempotent; no effect once submitted). */
export const POST = route(
  {
    operationId: "pauseAttempt",
    summary: "Pause an attempt's clock",
    response: responses.pauseAttempt,
    params: idParams,
    body: pauseSchema,
  },
  async ({ user, params, body }) => ({
    attempt: await pauseAttempt(user.id, params.id, body.reason),
  }),
);

export * from "@/lib/server/method-not-allowed";
