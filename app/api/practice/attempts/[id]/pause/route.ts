import * as responses from "@/lib/api/responses";
import { route } from "@/lib/server/http";
import { pauseAttempt } from "@/lib/practice/attempts";
import { clockQuery, idParams, pauseSchema } from "@/lib/practice/schema";

/** Pauses the attempt's clock: `{ reason: "user" | "left" }` (idempotent; no effect once submitted). */
export const POST = route(
  {
    operationId: "pauseAttempt",
    summary: "Pause an attempt's clock",
    response: responses.pauseAttempt,
    params: idParams,
    body: pauseSchema,
    query: clockQuery,
  },
  async ({ user, params, body, query }) => ({
    attempt: await pauseAttempt(user.id, params.id, body.reason, query.page),
  }),
);

export * from "@/lib/server/method-not-allowed";
