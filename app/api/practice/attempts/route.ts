import * as responses from "@/lib/api/responses";
import { created, route } from "@/lib/server/http";
import { listAttempts, startAttempt } from "@/lib/practice/attempts";
import { listAttemptsQuery, startAttemptSchema } from "@/lib/practice/schema";

/** The user's attempts, newest first (optionally of one question). */
export const GET = route(
  {
    operationId: "listAttempts",
    summary: "Your practice attempts, newest first",
    response: responses.listAttempts,
    query: listAttemptsQuery,
  },
  async ({ user, query }) => ({
    attempts: await listAttempts(user.id, query),
  }),
);

/** Starts practising a question (201), or continues the attempt in progress for it (200). */
export const POST = route(
  {
    operationId: "startAttempt",
    summary: "Start practising a question (or continue)",
    response: responses.startAttempt,
    status: [201, 200],
    errors: ["not_found"],
    body: startAttemptSchema,
  },
  async ({ user, body }) => {
    const { created: isNew, attempt } = await startAttempt(user.id, body.questionId);
    return isNew ? created({ attempt }) : { attempt };
  },
);

export * from "@/lib/server/method-not-allowed";
